import type { TieRule } from './results-doc';

/**
 * Ranks with the stated tie rule (as in Russian jury practice): equal totals are separated first by
 * the mean of a chosen criterion, then by the chair's deciding order; whatever is still equal shares
 * a rank (competition ranking: 1, 2, 2, 4). Entries with no total come last, sharing a rank.
 */

export type Rankable = { key: string; total: number | null; criteria: Readonly<Record<string, number>> };
export type TieRules = { tieCriterionId: string | null; decidingOrder: readonly string[] };
export type Ranked = { key: string; rank: number; tieBreak: TieRule | null };
export type TieGroup = { keys: string[]; rule: TieRule; criterionId: string | null };

/** Totals are sums of fractions: equal up to rounding is equal. */
export const EPS = 1e-9;
const same = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b)));

/** Splits a list sorted by `value` into runs of equal values. */
function runs<T>(xs: readonly T[], value: (x: T) => number | null): T[][] {
  const out: T[][] = [];
  for (const x of xs) {
    const last = out[out.length - 1];
    if (last && same(value(last[0]!), value(x))) last.push(x);
    else out.push([x]);
  }
  return out;
}

const desc = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : b - a);

/** Orders one group of tied entries; returns the sub-groups still tied, in order, and the rule that separated them. */
function breakTie(group: Rankable[], rules: TieRules): { parts: Rankable[][]; rule: TieRule } {
  let parts: Rankable[][] = [group];
  let rule: TieRule = 'shared';
  const c = rules.tieCriterionId;
  if (c !== null) {
    const byC = (x: Rankable) => x.criteria[c] ?? null;
    parts = runs([...group].sort((a, b) => desc(byC(a), byC(b)) || (a.key < b.key ? -1 : 1)), byC);
    if (parts.length > 1) rule = 'criterion';
  }
  const pos = (k: string) => {
    const i = rules.decidingOrder.indexOf(k);
    return i < 0 ? null : -i;
  };
  const next: Rankable[][] = [];
  for (const p of parts) {
    if (p.length === 1) {
      next.push(p);
      continue;
    }
    const split = runs([...p].sort((a, b) => desc(pos(a.key), pos(b.key)) || (a.key < b.key ? -1 : 1)), (x) => pos(x.key));
    if (split.length > 1) rule = 'chair';
    next.push(...split);
  }
  return { parts: next, rule: next.length === 1 ? 'shared' : rule };
}

export function rankEntries(items: readonly Rankable[], rules: TieRules): { ranked: Ranked[]; ties: TieGroup[] } {
  const sorted = [...items].sort((a, b) => desc(a.total, b.total) || (a.key < b.key ? -1 : 1));
  const ranked: Ranked[] = [];
  const ties: TieGroup[] = [];
  for (const group of runs(sorted, (x) => x.total)) {
    const unscored = group[0]!.total === null;
    const { parts, rule } = group.length > 1 && !unscored ? breakTie(group, rules) : { parts: [group], rule: 'shared' as TieRule };
    if (group.length > 1 && !unscored) ties.push({ keys: parts.flat().map((x) => x.key), rule, criterionId: rule === 'shared' ? null : rules.tieCriterionId });
    for (const p of parts) {
      const rank = ranked.length + 1;
      for (const x of p) ranked.push({ key: x.key, rank, tieBreak: group.length > 1 && !unscored ? (p.length > 1 ? 'shared' : rule) : null });
    }
  }
  return { ranked, ties };
}
