/**
 * A short "browser · system" for the facilitator's roster, from a User-Agent header. Enough to tell two
 * phones of one person apart at a glance; the full header stays in the tooltip. Unknown parts are left
 * out rather than guessed; anything unrecognised gives null and the roster shows the raw header's start.
 */
const SYSTEMS: readonly [RegExp, string][] = [
  [/\b(iPhone|iPod)\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

// Order matters: Edge, Opera, Yandex and Samsung also say "Chrome", and Chrome also says "Safari".
const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\bYaBrowser\//, 'Yandex'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bElectron\//, 'Veche'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\b(Headless)?Chrome\/|\bCriOS\/|\bChromium\//, 'Chrome'],
  [/\bSafari\//, 'Safari'],
];

const first = (table: readonly [RegExp, string][], ua: string) => table.find(([re]) => re.test(ua))?.[1] ?? null;

export function deviceLabel(userAgent: string): string | null {
  const ua = userAgent.slice(0, 512);
  const parts = [first(BROWSERS, ua), first(SYSTEMS, ua)].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}
