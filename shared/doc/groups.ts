import * as Y from 'yjs';
import type { CardId, PersonId } from '../ids';
import { isId, newId } from '../ids';
import { childMap, num, str, strOrNull } from './schema';

/**
 * Card groups on a card (or grid) board, made before a vote so that duplicates count as one item.
 * A group is a record of its own in the board's top-level `groups` map: groupId → Y.Map {title, cards,
 * authorId, authorName, createdAt}, where `cards` is the list of member card ids. Grouping never
 * rewrites a card, so a participant may group someone else's cards while the host's "own cards only"
 * rule (electron/host/sync/update-guard.ts) still holds for the cards themselves.
 *
 * Who may do what (enforced by the host's update guard, docs/protocol.md "Card groups"):
 * - before a vote on the board is open, anyone who writes the board may make a group (authored by
 *   themself); only its author or a facilitator renames, changes or undoes it;
 * - once a vote with an item on the board is open, only facilitators group (a facilitator's group is
 *   how duplicates are merged).
 *
 * Reading resolves conflicts deterministically: a card belongs to the first group (by createdAt, then
 * id) that lists it; cards that no longer exist are left out; a group with fewer than two live cards
 * is not a group.
 */

export type CardGroup = {
  id: string;
  title: string;
  /** Live member card ids, in the order the record lists them. */
  cards: CardId[];
  authorId: PersonId | null;
  authorName: string;
  createdAt: number;
};

export const MAX_GROUP_TITLE = 200;
export const MAX_GROUP_CARDS = 50;

const groupsOf = (doc: Y.Doc) => doc.getMap<unknown>('groups');
const cardsOf = (doc: Y.Doc) => doc.getMap<unknown>('cards');

/** The member list as stored: ids only, no duplicates, at most MAX_GROUP_CARDS. */
export function parseGroupCards(v: unknown): CardId[] {
  if (!Array.isArray(v)) return [];
  const out: CardId[] = [];
  for (const x of v.slice(0, MAX_GROUP_CARDS)) if (isId(x) && !out.includes(x as CardId)) out.push(x as CardId);
  return out;
}

/** Every group of the board after conflict resolution (see above), oldest first. */
export function readGroups(doc: Y.Doc): CardGroup[] {
  const raw: CardGroup[] = [];
  groupsOf(doc).forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    raw.push({
      id,
      title: str(m.get('title')).slice(0, MAX_GROUP_TITLE),
      cards: parseGroupCards(m.get('cards')),
      authorId: strOrNull(m.get('authorId')) as PersonId | null,
      authorName: str(m.get('authorName')),
      createdAt: num(m.get('createdAt')),
    });
  });
  raw.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cards = cardsOf(doc);
  const taken = new Set<string>();
  const out: CardGroup[] = [];
  for (const g of raw) {
    const live = g.cards.filter((c) => cards.get(c) instanceof Y.Map && !taken.has(c));
    if (live.length < 2) continue;
    for (const c of live) taken.add(c);
    out.push({ ...g, cards: live });
  }
  return out;
}

/** card id → its group, for the cards that are in one. */
export function groupOfCard(groups: readonly CardGroup[]): Map<CardId, CardGroup> {
  const out = new Map<CardId, CardGroup>();
  for (const g of groups) for (const c of g.cards) out.set(c, g);
  return out;
}

/** Who may rename, change or undo a group: its author and facilitators. */
export const mayEditGroup = (g: Pick<CardGroup, 'authorId'>, personId: PersonId | null, facilitator: boolean): boolean =>
  facilitator || (personId !== null && g.authorId === personId);

export type Author = { authorId: PersonId | null; authorName: string };

/** Makes a new group of `cards` (at least two); returns its id. */
export function createGroup(doc: Y.Doc, cards: readonly CardId[], title: string, author: Author, origin: unknown, id: string = newId()): string {
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    m.set('title', title.trim().slice(0, MAX_GROUP_TITLE));
    m.set('cards', parseGroupCards([...cards]));
    m.set('authorId', author.authorId);
    m.set('authorName', author.authorName);
    m.set('createdAt', Date.now());
    groupsOf(doc).set(id, m);
  }, origin);
  return id;
}

export function renameGroup(doc: Y.Doc, id: string, title: string, origin: unknown): void {
  doc.transact(() => childMap(groupsOf(doc), id)?.set('title', title.trim().slice(0, MAX_GROUP_TITLE)), origin);
}

/** Replaces a group's member list (add or take out cards); fewer than two members undoes the group. */
export function setGroupCards(doc: Y.Doc, id: string, cards: readonly CardId[], origin: unknown): void {
  const list = parseGroupCards([...cards]);
  if (list.length < 2) return ungroup(doc, id, origin);
  doc.transact(() => childMap(groupsOf(doc), id)?.set('cards', list), origin);
}

/** Undoes a group: its cards stay on the board, ungrouped. */
export function ungroup(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => groupsOf(doc).delete(id), origin);
}

/**
 * What dropping card `dragged` onto card `target` does for someone: joins the target's group when they
 * may change it, otherwise makes a new group of the two. Null when nothing may be done (the dragged
 * card sits in a group they may not change, or the target's group is someone else's).
 */
export type DropPlan =
  | { kind: 'join'; groupId: string; cards: CardId[]; leave: { groupId: string; cards: CardId[] } | null }
  | { kind: 'new'; cards: CardId[]; leave: { groupId: string; cards: CardId[] } | null };

export function planDrop(groups: readonly CardGroup[], dragged: CardId, target: CardId, personId: PersonId | null, facilitator: boolean): DropPlan | null {
  if (dragged === target) return null;
  const byCard = groupOfCard(groups);
  const from = byCard.get(dragged) ?? null;
  const to = byCard.get(target) ?? null;
  if (from && to && from.id === to.id) return null;
  if (from && !mayEditGroup(from, personId, facilitator)) return null;
  const leave = from ? { groupId: from.id, cards: from.cards.filter((c) => c !== dragged) } : null;
  if (to) {
    if (!mayEditGroup(to, personId, facilitator) || to.cards.length >= MAX_GROUP_CARDS) return null;
    return { kind: 'join', groupId: to.id, cards: [...to.cards, dragged], leave };
  }
  return { kind: 'new', cards: [target, dragged], leave };
}

/** Carries out a drop plan in one transaction; returns the group the dragged card is now in. */
export function applyDrop(doc: Y.Doc, plan: DropPlan, title: string, author: Author, origin: unknown): string {
  let id = '';
  doc.transact(() => {
    if (plan.leave) setGroupCards(doc, plan.leave.groupId, plan.leave.cards, origin);
    if (plan.kind === 'join') {
      setGroupCards(doc, plan.groupId, plan.cards, origin);
      id = plan.groupId;
    } else id = createGroup(doc, plan.cards, title, author, origin);
  }, origin);
  return id;
}

/** What a group is called where it has no title: its cards' texts, joined. */
export const groupLabel = (g: Pick<CardGroup, 'title' | 'cards'>, textOf: (id: CardId) => string): string =>
  g.title.trim() || g.cards.map(textOf).filter(Boolean).join(' / ');

export function observeGroups(doc: Y.Doc, fn: () => void): () => void {
  const m = groupsOf(doc);
  m.observeDeep(fn);
  return () => m.unobserveDeep(fn);
}
