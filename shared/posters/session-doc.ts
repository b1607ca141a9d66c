import type * as Y from 'yjs';
import type { BoardId, TeamId } from '../ids';
import { isId } from '../ids';
import { strOrNull } from '../doc/schema';

/**
 * The poster session's wiring in the plan (public, written by the host): `posterSession` map
 * - `roundId`: the championship round whose deadline is the posters' `editingClosesAt` — the host's
 *   championship scheduler locks the round's boards (the posters) at that host time, and the same
 *   round is what the jury scores (the jury nomination);
 * - `team.<teamId>`: { poster, inbox } board ids. The inbox is a team-only board written by the host
 *   alone: the offers of help that reached the team (shared/posters/offers.ts).
 */
export type PosterSlot = { teamId: TeamId; poster: BoardId; inbox: BoardId };
export type PosterSession = { roundId: string | null; slots: PosterSlot[] };

const mapOf = (plan: Y.Doc) => plan.getMap<unknown>('posterSession');

export function readPosterSession(plan: Y.Doc): PosterSession {
  const m = mapOf(plan);
  const slots: PosterSlot[] = [];
  m.forEach((v, k) => {
    if (!k.startsWith('team.') || !v || typeof v !== 'object') return;
    const { poster, inbox } = v as Record<string, unknown>;
    const teamId = k.slice(5);
    if (isId(teamId) && isId(poster) && isId(inbox)) slots.push({ teamId: teamId as TeamId, poster: poster as BoardId, inbox: inbox as BoardId });
  });
  return { roundId: strOrNull(m.get('roundId')), slots };
}

export const slotOfPoster = (plan: Y.Doc, boardId: string): PosterSlot | null => readPosterSession(plan).slots.find((s) => s.poster === boardId) ?? null;
export const slotOfTeam = (plan: Y.Doc, teamId: string): PosterSlot | null => readPosterSession(plan).slots.find((s) => s.teamId === teamId) ?? null;

export function writePosterSlot(plan: Y.Doc, slot: PosterSlot, origin: unknown): void {
  plan.transact(() => mapOf(plan).set(`team.${slot.teamId}`, { poster: slot.poster, inbox: slot.inbox }), origin);
}

export function writePosterRound(plan: Y.Doc, roundId: string, origin: unknown): void {
  plan.transact(() => mapOf(plan).set('roundId', roundId), origin);
}
