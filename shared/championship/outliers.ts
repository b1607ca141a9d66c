import type { Criterion } from './model';
import type { ScoreTable } from './aggregate';
import { normalisedScore } from './aggregate';
import { iqr, median } from './stats';

/**
 * Outlying marks, shown to the facilitator (never published): a scorer's mark for an entry and a
 * criterion, on its 0..1 scale, is flagged when
 *   |x − median(others)| > 1.5 · IQR(others)   and   |x − median(others)| ≥ 0.3
 * where "others" are the other non-recused scorers' marks for the same entry and criterion (at least
 * two of them), quartiles by linear interpolation. Tukey's 1.5·IQR alone flags a one-point difference
 * whenever the others agree exactly (IQR 0); the floor of 30 % of the scale (3 points of 0–10) keeps
 * the flag for real disagreements.
 */

export const OUTLIER_FLOOR = 0.3;
export type Outlier = { scorer: string; entry: string; criterionId: string; score: number; median: number };

function marksFor(t: ScoreTable, entry: string, c: Criterion): { scorer: string; raw: number; x: number }[] {
  const out: { scorer: string; raw: number; x: number }[] = [];
  for (const j of t.scorers) {
    if ((t.recused[j] ?? []).includes(entry)) continue;
    const s = t.marks[j]?.[entry]?.[c.id];
    if (s !== undefined && Number.isFinite(s)) out.push({ scorer: j, raw: s, x: normalisedScore(c, s) });
  }
  return out;
}

export function findOutliers(t: ScoreTable): Outlier[] {
  const out: Outlier[] = [];
  for (const entry of t.entries) {
    for (const c of t.criteria) {
      const all = marksFor(t, entry, c);
      for (const m of all) {
        const others = all.filter((o) => o.scorer !== m.scorer).map((o) => o.x);
        if (others.length < 2) continue;
        const med = median(others);
        const d = Math.abs(m.x - med);
        if (d > 1.5 * iqr(others) && d >= OUTLIER_FLOOR - 1e-12) {
          out.push({ scorer: m.scorer, entry, criterionId: c.id, score: m.raw, median: c.min + med * (c.max - c.min) });
        }
      }
    }
  }
  return out;
}
