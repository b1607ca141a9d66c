import type { TieRule } from './results-doc';

/**
 * Ranks with the stated tie rule (as in Russian jury practice): equal totals are separated first by
 * the mean of a chosen criterion, then by the chair's deciding order; whatever is still equal shares
 * a rank (competition ranking: 1, 2, 2, 4). Entries with no total come last, sharing a rank.
 */

export type Rankable = { key: string; total: number | null; criteria: Readonly<Record<string, number>> };
export type TieRules = { tieCriterionId: string | null; decidingOrder: readonly string[] };
export type Ranked = { key: string; rank: number; tieBreak: TieRule | null };
/** `rule`: the last rule that separated anyone (kept for older readers); `rules`: every rule applied, in order. */
export type TieGroup = { keys: string[]; rule: TieRule; rules: TieRule[]; criterionId: string | null };

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

/**
 * Orders one group of tied entries. Returns the sub-groups still tied, in order, each with the rule that
 * placed it — per row, so a row the tie criterion separated reads "criterion" even when the chair's
 * order then split two others of the same group — and the rules the group used, in the order applied.
 */
function breakTie(group: Rankable[], rules: TieRules): { parts: { items: Rankable[]; rule: TieRule }[]; used: TieRule[] } {
  const c = rules.tieCriterionId;
  const byC = (x: Rankable) => (c === null ? null : (x.criteria[c] ?? null));
  const byCriterion =
    c === null
      ? [group]
      : runs(
          [...group].sort((a, b) => desc(byC(a), byC(b)) || (a.key < b.key ? -1 : 1)),
          byC,
        );
  const criterionSplit = byCriterion.length > 1;
  const pos = (k: string) => {
    const i = rules.decidingOrder.indexOf(k);
    return i < 0 ? null : -i;
  };
  const parts: { items: Rankable[]; rule: TieRule }[] = [];
  let chairSplit = false;
  for (const p of byCriterion) {
    if (p.length === 1) {
      parts.push({ items: p, rule: 'criterion' });
      continue;
    }
    const split = runs(
      [...p].sort((a, b) => desc(pos(a.key), pos(b.key)) || (a.key < b.key ? -1 : 1)),
      (x) => pos(x.key),
    );
    if (split.length > 1) chairSplit = true;
    for (const q of split) parts.push({ items: q, rule: q.length > 1 ? 'shared' : 'chair' });
  }
  const used: TieRule[] = [];
  if (criterionSplit) used.push('criterion');
  if (chairSplit) used.push('chair');
  if (parts.some((p) => p.items.length > 1)) used.push('shared');
  return { parts, used };
}

export function rankEntries(items: readonly Rankable[], rules: TieRules): { ranked: Ranked[]; ties: TieGroup[] } {
  const sorted = [...items].sort((a, b) => desc(a.total, b.total) || (a.key < b.key ? -1 : 1));
  const ranked: Ranked[] = [];
  const ties: TieGroup[] = [];
  for (const group of runs(sorted, (x) => x.total)) {
    const tied = group.length > 1 && group[0]!.total !== null;
    if (!tied) {
      const rank = ranked.length + 1;
      for (const x of group) ranked.push({ key: x.key, rank, tieBreak: null });
      continue;
    }
    const { parts, used } = breakTie(group, rules);
    const rule: TieRule = used.includes('chair') ? 'chair' : used.includes('criterion') ? 'criterion' : 'shared';
    ties.push({
      keys: parts.flatMap((p) => p.items.map((x) => x.key)),
      rule,
      rules: used,
      criterionId: used.includes('criterion') ? rules.tieCriterionId : null,
    });
    for (const p of parts) {
      const rank = ranked.length + 1;
      for (const x of p.items) ranked.push({ key: x.key, rank, tieBreak: p.rule });
    }
  }
  return { ranked, ties };
}
