import { createHash } from 'node:crypto';
import { addCard, initBoard } from '@shared/doc/board';
import { readBoard } from '@shared/doc/plan';
import type { PrivateCard } from '@shared/doc/private';
import { MAX_PRIVATE_CARDS, markRoundRevealed, readPrivateCards, readPrivateRound, revealedIds } from '@shared/doc/private';
import { HOST_ORIGIN, childMap } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import type { BoardId, CardId, PersonId } from '@shared/ids';
import type { HostedEvent } from '../events/hosted-event';
import { takePoint } from '../history/history';

export type RevealOutcome = { boardId: BoardId; state: 'revealed'; anonymous: boolean; added: number; revealed: number };

type Pending = { revealId: CardId; personId: PersonId; name: string; card: PrivateCard };

/**
 * The board card id a private card gets when revealed: the same every time (so a second reveal
 * finds it and adds nothing), and not linkable to its author — the private card's id is random and
 * never leaves the author's room, so nobody can recompute the hash for a guessed person.
 */
export function revealId(eventId: string, boardId: string, personId: string, cardId: string): CardId {
  return createHash('sha256').update(`${eventId}/${boardId}/${personId}/${cardId}`).digest('base64url').slice(0, 22) as CardId;
}

function pendingCards(event: HostedEvent, boardId: BoardId): Pending[] {
  const done = revealedIds(event.doc('plan'), boardId);
  const out: Pending[] = [];
  for (const p of event.people) {
    const doc = event.docs.get(`person/${p.id}`);
    if (!doc) continue;
    for (const card of readPrivateCards(doc, boardId).slice(0, MAX_PRIVATE_CARDS)) {
      const id = revealId(event.id, boardId, p.id, card.id);
      if (!done.has(id)) out.push({ revealId: id, personId: p.id, name: p.name, card });
    }
  }
  // Ordered by the hash, not by author or time: in an anonymous round the order must not hint who wrote what.
  return out.sort((a, b) => (a.revealId < b.revealId ? -1 : a.revealId > b.revealId ? 1 : 0));
}

/**
 * Puts every private card written for the board on it, in one transaction of the board doc, so every
 * client receives them in the same update. Idempotent: a revealed round reveals nothing more until
 * the facilitator reopens it; a card revealed once is never added again (even if since deleted from the board).
 */
export function revealRound(event: HostedEvent, boardId: BoardId, now = Date.now()): RevealOutcome {
  const plan = event.doc('plan');
  const board = readBoard(plan, boardId);
  if (!board) throw new AppError('not_found', `no board ${boardId}`);
  if (board.kind === 'problem-tree' || board.kind === 'goal-tree') throw new AppError('bad_request', 'private rounds are for card and grid boards');
  const round = readPrivateRound(plan, boardId);
  if (!round) throw new AppError('conflict', 'no private round is open on this board');
  if (round.state === 'revealed') return { boardId, state: 'revealed', anonymous: round.anonymous, added: 0, revealed: round.revealedCount };

  const pending = pendingCards(event, boardId);
  const boardDoc = event.doc(`board/${boardId}`);
  // The board as it was before the round's cards landed on it: a reveal can be taken back.
  takePoint(event, `board/${boardId}`, 'reveal', 'host', now);
  const cards = boardDoc.getMap<unknown>('cards');
  boardDoc.transact(() => {
    initBoard(boardDoc, HOST_ORIGIN);
    for (const p of pending) {
      if (cards.has(p.revealId)) continue;
      const author = round.anonymous ? { authorId: null, authorName: '' } : { authorId: p.personId, authorName: p.name };
      addCard(boardDoc, { text: p.card.text, ...author, column: p.card.column, color: p.card.color }, HOST_ORIGIN, p.revealId);
      if (p.card.row !== null) childMap(cards, p.revealId)?.set('row', p.card.row);
    }
  }, HOST_ORIGIN);
  markRoundRevealed(
    plan,
    boardId,
    pending.map((p) => p.revealId),
    now,
    HOST_ORIGIN,
  );
  return { boardId, state: 'revealed', anonymous: round.anonymous, added: pending.length, revealed: round.revealedCount + pending.length };
}
