import * as Y from 'yjs';
import type { BoardId, CardId } from '../ids';
import { newId } from '../ids';
import type { PrivateCardFields, Repairs } from './records';
import { MAX_PRIVATE_TEXT, PrivateCardSchema, always, cutTo, readRecord } from './records';
import { bool, childMap, num, strOrNull } from './schema';

export { MAX_PRIVATE_TEXT } from './records';

/**
 * Private writing → reveal.
 * - plan `privateRounds`: boardId → Y.Map {state: 'open'|'revealed', anonymous, openedAt, revealedAt,
 *   revealed: Y.Map<hashedId, true>} — written by facilitators' clients; the host marks it revealed.
 * - person `private`: boardId → Y.Map cardId → Y.Map {text, row, column, color, createdAt} — a participant's
 *   cards, in the room only they (and the host) can read. Author fields are never read from here: on reveal
 *   the host takes names from its own records.
 * A revealed round stays revealed: cards written afterwards wait in the person rooms until the facilitator
 * reopens the round and reveals again; a card already revealed is never put on the board twice.
 */

export const ROUND_STATES = ['open', 'revealed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];
export type PrivateRound = { boardId: BoardId; state: RoundState; anonymous: boolean; openedAt: number; revealedAt: number | null; revealedCount: number };

/** `row` and `column` place a card in a grid board's cell (shared/doc/grid.ts); plain card boards use `column` only. */
export type PrivateCard = { id: CardId } & PrivateCardFields;
export type NewPrivateCard = { text: string; row?: string | null; column?: string | null; color?: string | null };

/** A person's cards per board the host will reveal; more are ignored (oldest first are kept). */
export const MAX_PRIVATE_CARDS = 50;
const MAX_FIELD = 64;

const roundsOf = (plan: Y.Doc) => plan.getMap<unknown>('privateRounds');
const privateOf = (person: Y.Doc) => person.getMap<unknown>('private');

function roundFromMap(boardId: BoardId, m: Y.Map<unknown>): PrivateRound {
  const revealed = m.get('revealed');
  const revealedAt = m.get('revealedAt');
  return {
    boardId,
    state: m.get('state') === 'revealed' ? 'revealed' : 'open',
    anonymous: bool(m.get('anonymous'), true),
    openedAt: num(m.get('openedAt')),
    revealedAt: typeof revealedAt === 'number' ? revealedAt : null,
    revealedCount: revealed instanceof Y.Map ? revealed.size : 0,
  };
}

export function readPrivateRound(plan: Y.Doc, boardId: BoardId): PrivateRound | null {
  const m = childMap(roundsOf(plan), boardId);
  return m ? roundFromMap(boardId, m) : null;
}

export function readPrivateRounds(plan: Y.Doc): PrivateRound[] {
  const out: PrivateRound[] = [];
  roundsOf(plan).forEach((m, id) => {
    if (m instanceof Y.Map) out.push(roundFromMap(id as BoardId, m as Y.Map<unknown>));
  });
  return out.sort((a, b) => a.openedAt - b.openedAt || (a.boardId < b.boardId ? -1 : 1));
}

/** Opens (or reopens) a private round on a board. Reopening keeps the record of what was already revealed. */
export function openPrivateRound(plan: Y.Doc, boardId: BoardId, opts: { anonymous: boolean }, origin: unknown, now = Date.now()): void {
  plan.transact(() => {
    const rounds = roundsOf(plan);
    let m = childMap(rounds, boardId);
    if (!m) {
      m = new Y.Map<unknown>();
      m.set('revealed', new Y.Map<unknown>());
      rounds.set(boardId, m);
    }
    m.set('state', 'open');
    m.set('anonymous', opts.anonymous);
    m.set('openedAt', now);
    m.set('revealedAt', null);
  }, origin);
}

/** Ends a round without revealing: the cards stay in their authors' rooms. */
export function closeRound(plan: Y.Doc, boardId: BoardId, origin: unknown): void {
  plan.transact(() => roundsOf(plan).delete(boardId), origin);
}

/** Host: which revealed-card ids the round has already put on the board. */
export function revealedIds(plan: Y.Doc, boardId: BoardId): Set<string> {
  const r = childMap(roundsOf(plan), boardId)?.get('revealed');
  return new Set(r instanceof Y.Map ? [...r.keys()] : []);
}

/** Host: marks the round revealed and remembers the ids it put on the board. */
export function markRoundRevealed(plan: Y.Doc, boardId: BoardId, ids: readonly string[], at: number, origin: unknown): void {
  plan.transact(() => {
    const m = childMap(roundsOf(plan), boardId);
    if (!m) return;
    let r = m.get('revealed');
    if (!(r instanceof Y.Map)) {
      r = new Y.Map<unknown>();
      m.set('revealed', r);
    }
    for (const id of ids) (r as Y.Map<unknown>).set(id, true);
    m.set('state', 'revealed');
    m.set('revealedAt', at);
  }, origin);
}

const cardsFor = (person: Y.Doc, boardId: BoardId) => childMap(privateOf(person), boardId);

const shortOrNull = (v: unknown) => {
  const s = strOrNull(v);
  return s !== null && s.length <= MAX_FIELD ? s : null;
};

/** How a private card's field that fails PrivateCardSchema is read. */
const PRIVATE_REPAIRS: Repairs<typeof PrivateCardSchema.shape> = {
  text: cutTo(MAX_PRIVATE_TEXT),
  row: shortOrNull,
  column: shortOrNull,
  color: shortOrNull,
  createdAt: always(0),
};

/**
 * A person's private cards for a board, oldest first, cleaned: text trimmed and capped, empty cards and
 * anything that is not a card map skipped (a person's room is written by a client the host does not trust).
 */
export function readPrivateCards(person: Y.Doc, boardId: BoardId): PrivateCard[] {
  const cards = cardsFor(person, boardId);
  if (!cards) return [];
  const out: PrivateCard[] = [];
  cards.forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const card = readRecord(PrivateCardSchema, PRIVATE_REPAIRS, m);
    const text = card.text.trim();
    if (text === '') return;
    out.push({ id: id as CardId, ...card, text, row: card.row || null, column: card.column || null, color: card.color || null });
  });
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export function writePrivateCard(person: Y.Doc, boardId: BoardId, card: NewPrivateCard, origin: unknown, id: CardId = newId<CardId>()): CardId {
  person.transact(() => {
    const all = privateOf(person);
    let cards = childMap(all, boardId);
    if (!cards) {
      cards = new Y.Map<unknown>();
      all.set(boardId, cards);
    }
    const m = new Y.Map<unknown>();
    m.set('text', card.text.slice(0, MAX_PRIVATE_TEXT));
    m.set('row', card.row ?? null);
    m.set('column', card.column ?? null);
    m.set('color', card.color ?? null);
    m.set('createdAt', Date.now());
    cards.set(id, m);
  }, origin);
  return id;
}

export function editPrivateCard(person: Y.Doc, boardId: BoardId, id: CardId, text: string, origin: unknown): void {
  person.transact(() => {
    const cards = cardsFor(person, boardId);
    if (cards) childMap(cards, id)?.set('text', text.slice(0, MAX_PRIVATE_TEXT));
  }, origin);
}

export function removePrivateCard(person: Y.Doc, boardId: BoardId, id: CardId, origin: unknown): void {
  person.transact(() => cardsFor(person, boardId)?.delete(id), origin);
}

/** Calls `fn` after any change to the person's private cards (any board); returns the unsubscribe. */
export function observePrivateCards(person: Y.Doc, fn: () => void): () => void {
  const m = privateOf(person);
  m.observeDeep(fn);
  return () => m.unobserveDeep(fn);
}

/** Calls `fn` after any change to the plan's private rounds; returns the unsubscribe. */
export function observePrivateRounds(plan: Y.Doc, fn: () => void): () => void {
  const m = roundsOf(plan);
  m.observeDeep(fn);
  return () => m.unobserveDeep(fn);
}
