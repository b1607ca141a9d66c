/**
 * Textbook statistics for the jury, pure and exact to the definitions in docs/championship.md, so
 * they can be checked against worked examples by hand.
 */

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('mean of nothing');
  return sum(xs) / xs.length;
}

/** Population standard deviation (divides by n): a juror's totals are all of that juror's scores, not a sample. */
export function populationSd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(sum(xs.map((x) => (x - m) ** 2)) / xs.length);
}

/**
 * Standard scores z = (x − mean) / sd with the population sd (as scipy.stats.zscore, ddof = 0).
 * A juror who gave every entry the same total has sd 0 and says nothing about order: all zeros.
 */
export function zScores(xs: readonly number[]): number[] {
  if (xs.length === 0) return [];
  const m = mean(xs);
  const sd = populationSd(xs);
  return sd < 1e-12 ? xs.map(() => 0) : xs.map((x) => (x - m) / sd);
}

/** Drops the k highest and k lowest, then the mean; with fewer than 2k + 1 values, the plain mean (trimming would leave nothing fair). */
export function trimmedMean(xs: readonly number[], k: number): number {
  if (k <= 0 || xs.length < 2 * k + 1) return mean(xs);
  const sorted = [...xs].sort((a, b) => a - b);
  return mean(sorted.slice(k, sorted.length - k));
}

/** Quantile by linear interpolation between order statistics (Hyndman–Fan type 7: Excel QUARTILE.INC, R and numpy defaults). */
export function quantile(xs: readonly number[], p: number): number {
  if (xs.length === 0) throw new RangeError('quantile of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
export const iqr = (xs: readonly number[]): number => quantile(xs, 0.75) - quantile(xs, 0.25);

/**
 * Ranks 1..n with ties given the mean of the ranks they span (fractional ranking). `descending`:
 * the highest value gets rank 1, as a jury ranks scores.
 */
export function averageRanks(xs: readonly number[], descending = true): number[] {
  const idx = xs.map((_, i) => i).sort((a, b) => (descending ? xs[b]! - xs[a]! : xs[a]! - xs[b]!));
  const ranks = new Array<number>(xs.length);
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && xs[idx[j + 1]!] === xs[idx[i]!]) j++;
    const r = (i + 1 + j + 1) / 2;
    for (let k = i; k <= j; k++) ranks[idx[k]!] = r;
    i = j + 1;
  }
  return ranks;
}

/** Σ(t³ − t) over the groups of tied ranks in one judge's ranking. */
export function tieCorrection(ranks: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const r of ranks) counts.set(r, (counts.get(r) ?? 0) + 1);
  return sum([...counts.values()].map((t) => t ** 3 - t));
}

/**
 * Kendall's coefficient of concordance for m judges ranking the same n items, with the tie correction:
 *   W = 12·S / (m²(n³ − n) − m·ΣT),  S = Σᵢ (Rᵢ − R̄)²,  Rᵢ = the sum of item i's ranks,
 *   R̄ = m(n + 1)/2,  T = Σ(t³ − t) per judge over their groups of t tied ranks.
 * `ranks[j][i]` is judge j's rank of item i. Null when undefined (m < 2, n < 2, or every judge tied everything).
 */
export function kendallWFromRanks(ranks: readonly (readonly number[])[]): number | null {
  const m = ranks.length;
  const n = ranks[0]?.length ?? 0;
  if (m < 2 || n < 2 || ranks.some((r) => r.length !== n)) return null;
  const R = Array.from({ length: n }, (_, i) => sum(ranks.map((r) => r[i]!)));
  const Rbar = (m * (n + 1)) / 2;
  const S = sum(R.map((x) => (x - Rbar) ** 2));
  const denominator = m * m * (n ** 3 - n) - m * sum(ranks.map(tieCorrection));
  return denominator <= 0 ? null : (12 * S) / denominator;
}

/** Kendall's W from scores: each judge's scores become average ranks (higher score, better rank) first. */
export function kendallW(scores: readonly (readonly number[])[]): number | null {
  return kendallWFromRanks(scores.map((s) => averageRanks(s)));
}
