// Pure helpers of the benchmark suite: percentiles, /proc parsing, result rows. No I/O here, so the
// maths behind every figure in bench/results.json is unit-tested (tests/unit/bench).

/** Nearest-rank percentile (p in 0..100) of an ascending array; NaN for an empty one. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  if (p >= 100) return sorted[sorted.length - 1]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export type Summary = { count: number; p50: number; p95: number; p99: number; max: number; mean: number };

/** p50 / p95 / p99 / max / mean of the samples (copied and sorted; the input is left alone). */
export function summarize(samples: readonly number[]): Summary {
  const sorted = Float64Array.from(samples).sort();
  const list = Array.from(sorted);
  let sum = 0;
  for (const x of list) sum += x;
  return {
    count: list.length,
    p50: percentile(list, 50),
    p95: percentile(list, 95),
    p99: percentile(list, 99),
    max: list.length ? list[list.length - 1]! : Number.NaN,
    mean: list.length ? sum / list.length : Number.NaN,
  };
}

/** A `kB` field of /proc/<pid>/status (VmHWM = peak RSS, VmRSS = now), in bytes; null when absent. */
export function parseStatusKb(status: string, field: string): number | null {
  const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
  return m ? Number(m[1]) * 1024 : null;
}

/**
 * utime + stime (clock ticks) from /proc/<pid>/stat. The command name (field 2) is in parentheses
 * and may hold spaces or ')' itself, so fields are counted from the last ')'.
 */
export function parseStatTicks(stat: string): number {
  const close = stat.lastIndexOf(')');
  if (close < 0) throw new Error('not a /proc/<pid>/stat line');
  // After ')' come field 3 (state) onwards; utime and stime are fields 14 and 15.
  const rest = stat
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const utime = Number(rest[14 - 3]);
  const stime = Number(rest[15 - 3]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error('no utime/stime in /proc/<pid>/stat');
  return utime + stime;
}

/** CPU use between two tick readings over a wall-clock window, in % of one core. */
export function cpuPercent(ticksBefore: number, ticksAfter: number, wallMs: number, ticksPerSecond = 100): number {
  if (wallMs <= 0) return Number.NaN;
  return ((ticksAfter - ticksBefore) / ticksPerSecond / (wallMs / 1000)) * 100;
}

/** Frames per second from requestAnimationFrame timestamps (ms): intervals between first and last. */
export function fpsOf(frameTimes: readonly number[]): number {
  if (frameTimes.length < 2) return 0;
  const span = frameTimes[frameTimes.length - 1]! - frameTimes[0]!;
  return span > 0 ? ((frameTimes.length - 1) * 1000) / span : 0;
}

export type Op = '<=' | '>=';

/** One row of bench/results.json. `reference` is the bare y-websocket server's value, when measured. */
export type Figure = {
  figure: number;
  name: string;
  value: number;
  unit: string;
  target: number;
  op: Op;
  met: boolean;
  reference?: number;
  note?: string;
};

export function figure(f: Omit<Figure, 'met'>): Figure {
  const met = Number.isFinite(f.value) && (f.op === '<=' ? f.value <= f.target : f.value >= f.target);
  return { ...f, value: round(f.value), ...(f.reference === undefined ? {} : { reference: round(f.reference) }), met };
}

/** Three significant decimals are plenty for ms, MB and fps, and keep the JSON readable. */
export const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : x);

/** The table printed at the end of `npm run bench`. */
export function formatTable(rows: readonly Figure[]): string {
  const head = ['#', 'figure', 'value', 'target', 'met', 'reference'];
  const body = rows.map((r) => [
    String(r.figure),
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    `${r.op === '<=' ? '≤' : '≥'} ${fmt(r.target)} ${r.unit}`,
    r.met ? 'yes' : 'NO',
    r.reference === undefined ? '' : `${fmt(r.reference)} ${r.unit}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

const fmt = (x: number): string => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(x % 1 === 0 ? 0 : 2)) : String(x));
