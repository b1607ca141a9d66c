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

/** Totals as the hall reads them: one decimal, the locale's separator. */
export const formatTotal = (n: number, lang: string): string =>
  Number.isFinite(n) ? n.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : '—';
