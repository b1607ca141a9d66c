import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, metaOf } from '@shared/doc/schema';
import {
  ROOT_ID,
  addNode,
  createTreeUndoManager,
  deleteNode,
  editText,
  initTree,
  moveNode,
  observeTree,
  readNode,
  readNodes,
  readTree,
} from '@shared/doc/tree';
import type { NodeId, NodeKind } from '@shared/tree/types';
import { MAX_NODE_TEXT } from '@shared/tree/types';
import { nid, shape } from './helpers';

function fresh() {
  const doc = new Y.Doc();
  initTree(doc, 'problem-tree', LOCAL_ORIGIN, { text: 'Отток молодёжи' });
  return doc;
}
function add(doc: Y.Doc, id: string, parentId: string, kind: NodeKind = 'cause', extra = {}) {
  const r = addNode(doc, { parentId: nid(parentId), kind, text: id, ...extra }, LOCAL_ORIGIN, nid(id));
  expect(r.ok).toBe(true);
}

describe('tree accessors', () => {
  it('initTree writes meta and one root, and is idempotent', () => {
    const doc = fresh();
    expect(initTree(doc, 'problem-tree', LOCAL_ORIGIN)).toBe(ROOT_ID);
    expect(metaOf(doc).get('kind')).toBe('board');
    expect(metaOf(doc).get('treeKind')).toBe('problem-tree');
    expect(readNodes(doc)).toHaveLength(1);
    expect(readTree(doc).nodes.get(ROOT_ID)?.text).toBe('Отток молодёжи');
  });

  it('two clients initialising the same board converge on one root', () => {
    const a = fresh();
    const b = fresh();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readNodes(a)).toHaveLength(1);
    expect(readTree(a).rootId).toBe(readTree(b).rootId);
  });

  it('adds causes below and consequences above, at first, last, index, before and after', () => {
    const doc = fresh();
    add(doc, 'b', 'root');
    add(doc, 'd', 'root', 'cause', { placement: { at: 'last' } });
    add(doc, 'a', 'root', 'cause', { placement: { at: 'first' } });
    add(doc, 'c', 'root', 'cause', { placement: { at: 'after', sibling: nid('b') } });
    add(doc, 'bb', 'root', 'cause', { placement: { at: 'before', sibling: nid('c') } });
    add(doc, 'q', 'root', 'consequence', { placement: { at: 'index', index: 0 } });
    const t = readTree(doc);
    expect(t.children.get(ROOT_ID)?.filter((k) => t.nodes.get(k)?.side === 'below')).toEqual(['a', 'b', 'bb', 'c', 'd']);
    expect(t.nodes.get(nid('q'))?.side).toBe('above');
  });

  it('refuses a kind from the wrong side, a second root and a missing parent', () => {
    const doc = fresh();
    add(doc, 'c', 'root');
    expect(addNode(doc, { parentId: nid('c'), kind: 'consequence', text: '' }, LOCAL_ORIGIN)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(addNode(doc, { parentId: ROOT_ID, kind: 'problem', text: '' }, LOCAL_ORIGIN).ok).toBe(false);
    expect(addNode(doc, { parentId: ROOT_ID, kind: 'means', text: '' }, LOCAL_ORIGIN).ok).toBe(false);
    expect(addNode(doc, { parentId: nid('nope'), kind: 'cause', text: '' }, LOCAL_ORIGIN)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('caps text at MAX_NODE_TEXT on add and on edit', () => {
    const doc = fresh();
    add(doc, 'c', 'root');
    editText(doc, nid('c'), 'я'.repeat(MAX_NODE_TEXT + 50), LOCAL_ORIGIN);
    expect(readNode(doc, nid('c'))?.text).toHaveLength(MAX_NODE_TEXT);
  });

  it('moving a node carries its subtree, and moving it under its own descendant is refused', () => {
    const doc = fresh();
    add(doc, 'a', 'root');
    add(doc, 'b', 'a');
    add(doc, 'c', 'b');
    add(doc, 'x', 'root');
    expect(moveNode(doc, nid('a'), { parentId: nid('c') }, LOCAL_ORIGIN)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(moveNode(doc, nid('a'), { parentId: nid('a') }, LOCAL_ORIGIN).ok).toBe(false);
    expect(moveNode(doc, ROOT_ID, { parentId: nid('x') }, LOCAL_ORIGIN).ok).toBe(false);
    expect(moveNode(doc, nid('b'), { parentId: nid('x') }, LOCAL_ORIGIN).ok).toBe(true);
    expect(shape(readTree(doc))).toBe('root(a x(b(c)))');
  });

  it('reorders siblings by index, counting without the moved node', () => {
    const doc = fresh();
    for (const id of ['a', 'b', 'c']) add(doc, id, 'root');
    moveNode(doc, nid('a'), { parentId: ROOT_ID, placement: { at: 'index', index: 2 } }, LOCAL_ORIGIN);
    expect(shape(readTree(doc))).toBe('root(b c a)');
    moveNode(doc, nid('a'), { parentId: ROOT_ID, placement: { at: 'before', sibling: nid('b') } }, LOCAL_ORIGIN);
    expect(shape(readTree(doc))).toBe('root(a b c)');
  });

  it('moving a subtree to the other side turns causes into consequences', () => {
    const doc = fresh();
    add(doc, 'a', 'root');
    add(doc, 'b', 'a');
    add(doc, 'q', 'root', 'consequence');
    moveNode(doc, nid('a'), { parentId: nid('q') }, LOCAL_ORIGIN);
    expect(
      readNodes(doc)
        .filter((n) => n.id !== ROOT_ID)
        .map((n) => n.kind),
    ).toEqual(['consequence', 'consequence', 'consequence']);
    moveNode(doc, nid('a'), { parentId: ROOT_ID, side: 'below' }, LOCAL_ORIGIN);
    expect(readTree(doc).nodes.get(nid('b'))?.side).toBe('below');
    expect(readNode(doc, nid('b'))?.kind).toBe('cause');
  });

  it('delete tombstones the subtree, refuses the root, and a child added concurrently survives under the nearest live ancestor', () => {
    const a = fresh();
    add(a, 'p', 'root');
    add(a, 'q', 'p');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(deleteNode(a, nid('p'), LOCAL_ORIGIN)).toEqual({ ok: true, value: 2 });
    expect(deleteNode(a, ROOT_ID, LOCAL_ORIGIN).ok).toBe(false);
    add(b, 'late', 'q');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(shape(readTree(a))).toBe('root(late)');
    expect(shape(readTree(b))).toBe('root(late)');
    expect(
      readNodes(a)
        .filter((n) => n.deleted)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['p', 'q']);
  });

  it('undo and redo one own edits only, never a remote one', () => {
    const doc = fresh();
    const undo = createTreeUndoManager(doc, { captureTimeout: 0 });
    add(doc, 'mine', 'root');
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    addNode(remote, { parentId: ROOT_ID, kind: 'cause', text: 'theirs' }, LOCAL_ORIGIN, nid('theirs'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'remote');
    deleteNode(doc, nid('mine'), LOCAL_ORIGIN);
    expect(shape(readTree(doc))).toBe('root(theirs)');
    undo.undo();
    expect(shape(readTree(doc))).toBe('root(mine theirs)');
    undo.undo();
    expect(shape(readTree(doc))).toBe('root(theirs)');
    undo.redo();
    expect(shape(readTree(doc))).toBe('root(mine theirs)');
  });

  it('observeTree reports changes until unsubscribed', () => {
    const doc = fresh();
    let calls = 0;
    const off = observeTree(doc, () => calls++);
    add(doc, 'a', 'root');
    editText(doc, nid('a' as NodeId), 'x', LOCAL_ORIGIN);
    off();
    add(doc, 'b', 'root');
    expect(calls).toBe(2);
  });
});
