import { formatScore } from '@shared/championship/number-format';
import type { LeaderboardRow, PublishedLeaderboard } from '@shared/doc/championship';

/**
 * The leaderboard as slots, best place first. A stepwise reveal publishes the last places first, so
 * the top slots stay hidden (null) until their turn: the hall sees how many places are still to come.
 */
export type Slot = { kind: 'row'; row: LeaderboardRow } | { kind: 'hidden'; place: number };

export function leaderboardSlots(lb: Pick<PublishedLeaderboard, 'count' | 'rows'>): Slot[] {
  const rows = [...lb.rows].sort((a, b) => a.rank - b.rank || (a.teamName < b.teamName ? -1 : 1));
  const hidden = Math.max(0, lb.count - rows.length);
  return [...Array.from({ length: hidden }, (_, i): Slot => ({ kind: 'hidden', place: i + 1 })), ...rows.map((row): Slot => ({ kind: 'row', row }))];
}

/** True when every place is out: the stepwise reveal has nothing left to show. */
export const fullyRevealed = (lb: Pick<PublishedLeaderboard, 'count' | 'rows'> | null): boolean => lb !== null && lb.rows.length >= lb.count;

/**
 * Totals as every output prints them (shared/championship/number-format.ts): three decimals, a decimal
 * comma in Russian, "—" when missing (never 0). Weighted totals lie in 0..Σweights and z-scores near 0,
 * so one decimal would print most teams the same.
 */
export const formatTotal = (n: number | null | undefined, lang: string, digits = 3): string => formatScore(n, lang === 'ru' ? 'ru' : 'en', digits);

/** What the total column means, so raw sums, z-scores and Borda points are never read as one scale. */
export type TotalKind = 'raw' | 'zscore' | 'borda' | 'mixed';
export function totalKind(lb: Pick<PublishedLeaderboard, 'normalisation' | 'aggregation' | 'rows'>): TotalKind {
  if (lb.rows.some((r) => r.audience !== null)) return 'mixed';
  if (lb.aggregation === 'borda') return 'borda';
  return lb.normalisation === 'zscore' ? 'zscore' : 'raw';
}
