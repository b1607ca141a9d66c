import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, editCard, readCards } from '@shared/doc/board';
import { readPoster } from '@shared/doc/poster';
import { readPrivateCards } from '@shared/doc/private';
import { CardSchema, MAX_CARD_TEXT, POSTER_LIMITS, TreeNodeSchema } from '@shared/doc/records';
import { initTree, readNodes, ROOT_ID } from '@shared/doc/tree';
import type { BoardId, PersonId } from '@shared/ids';
import { MAX_NODE_TEXT } from '@shared/tree/types';

/** A record map written field by field, as a hostile client could. */
function put(parent: Y.Map<unknown>, id: string, fields: Record<string, unknown>): void {
  const m = new Y.Map<unknown>();
  parent.set(id, m);
  for (const [k, v] of Object.entries(fields)) m.set(k, v);
}

describe('records are read through their schema: a bad field is repaired, a view never crashes', () => {
  it('a card with wrong types, an over-cap text and a CSS-smuggling colour reads as a clean card', () => {
    const doc = new Y.Doc();
    put(doc.getMap('cards'), 'c1', {
      text: 'ж'.repeat(MAX_CARD_TEXT + 5),
      authorId: 5,
      authorName: { x: 1 },
      color: 'red;background:url(//x)',
      order: '',
      createdAt: Infinity,
    });
    doc.getMap('cards').set('c2', 'not a map');
    const cards = readCards(doc);
    expect(cards).toEqual([
      { id: 'c1', text: 'ж'.repeat(MAX_CARD_TEXT), authorId: null, authorName: '', column: null, color: null, order: 'a0', createdAt: 0 },
    ]);
    expect(CardSchema.safeParse({ ...cards[0], id: undefined }).success).toBe(true);
  });

  it('an honest card passes its schema untouched, and a re-read after an edit or a deleted field sees the change', () => {
    const doc = new Y.Doc();
    const id = addCard(doc, { text: 'идея', authorId: 'p1' as PersonId, authorName: 'Анна', color: '#aabbcc' }, 'local');
    expect(readCards(doc)[0]).toMatchObject({ id, text: 'идея', authorId: 'p1', authorName: 'Анна', color: '#aabbcc' });
    editCard(doc, id, 'идея получше', 'local');
    expect(readCards(doc)[0]!.text).toBe('идея получше');
    (doc.getMap('cards').get(id) as Y.Map<unknown>).delete('color');
    expect(readCards(doc)[0]!.color).toBeNull();
  });

  it('a tree node with an unknown kind, an over-cap text and a string for a boolean is repaired', () => {
    const doc = new Y.Doc();
    initTree(doc, 'problem-tree', 'local', { text: 'проблема' });
    put(doc.getMap('nodes'), 'n1', {
      kind: 'virus',
      text: 'ы'.repeat(MAX_NODE_TEXT + 1),
      parentId: ROOT_ID,
      order: 'a1',
      deleted: 'yes',
      authorId: null,
      createdAt: 1,
      sourceText: 7,
    });
    const node = readNodes(doc).find((n) => n.id === 'n1')!;
    expect(node).toMatchObject({ kind: 'cause', text: 'ы'.repeat(MAX_NODE_TEXT), deleted: false, sourceId: null, sourceText: null });
    expect(TreeNodeSchema.shape.kind.safeParse('virus').success).toBe(false);
  });

  it('a poster with a remote image and an over-cap field reads with the image dropped and the text cut', () => {
    const doc = new Y.Doc();
    doc.getMap('poster').set('image', 'https://tracker.example/pixel.png');
    doc.getMap('poster').set('problem', 'я'.repeat(POSTER_LIMITS.text + 10));
    doc.getMap('posterNeeds').set('money', 42);
    const p = readPoster(doc);
    expect(p.image).toBeNull();
    expect(p.problem).toHaveLength(POSTER_LIMITS.text);
    expect(p.needs).toEqual({});
  });

  it('private cards: an empty or non-text card is skipped, a long row id is dropped', () => {
    const person = new Y.Doc();
    const board = new Y.Map<unknown>();
    person.getMap('private').set('b1', board);
    put(board, 'k1', { text: '  мысль  ', row: 'r'.repeat(65), column: 'c1', color: null, createdAt: 2 });
    put(board, 'k2', { text: 17, createdAt: 1 });
    expect(readPrivateCards(person, 'b1' as BoardId)).toEqual([{ id: 'k1', text: 'мысль', row: null, column: 'c1', color: null, createdAt: 2 }]);
  });
});
