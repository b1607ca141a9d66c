/**
 * Progress of one download, as the panel shows it. The host builds the whole file before sending
 * a byte, so there is a phase with no numbers at all (indeterminate bar + elapsed time), then a
 * byte phase that is determinate only when Content-Length came with the response.
 */
export type ProgressView =
  { kind: 'indeterminate'; received: number } | { kind: 'determinate'; received: number; total: number; fraction: number; percent: number };

export function progressView(received: number, total: number | null): ProgressView {
  if (total === null || !Number.isFinite(total) || total <= 0) return { kind: 'indeterminate', received };
  // A lying or compressed length must not push the bar past its end.
  const fraction = Math.min(1, Math.max(0, received / total));
  return { kind: 'determinate', received, total, fraction, percent: Math.floor(fraction * 100) };
}

/** Content-Length as a number, or null when absent or not a plain non-negative integer. */
export function contentLength(header: string | null): number | null {
  if (header === null || !/^\s*\d+\s*$/.test(header)) return null;
  const n = Number(header);
  return Number.isSafeInteger(n) ? n : null;
}

/** `0:07`, `1:05`, `1:02:03` — elapsed time as a clock, since the build has no other measure. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;
export type SizeUnit = (typeof UNITS)[number];

/** A byte count as a localised number + unit key (the unit's words are translated by the caller). */
export function formatSize(bytes: number, locale: string): { value: string; unit: SizeUnit } {
  let v = Math.max(0, bytes);
  let i = 0;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = i > 0 && v < 10 ? 1 : 0;
  return { value: new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v), unit: UNITS[i]! };
}
