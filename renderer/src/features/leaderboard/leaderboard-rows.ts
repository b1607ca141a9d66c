import type { LeaderboardRow, PublishedLeaderboard } from '../../../../shared/doc/championship';

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
 * Totals in the locale's style. Weighted totals lie in 0..Σweights (0..1 for the ready set) and
 * z-scores near 0, so one decimal would print most teams the same: three show the real differences.
 */
export const formatTotal = (n: number, lang: string, digits = 3): string =>
  Number.isFinite(n) ? n.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { minimumFractionDigits: Math.min(digits, 1), maximumFractionDigits: digits }) : '—';
