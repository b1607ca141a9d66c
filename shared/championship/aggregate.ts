import type { Aggregation, Criterion, Normalisation } from './model';
import { averageRanks, kendallW, mean, trimmedMean, zScores } from './stats';

/**
 * From raw marks to one number per entry (formulas in docs/championship.md):
 * 1. a scorer's total for an entry = Σ_c w_c · (s_c − min_c) / (max_c − min_c) — each mark put on 0..1 by
 *    its own scale so a 1–5 and a 0–10 criterion combine, then weighted; defined only when every
 *    criterion is marked (an incomplete sheet is missing, not zero) and the scorer is not recused;
 * 2. optionally each scorer's totals are standardised across the entries that scorer scored
 *    (z = (x − mean_j) / sd_j, population sd; sd 0 → all 0), so a strict and a lenient juror weigh the same;
 * 3. the entry's total = the mean over the scorers counted, trimmed by k at each end when ≥ 2k + 1 remain;
 * or, with Borda, each scorer's totals become points by place (n_j − rank, ties share the mean rank,
 * n_j = entries that scorer has a total for) and the entry's total is the mean of its points.
 */

/** criterionId → raw score. */
export type Marks = Record<string, number>;

export type ScoreTable = {
  criteria: readonly Criterion[];
  entries: readonly string[];
  scorers: readonly string[];
  /** scorer → entry → marks */
  marks: Readonly<Record<string, Readonly<Record<string, Marks>>>>;
  /** scorer → entries they are recused from (by their own word or the facilitator's) */
  recused: Readonly<Record<string, readonly string[]>>;
};

export type AggregateOptions = { normalisation: Normalisation; trim: number; aggregation?: Aggregation };

export type EntryAggregate = {
  entry: string;
  /** null when no scorer's total counts for this entry. */
  total: number | null;
  /** Per criterion: mean raw score over the counted scorers (untrimmed), for the tie-break and the table. */
  criteria: Record<string, number>;
  /** Scorers whose totals went into the mean (after trimming). */
  scorers: number;
};

export const normalisedScore = (c: Criterion, s: number): number => (c.max === c.min ? 0 : (s - c.min) / (c.max - c.min));

export function weightedTotal(criteria: readonly Criterion[], marks: Marks | undefined): number | null {
  if (!marks || criteria.length === 0) return null;
  let total = 0;
  for (const c of criteria) {
    const s = marks[c.id];
    if (s === undefined || !Number.isFinite(s)) return null;
    total += c.weight * normalisedScore(c, s);
  }
  return total;
}

/** The highest total a scorer can give: Σ w_c (each normalised mark is at most 1). */
export const maxTotal = (criteria: readonly Criterion[]): number => criteria.reduce((a, c) => a + c.weight, 0);

/** scorer → entry → total, for the complete sheets of scorers not recused from that entry. */
export function scorerTotals(t: ScoreTable): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const j of t.scorers) {
    const recused = new Set(t.recused[j] ?? []);
    const mine: Record<string, number> = {};
    for (const e of t.entries) {
      const total = recused.has(e) ? null : weightedTotal(t.criteria, t.marks[j]?.[e]);
      if (total !== null) mine[e] = total;
    }
    out[j] = mine;
  }
  return out;
}

/** Standardises each scorer's totals over the entries that scorer scored. */
export function normaliseTotals(totals: Record<string, Record<string, number>>, mode: Normalisation): Record<string, Record<string, number>> {
  if (mode === 'none') return totals;
  const out: Record<string, Record<string, number>> = {};
  for (const [j, byEntry] of Object.entries(totals)) {
    const keys = Object.keys(byEntry);
    const z = zScores(keys.map((k) => byEntry[k]!));
    out[j] = Object.fromEntries(keys.map((k, i) => [k, z[i]!]));
  }
  return out;
}

function criterionMeans(t: ScoreTable, entry: string, counted: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  if (counted.length === 0) return out;
  for (const c of t.criteria) out[c.id] = mean(counted.map((j) => t.marks[j]![entry]![c.id]!));
  return out;
}

/** Borda points per scorer: among the entries j has a total for, points = n_j − rank (rank 1 = best, ties get the mean rank). */
export function bordaPoints(totals: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [j, byEntry] of Object.entries(totals)) {
    const keys = Object.keys(byEntry);
    const ranks = averageRanks(keys.map((k) => byEntry[k]!));
    out[j] = Object.fromEntries(keys.map((k, i) => [k, keys.length - ranks[i]!]));
  }
  return out;
}

export function aggregate(t: ScoreTable, opts: AggregateOptions): EntryAggregate[] {
  const raw = scorerTotals(t);
  const borda = opts.aggregation === 'borda';
  const totals = borda ? bordaPoints(raw) : normaliseTotals(raw, opts.normalisation);
  return t.entries.map((entry) => {
    const counted = t.scorers.filter((j) => raw[j]![entry] !== undefined);
    const xs = counted.map((j) => totals[j]![entry]!);
    const k = borda ? 0 : Math.max(0, Math.floor(opts.trim));
    return {
      entry,
      total: xs.length === 0 ? null : trimmedMean(xs, k),
      criteria: criterionMeans(t, entry, counted),
      scorers: k > 0 && xs.length >= 2 * k + 1 ? xs.length - 2 * k : xs.length,
    };
  });
}

/**
 * Kendall's W over the scorers who have a total for every entry (W needs a complete block: a juror
 * recused from one entry is left out of W, though their other scores still count in the totals).
 */
export function agreement(t: ScoreTable): { w: number | null; scorers: number } {
  const raw = scorerTotals(t);
  const complete = t.scorers.filter((j) => t.entries.every((e) => raw[j]![e] !== undefined));
  return { w: kendallW(complete.map((j) => t.entries.map((e) => raw[j]![e]!))), scorers: complete.length };
}

/**
 * The audience vote mixed in only when the settings give it a weight a ∈ (0, 1]:
 *   total = (1 − a) · J̃ + a · V,  J̃ = jury total / Σ weights (0..1; with z-scores, min–max over the
 *   entries instead), V = the entry's dots / all dots of the vote (0 when nobody voted).
 */
export function mixAudience(jury: readonly (number | null)[], dots: readonly number[], a: number, maxJury: number, zscored: boolean): (number | null)[] {
  if (a <= 0) return [...jury];
  const present = jury.filter((x): x is number => x !== null);
  const lo = Math.min(...present);
  const hi = Math.max(...present);
  const allDots = dots.reduce((s, d) => s + d, 0);
  return jury.map((j, i) => {
    if (j === null) return null;
    const jt = zscored ? (hi > lo ? (j - lo) / (hi - lo) : 0) : maxJury > 0 ? j / maxJury : 0;
    return (1 - a) * jt + a * (allDots > 0 ? (dots[i] ?? 0) / allDots : 0);
  });
}
