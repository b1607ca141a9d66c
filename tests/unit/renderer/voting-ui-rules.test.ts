import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, removeCard } from '@shared/doc/board';
import type { GridLayout } from '@shared/doc/grid';
import type { PrivateCard } from '@shared/doc/private';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { addNode, deleteNode, initTree } from '@shared/doc/tree';
import type { VoteInfo } from '@shared/doc/voting';
import { castVote, myBallot, openVote, readVote } from '@shared/doc/voting';
import type { BoardId, CardId, PersonId } from '@shared/ids';
import type { NodeId } from '@shared/tree/types';
import { ballotRefusal } from '../../../renderer/src/features/voting/ballot-rules';
import { boardItems, checkVoteForm, itemsByBoard, toggleAll } from '../../../renderer/src/features/voting/vote-items';
import { cellOptions, pendingCards } from '../../../renderer/src/features/private/private-rules';

const B = 'board1' as BoardId;

describe('vote items picked from boards', () => {
  it("lists a card board's cards in board order, skipping empty ones", () => {
    const doc = new Y.Doc();
    const a = addCard(doc, { text: 'Нет автобуса', authorId: null, authorName: '' }, LOCAL_ORIGIN);
    addCard(doc, { text: '   ', authorId: null, authorName: '' }, LOCAL_ORIGIN);
    const c = addCard(doc, { text: 'Пустует школа', authorId: null, authorName: '' }, LOCAL_ORIGIN);
    expect(boardItems(doc, { id: B, kind: 'cards' }).map((i) => [i.key, i.text])).toEqual([
      [`${B}:${a}`, 'Нет автобуса'],
      [`${B}:${c}`, 'Пустует школа'],
    ]);
    removeCard(doc, a, LOCAL_ORIGIN);
    expect(boardItems(doc, { id: B, kind: 'grid' }).map((i) => i.itemId)).toEqual([c]);
  });

  it("lists a tree board's live nodes and leaves out deleted ones", () => {
    const doc = new Y.Doc();
    const root = initTree(doc, 'problem-tree', LOCAL_ORIGIN, { text: 'Отток молодёжи' })!;
    const cause = addNode(doc, { parentId: root, kind: 'cause', text: 'Нет работы' }, LOCAL_ORIGIN);
    const gone = addNode(doc, { parentId: root, kind: 'cause', text: 'Удалённая' }, LOCAL_ORIGIN);
    expect(cause.ok && gone.ok).toBe(true);
    if (!cause.ok || !gone.ok) return;
    deleteNode(doc, gone.value, LOCAL_ORIGIN);
    const items = boardItems(doc, { id: B, kind: 'problem-tree' });
    expect(items.map((i) => i.text).sort()).toEqual(['Нет работы', 'Отток молодёжи']);
    expect(items.some((i) => i.itemId === (gone.value as NodeId))).toBe(false);
  });

  it('"select all" selects a whole board, and a second press clears only that board', () => {
    const items = ['a', 'b'].map((id) => ({ boardId: B, itemId: id, key: `${B}:${id}`, text: id }));
    const other = new Set(['x:1']);
    const all = toggleAll(other, items);
    expect([...all].sort()).toEqual(['board1:a', 'board1:b', 'x:1']);
    expect([...toggleAll(all, items)]).toEqual(['x:1']);
    expect([...toggleAll(new Set(['board1:a']), items)].sort()).toEqual(['board1:a', 'board1:b']);
  });

  it("groups a vote's items by board in first-seen order", () => {
    const refs = [
      { boardId: 'b2', itemId: '1' },
      { boardId: 'b1', itemId: '2' },
      { boardId: 'b2', itemId: '3' },
    ];
    expect([...itemsByBoard(refs)].map(([b, r]) => [b, r.map((x) => x.itemId)])).toEqual([
      ['b2', ['1', '3']],
      ['b1', ['2']],
    ]);
  });

  it('checks the vote form the way the host will', () => {
    const limits = { maxItems: 200, maxBudget: 100 };
    const one = [{ boardId: 'b', itemId: 'c' }];
    expect(checkVoteForm({ title: ' ', perPerson: 3, maxPerItem: 1, selected: one }, limits)).toBe('title');
    expect(checkVoteForm({ title: 'Т', perPerson: 3, maxPerItem: 1, selected: [] }, limits)).toBe('items');
    expect(checkVoteForm({ title: 'Т', perPerson: 0, maxPerItem: 1, selected: one }, limits)).toBe('perPerson');
    expect(checkVoteForm({ title: 'Т', perPerson: Number.NaN, maxPerItem: 1, selected: one }, limits)).toBe('perPerson');
    expect(checkVoteForm({ title: 'Т', perPerson: 3, maxPerItem: 4, selected: one }, limits)).toBe('maxPerItem');
    expect(checkVoteForm({ title: 'Т', perPerson: 3, maxPerItem: 3, selected: one }, limits)).toBeNull();
  });
});

describe('the phone says which limit a dot would break', () => {
  const setup = () => {
    const plan = new Y.Doc();
    const items = ['a', 'b', 'c'].map((id) => ({ boardId: 'b', itemId: id }));
    const id = openVote(plan, { title: 'Т', items, perPerson: 3, maxPerItem: 2 }, LOCAL_ORIGIN);
    return { vote: readVote(plan, id)!, person: new Y.Doc(), items };
  };

  it('refuses exactly what castVote refuses, for every press on a small ballot', () => {
    const { vote, person, items } = setup();
    // A fixed walk over +/− presses: each press is judged by the helper first, then by the accessor.
    const presses = [0, 0, 0, 1, 1, 2, -1, 2, 2, -3, 1, 0, 2, -2, 2, 2].map((n) => ({ ref: items[Math.abs(n) % 3]!, delta: n < 0 ? -1 : 1 }));
    for (const { ref, delta } of presses) {
      const ballot = myBallot(person, vote);
      const refusal = ballotRefusal(vote, ballot, `${ref.boardId}:${ref.itemId}`, delta);
      const before = JSON.stringify(myBallot(person, vote));
      const r = castVote(person, vote, ref, delta, LOCAL_ORIGIN);
      if (refusal === 'errNone')
        expect(r.ok).toBe(true); // taking back from zero is a no-op, not an error
      else expect(r.ok).toBe(refusal === null);
      if (refusal) expect(JSON.stringify(myBallot(person, vote))).toBe(before);
    }
  });

  it('names the budget when all dots are placed, and the per-item maximum before it', () => {
    const { vote } = setup();
    expect(ballotRefusal(vote, { 'b:a': 2, 'b:b': 1 }, 'b:c', 1)).toBe('errBudget');
    expect(ballotRefusal(vote, { 'b:a': 2 }, 'b:a', 1)).toBe('errMaxPerItem');
    expect(ballotRefusal(vote, { 'b:a': 2, 'b:b': 1 }, 'b:a', -1)).toBeNull();
    expect(ballotRefusal({ ...vote, state: 'closed' } as VoteInfo, {}, 'b:a', 1)).toBe('errClosed');
  });
});

describe('private writing helpers', () => {
  const me = 'p1' as PersonId;
  const card = (id: string, text: string): PrivateCard => ({ id: id as CardId, text, row: null, column: null, color: null, createdAt: 0 });
  const boardCard = (text: string, authorId: string | null) => ({
    id: 'x' as CardId,
    text,
    authorId: authorId as PersonId | null,
    authorName: '',
    column: null,
    color: null,
    order: 'a0',
    createdAt: 0,
  });

  it('a private card already on the board is not listed as waiting; each board card matches one private card', () => {
    const mine = [card('1', 'Коворкинг'), card('2', 'Коворкинг'), card('3', 'Автобус')];
    const board = [boardCard('Коворкинг', null), boardCard('Автобус', 'someone-else')];
    expect(pendingCards(mine, board, me, true).map((c) => c.id)).toEqual(['2', '3']);
  });

  it('in a named round only my own board cards count as mine', () => {
    const mine = [card('1', 'Коворкинг')];
    expect(pendingCards(mine, [boardCard('Коворкинг', 'p2')], me, false)).toHaveLength(1);
    expect(pendingCards(mine, [boardCard('Коворкинг', 'p1')], me, false)).toHaveLength(0);
  });

  it('offers every grid cell, named cells by their own name and one-row grids by column only', () => {
    const entry = (id: string, label: string) => ({ id, label, order: id, custom: false });
    const swot: GridLayout = {
      templateId: 'swot',
      rows: [entry('internal', 'Внутренние'), entry('external', 'Внешние')],
      columns: [entry('positive', 'Помогают'), entry('negative', 'Мешают')],
      cellLabels: { 'internal:positive': 'Сильные стороны' },
    };
    const opts = cellOptions(swot);
    expect(opts).toHaveLength(4);
    expect(opts[0]).toEqual({ value: 'internal:positive', row: 'internal', column: 'positive', label: 'Сильные стороны' });
    expect(opts[1]!.label).toBe('Внутренние · Мешают');
    const single: GridLayout = { templateId: null, rows: [entry('all', '')], columns: [entry('problems', 'Проблемы')], cellLabels: {} };
    expect(cellOptions(single).map((o) => o.label)).toEqual(['Проблемы']);
  });
});
