import type * as Y from 'yjs';
import { readCards } from '@shared/doc/board';
import { groupLabel, groupOfCard, readGroups } from '@shared/doc/groups';
import type { BoardInfo } from '@shared/doc/plan';
import { readTree } from '@shared/doc/tree';
import type { ItemRef } from '@shared/voting/tally';
import { itemKey } from '@shared/voting/tally';

/**
 * Something a vote can point at: a card of a card/grid board, a group of cards (counted as one item,
 * `members` its cards' texts), or a live node of a tree board.
 */
export type VoteItem = ItemRef & { key: string; text: string; members?: string[] };

export const isTreeBoard = (b: Pick<BoardInfo, 'kind'>): boolean => b.kind === 'problem-tree' || b.kind === 'goal-tree';

/** A board's votable items in the order the board shows them (cards by order, tree nodes pre-order from the root). */
export function boardItems(doc: Y.Doc, board: Pick<BoardInfo, 'id' | 'kind'>): VoteItem[] {
  const boardId = board.id;
  if (isTreeBoard(board)) {
    const tree = readTree(doc);
    return tree.flat.flatMap((id) => {
      const node = tree.nodes.get(id);
      return node && node.text.trim() ? [{ boardId, itemId: id, key: itemKey({ boardId, itemId: id }), text: node.text }] : [];
    });
  }
  const cards = readCards(doc);
  const textOf = new Map(cards.map((c) => [c.id as string, c.text]));
  const inGroup = groupOfCard(readGroups(doc));
  const out: VoteItem[] = [];
  const listed = new Set<string>();
  for (const c of cards) {
    const g = inGroup.get(c.id);
    if (g) {
      // A group stands where its first card would, once.
      if (listed.has(g.id)) continue;
      listed.add(g.id);
      const members = g.cards.map((id) => textOf.get(id) ?? '').filter((t) => t.trim() !== '');
      out.push({ boardId, itemId: g.id, key: itemKey({ boardId, itemId: g.id }), text: groupLabel(g, (id) => textOf.get(id) ?? ''), members });
    } else if (c.text.trim() !== '') out.push({ boardId, itemId: c.id, key: itemKey({ boardId, itemId: c.id }), text: c.text });
  }
  return out;
}

/** Every text a ballot may need on a board: its items, and also cards grouped since the vote opened. */
export function boardTexts(doc: Y.Doc, board: Pick<BoardInfo, 'id' | 'kind'>): Map<string, string> {
  const out = new Map<string, string>();
  if (!isTreeBoard(board)) for (const c of readCards(doc)) out.set(itemKey({ boardId: board.id, itemId: c.id }), c.text);
  for (const i of boardItems(doc, board)) out.set(i.key, i.text);
  return out;
}

/** Groups a vote's items by board, keeping the vote's own order inside each board and boards in first-seen order. */
export function itemsByBoard(items: readonly ItemRef[]): Map<string, ItemRef[]> {
  const out = new Map<string, ItemRef[]>();
  for (const ref of items) {
    const list = out.get(ref.boardId);
    if (list) list.push(ref);
    else out.set(ref.boardId, [ref]);
  }
  return out;
}

/** Toggles a whole board in a selection: selects all of its items unless all are selected already. */
export function toggleAll(selected: ReadonlySet<string>, items: readonly VoteItem[]): Set<string> {
  const next = new Set(selected);
  const all = items.length > 0 && items.every((i) => next.has(i.key));
  for (const i of items) {
    if (all) next.delete(i.key);
    else next.add(i.key);
  }
  return next;
}

export type VoteForm = { title: string; perPerson: number; maxPerItem: number; selected: readonly ItemRef[] };
export type VoteFormProblem = 'title' | 'items' | 'tooMany' | 'perPerson' | 'maxPerItem';

/** What the host would refuse (shared/voting/api.ts), checked before sending so the form can say which field. */
export function checkVoteForm(f: VoteForm, limits: { maxItems: number; maxBudget: number }): VoteFormProblem | null {
  if (!f.title.trim() || f.title.trim().length > 200) return 'title';
  if (f.selected.length === 0) return 'items';
  if (f.selected.length > limits.maxItems) return 'tooMany';
  if (!Number.isInteger(f.perPerson) || f.perPerson < 1 || f.perPerson > limits.maxBudget) return 'perPerson';
  if (!Number.isInteger(f.maxPerItem) || f.maxPerItem < 1 || f.maxPerItem > f.perPerson) return 'maxPerItem';
  return null;
}
