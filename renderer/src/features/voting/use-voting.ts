import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { BoardInfo } from '@shared/doc/plan';
import type { VoteInfo, VoteProgress, VoteResults } from '@shared/doc/voting';
import { dotsLeft, myBallot, readVoteProgress, readVoteResults, readVotes } from '@shared/doc/voting';
import type { EventId } from '@shared/ids';
import { boardRoom } from '@shared/protocol/rooms';
import type { Ballot } from '@shared/voting/tally';
import { useDocValue, useRoom, useRoomState } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import type { VoteItem } from './vote-items';
import { boardItems, boardTexts } from './vote-items';

/** A derived value of a doc that also depends on `key` (a vote id, a board id): collab's useDocValue keyed on it. */
export function useDocRead<T>(doc: Y.Doc | null, key: string, read: (doc: Y.Doc) => T, fallback: T): T {
  return useDocValue(doc, read, fallback, key);
}

/** A room's doc once its cache is applied (before that a read would show an empty doc as "no data"). */
export function useReadyDoc(room: Room | null): Y.Doc | null {
  const { ready } = useRoomState(room);
  return ready && room ? room.doc : null;
}

const NO_VOTES: VoteInfo[] = [];

export function usePlanVotes(plan: Room | null): VoteInfo[] {
  return useDocValue(useReadyDoc(plan), readVotes, NO_VOTES);
}

export function useVoteProgress(results: Room | null, voteId: string): VoteProgress | null {
  return useDocRead(useReadyDoc(results), voteId, (d) => readVoteProgress(d, voteId), null);
}

export function useVoteResults(results: Room | null, voteId: string): VoteResults | null {
  return useDocRead(useReadyDoc(results), voteId, (d) => readVoteResults(d, voteId), null);
}

export type MyBallot = { ballot: Ballot; left: number };
const EMPTY_BALLOT: MyBallot = { ballot: {}, left: 0 };

/** What of my dots will count (the host's rule) and how many I have left. */
export function useMyBallot(person: Room | null, vote: VoteInfo): MyBallot {
  // The vote's rules are part of the key: a rules change must recompute, not only a ballot change.
  const key = `${vote.id}|${vote.state}|${vote.perPerson}|${vote.maxPerItem}|${vote.items.length}`;
  const fallback = useMemo(() => ({ ballot: {}, left: vote.perPerson }), [vote.perPerson]);
  const value = useDocRead(useReadyDoc(person), key, (d) => ({ ballot: myBallot(d, vote), left: dotsLeft(d, vote) }), fallback);
  return value ?? EMPTY_BALLOT;
}

const NO_ITEMS: VoteItem[] = [];

/** The votable items of one board, live; opens the board's room while mounted. */
export function useBoardItems(
  session: Session,
  eventId: EventId,
  board: Pick<BoardInfo, 'id' | 'kind'>,
  readable = true,
): { items: VoteItem[]; texts: Map<string, string>; room: Room | null } {
  const room = useRoom(session, readable ? boardRoom(eventId, board.id) : null);
  const doc = useReadyDoc(room);
  const items = useDocRead(doc, `${board.id}|${board.kind}`, (d) => boardItems(d, board), NO_ITEMS);
  const texts = useDocRead(doc, `${board.id}|${board.kind}|texts`, (d) => boardTexts(d, board), NO_TEXTS);
  return { items, texts, room };
}

const NO_TEXTS = new Map<string, string>();
