/**
 * One way to print a jury number everywhere — the juror's preview, the leaderboard, the projector and
 * every protocol format: three decimals, a decimal comma and a true minus in Russian, "—" for missing
 * (never 0). Dates in the Russian form (02.12.2026).
 */

export type NumLang = 'ru' | 'en';

export function formatScore(x: number | null | undefined, lang: NumLang, digits = 3): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const s = (Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x).toFixed(digits);
  return lang === 'ru' ? s.replace('.', ',').replace('-', '−') : s;
}

/** A mark on its scale: as written (7, 7.5), decimal comma in Russian. */
export function formatMark(x: number | null | undefined, lang: NumLang): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const s = String(Math.round(x * 100) / 100);
  return lang === 'ru' ? s.replace('.', ',').replace('-', '−') : s;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 02.12.2026 (ru) or 2026-12-02 (en), in the host's local time. */
export function formatDate(at: number | Date, lang: NumLang): string {
  const d = typeof at === 'number' ? new Date(at) : at;
  return lang === 'ru' ? `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}` : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const formatDateTime = (at: number, lang: NumLang): string => {
  const d = new Date(at);
  return `${formatDate(d, lang)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
};
