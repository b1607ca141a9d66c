import type * as Y from 'yjs';
import type { ChampionshipSnapshot, EntryKey, EntryScores, PitchState, PublishedLeaderboard, PublishedProgress } from '@shared/doc/championship';
import {
  DEFAULT_SETTINGS,
  readAssignedRecusals,
  readChampionship,
  readLeaderboard,
  readMyRecusals,
  readPitch,
  readProgress,
  readScoresFrom,
  readSubmitted,
} from '@shared/doc/championship';
import type { Criterion } from '@shared/championship/model';
import type { TeamId } from '@shared/ids';
import { useDocValue } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import { useRoom } from '../../collab/hooks';
import { planRoom } from '@shared/protocol/rooms';
import { lockedByDeadline, readRounds } from '@shared/doc/championship';
import type { EventId } from '@shared/ids';
import { useDocRead, useReadyDoc } from '../voting/use-voting';

/** React reads of the championship's three places: the plan (setup, pitch), the results room, a scorer's own room. */

const EMPTY: ChampionshipSnapshot = { settings: DEFAULT_SETTINGS, cases: [], rounds: [], criteria: [], captains: {}, panels: {} };
const NO_PITCH: PitchState = { roundId: null, queue: [], current: -1, phase: 'idle', presentSec: 0, questionsSec: 0, seed: null };

export const useChampionship = (plan: Room | null): ChampionshipSnapshot => useDocValue(useReadyDoc(plan), readChampionship, EMPTY);
export const usePitch = (plan: Room | null): PitchState => useDocValue(useReadyDoc(plan), readPitch, NO_PITCH);

export const useLeaderboard = (results: Room | null, roundId: string | null): PublishedLeaderboard | null =>
  useDocRead(useReadyDoc(results), `lb|${roundId ?? ''}`, (d) => (roundId ? readLeaderboard(d, roundId) : null), null);

export const useProgress = (results: Room | null, roundId: string | null): PublishedProgress | null =>
  useDocRead(useReadyDoc(results), `pr|${roundId ?? ''}`, (d) => (roundId ? readProgress(d, roundId) : null), null);

/** `assigned`: recusals the facilitator assigned (mirrored into this person's room by the host); `submitted`: roundId → when the host took the sheet. */
/** Rounds whose leaderboard the host has published (revealed, so frozen): scoring them changes nothing any more. */
export function useRevealedRounds(results: Room | null, rounds: readonly { id: string }[]): Set<string> {
  const key = `rv|${rounds.map((r) => r.id).join(',')}`;
  const ids = useDocRead(
    useReadyDoc(results),
    key,
    (d) =>
      rounds
        .filter((r) => readLeaderboard(d, r.id) !== null)
        .map((r) => r.id)
        .join(','),
    '',
  );
  return new Set(ids ? ids.split(',') : []);
}

export type MyMarks = { scores: Record<EntryKey, EntryScores>; recused: EntryKey[]; assigned: EntryKey[]; submitted: Record<string, number> };
const NO_MARKS: MyMarks = { scores: {}, recused: [], assigned: [], submitted: {} };

/** A scorer's own marks as the host will count them (criteria and scale checked the same way). */
export function useMyMarks(person: Room | null, criteria: readonly Criterion[], ownTeam: TeamId | null): MyMarks {
  // The criteria's ids and scales are the key: an edited scale must re-validate what is stored.
  const key = `${ownTeam ?? ''}|${criteria.map((c) => `${c.id}:${c.min}:${c.max}`).join(',')}`;
  return useDocRead(
    useReadyDoc(person),
    key,
    (d: Y.Doc) => ({
      scores: readScoresFrom(d, criteria, ownTeam),
      recused: readMyRecusals(d),
      assigned: readAssignedRecusals(d),
      submitted: readSubmitted(d),
    }),
    NO_MARKS,
  );
}

/** Whether a board was locked by its round's deadline, so the screen says "deadline", not "closed by the facilitator". */
export function useDeadlineLock(session: Session | null, eventId: EventId, boardId: string): boolean {
  const plan = useRoom(session, planRoom(eventId));
  return useDocRead(useReadyDoc(plan), `dl|${boardId}`, (d) => lockedByDeadline(readRounds(d), boardId), false);
}
