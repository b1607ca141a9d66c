import type { LeaderboardRow, PublishedLeaderboard } from '@shared/doc/championship';
import type { VoteResults } from '@shared/doc/voting';
import type { TeamOffer } from '@shared/posters/offers';
import type { Gallery } from '@shared/posters/gallery';
import type { WalkState } from '@shared/posters/gallery';
import { walkOrder } from '@shared/posters/gallery';

/** Pure rules of the poster session's console and projector, kept apart from React so they are tested without a browser. */

/**
 * The stands of the walk: every initiative (team) in the facilitator's order. Every screen derives
 * it from the same plan, so the console, the projector and the phones agree on stand N.
 */
export const walkStands = (g: Gallery, teamIds: readonly string[]): string[] => walkOrder(g, teamIds);

/** The order with one stand moved one place up (-1) or down (+1); out of range: unchanged. */
export function moveStand(order: readonly string[], index: number, dir: -1 | 1): string[] {
  const to = index + dir;
  if (index < 0 || index >= order.length || to < 0 || to >= order.length) return [...order];
  const out = [...order];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

/** Minutes typed by the facilitator (a comma is a decimal point in Russian) → ms; null for anything unreadable. */
export function parseMinutes(text: string): number | null {
  const v = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(v) || v <= 0) return null;
  return Math.round(v * 60_000);
}

/** Minutes as the field shows them: whole minutes plain, halves and the like with up to two decimals. */
export const formatMinutes = (ms: number, lang: string): string => (Math.round((ms / 60_000) * 100) / 100).toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB');

/** Seconds typed for the carousel → ms; null for anything unreadable. */
export function parseSeconds(text: string): number | null {
  const v = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(v) || v <= 0) return null;
  return Math.round(v * 1000);
}

/**
 * The carousel's slide at host time `now` and how far into it the slide is. Slides change on
 * multiples of `carouselMs` of host time, so two projectors turn the page at the same instant.
 */
export function carouselSlot(carouselMs: number, count: number, now: number): { index: number; elapsedMs: number } {
  if (count <= 0) return { index: 0, elapsedMs: 0 };
  const t = Math.max(0, now);
  return { index: Math.floor(t / carouselMs) % count, elapsedMs: t % carouselMs };
}

/** Offers that reached an initiative: all of them and those the team has not answered yet. */
export function offerCounts(offers: readonly TeamOffer[]): { total: number; fresh: number } {
  return { total: offers.length, fresh: offers.filter((o) => o.status === 'new').length };
}

export type Nomination<T> = { kind: 'pending' } | { kind: 'partial'; shown: T[] } | { kind: 'final'; winners: T[]; rest: T[] };

/**
 * The jury's prize: nothing until the facilitator reveals the posters' round; while a stepwise
 * reveal is under way only the places already out, and the winner only once the first place is out
 * (ties at the first place all win).
 */
export function juryNomination(board: Pick<PublishedLeaderboard, 'count' | 'rows'> | null): Nomination<LeaderboardRow> {
  if (!board || board.rows.length === 0) return { kind: 'pending' };
  const rows = [...board.rows].sort((a, b) => a.rank - b.rank || (a.teamName < b.teamName ? -1 : 1));
  if (rows.length < board.count) return { kind: 'partial', shown: rows };
  return { kind: 'final', winners: rows.filter((r) => r.rank === 1), rest: rows.filter((r) => r.rank !== 1) };
}

export type AudienceRow = { teamId: string; text: string; total: number; rank: number };

/**
 * The audience's prize: only once the vote is closed (the host publishes nothing else before), the
 * most dots winning; ties share it. A vote nobody took part in names no winner.
 */
export function audienceNomination(results: Pick<VoteResults, 'items'> | null): Nomination<AudienceRow> {
  if (!results) return { kind: 'pending' };
  const rows = results.items
    .map((i) => ({ teamId: i.itemId, text: i.text, total: i.total, rank: i.rank }))
    .sort((a, b) => a.rank - b.rank || b.total - a.total);
  const top = rows[0]?.total ?? 0;
  if (top <= 0) return { kind: 'final', winners: [], rest: rows };
  return { kind: 'final', winners: rows.filter((r) => r.total === top), rest: rows.filter((r) => r.total !== top) };
}

/** In how many ms the walk's display next changes (the countdown's next whole second); null while nothing moves. */
export function walkTickIn(s: WalkState): number | null {
  if (s.phase !== 'running') return null;
  return s.leftMs % 1000 || 1000;
}
