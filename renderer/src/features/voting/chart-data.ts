import type { StakeholderGroup } from '@shared/doc/plan';
import type { VoteResults } from '@shared/doc/voting';
import { NO_GROUP, itemKey } from '@shared/voting/tally';

/**
 * Shapes a closed vote's published result into what the bar chart draws: one row per item in the
 * host's rank order, each split into segments by stakeholder group in one fixed group order (the
 * plan's), so a group keeps its colour and its place in every bar and in the legend.
 */

export type ChartSegment = { group: string; value: number; start: number; color: string };
export type ChartRow = { key: string; rank: number; text: string; total: number; voters: number; segments: ChartSegment[] };
export type LegendEntry = { group: string; color: string; dots: number };
export type ChartData = { rows: ChartRow[]; max: number; legend: LegendEntry[]; voters: number; eligible: number };

/**
 * Okabe–Ito: distinguishable with the common colour-vision deficiencies and on a washed-out
 * projector. Yellow is left out (invisible on white from the back of a hall).
 */
export const GROUP_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#6A3D9A', '#1B1B1B'] as const;
/** People who gave no group: neutral grey, always last. */
export const NO_GROUP_COLOR = '#8C8C8C';

/** The plan's groups first (their order is the facilitator's), then any others the result holds, by id; "no group" last. */
export function groupOrder(planGroups: readonly StakeholderGroup[], results: VoteResults): string[] {
  const known = planGroups.map((g) => g.id).filter((id) => id !== NO_GROUP);
  const extra = new Set<string>();
  for (const item of results.items) for (const g of Object.keys(item.byGroup ?? {})) if (!known.includes(g) && g !== NO_GROUP) extra.add(g);
  for (const g of Object.keys(results.votersByGroup ?? {})) if (!known.includes(g) && g !== NO_GROUP) extra.add(g);
  return [...known, ...[...extra].sort(), NO_GROUP];
}

/** A group's colour depends on its place in the order only, so console and projector agree. */
export function groupColor(group: string, order: readonly string[]): string {
  if (group === NO_GROUP) return NO_GROUP_COLOR;
  const i = order.indexOf(group);
  return GROUP_PALETTE[(i < 0 ? 0 : i) % GROUP_PALETTE.length]!;
}

const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);

export function chartData(results: VoteResults, planGroups: readonly StakeholderGroup[]): ChartData {
  const order = groupOrder(planGroups, results);
  const dotsByGroup = new Map<string, number>();
  const rows: ChartRow[] = results.items.map((item) => {
    let start = 0;
    const segments: ChartSegment[] = [];
    for (const group of order) {
      const value = count(item.byGroup?.[group]);
      if (value === 0) continue;
      segments.push({ group, value, start, color: groupColor(group, order) });
      start += value;
      dotsByGroup.set(group, (dotsByGroup.get(group) ?? 0) + value);
    }
    return { key: itemKey(item), rank: item.rank, text: item.text, total: count(item.total), voters: count(item.voters), segments };
  });
  const legend = order.filter((g) => dotsByGroup.has(g)).map((group) => ({ group, color: groupColor(group, order), dots: dotsByGroup.get(group)! }));
  // At least 1: an all-zero vote still draws empty bars instead of dividing by zero.
  const max = Math.max(1, ...rows.map((r) => r.total));
  return { rows, max, legend, voters: count(results.voters), eligible: count(results.eligible) };
}

/** Long item texts are cut for the bar label only; the full text stays in the row's title. */
export function shortText(text: string, max = 140): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
