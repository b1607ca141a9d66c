import * as Y from 'yjs';
import { generateKeyBetween } from 'fractional-indexing';
import type { CardId, PersonId } from '../ids';
import { newId } from '../ids';
import type { CardFields, Repairs } from './records';
import { CardSchema, MAX_CARD_TEXT, MAX_REF, always, cutTo, readRecord } from './records';
import { childMap, initMeta, str, strOrNull } from './schema';

export { MAX_CARD_TEXT } from './records';

/** The card board: a flat map of cards, each a Y.Map with one key per field so concurrent edits merge (fields: CardSchema). */
export type Card = { id: CardId } & CardFields;

/** How a card field that fails CardSchema is read. */
export const CARD_REPAIRS: Repairs<typeof CardSchema.shape> = {
  text: cutTo(MAX_CARD_TEXT),
  authorId: (v) => (typeof v === 'string' && v !== '' ? (v.slice(0, MAX_REF) as PersonId) : null),
  authorName: cutTo(200),
  column: (v) => strOrNull(v)?.slice(0, 200) ?? null,
  color: always(null),
  order: (v) => str(v, 'a0').slice(0, 200) || 'a0',
  createdAt: always(0),
};

const cardsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('cards');

export function initBoard(doc: Y.Doc, origin: unknown): void {
  initMeta(doc, 'board', origin);
}

export function readCards(doc: Y.Doc): Card[] {
  const out: Card[] = [];
  cardsOf(doc).forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const card = readRecord(CardSchema, CARD_REPAIRS, m);
    out.push({ id: id as CardId, ...card, authorId: card.authorId || null, column: card.column || null });
  });
  return out.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));
}

export type NewCard = { text: string; authorId: PersonId | null; authorName: string; column?: string | null; color?: string | null };

export function addCard(doc: Y.Doc, card: NewCard, origin: unknown, id: CardId = newId<CardId>()): CardId {
  doc.transact(() => {
    let last: string | null = null;
    cardsOf(doc).forEach((m) => {
      const o = m instanceof Y.Map ? str(m.get('order')) : '';
      if (o && (last === null || o > last)) last = o;
    });
    const m = new Y.Map<unknown>();
    m.set('text', card.text.slice(0, MAX_CARD_TEXT));
    m.set('authorId', card.authorId);
    m.set('authorName', card.authorName);
    m.set('column', card.column ?? null);
    m.set('color', card.color ?? null);
    m.set('order', generateKeyBetween(last, null));
    m.set('createdAt', Date.now());
    cardsOf(doc).set(id, m);
  }, origin);
  return id;
}

export function editCard(doc: Y.Doc, id: CardId, text: string, origin: unknown): void {
  doc.transact(() => childMap(cardsOf(doc) as Y.Map<unknown>, id)?.set('text', text.slice(0, MAX_CARD_TEXT)), origin);
}

export function removeCard(doc: Y.Doc, id: CardId, origin: unknown): void {
  doc.transact(() => cardsOf(doc).delete(id), origin);
}

/** Calls `fn` after every change of the board's cards; returns the unsubscribe. */
export function observeCards(doc: Y.Doc, fn: () => void): () => void {
  const map = cardsOf(doc);
  map.observeDeep(fn);
  return () => map.unobserveDeep(fn);
}
