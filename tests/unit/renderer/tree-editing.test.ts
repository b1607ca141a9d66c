import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { addNode, initTree, moveNode, readTree } from '@shared/doc/tree';
import type { NodeId, NodeKind, ResolvedTree } from '@shared/tree/types';
import { childSpec, planDrop, planOutlineMove, siblingSpec, subtreeSize } from '../../../renderer/src/features/tree/edit-ops';
import { keyCommand } from '../../../renderer/src/features/tree/keys';
import { navigate } from '../../../renderer/src/features/tree/navigation';

const nid = (s: string) => s as NodeId;

/**
 *            q2
 *            q1            (consequences, above)
 *          [root]
 *     a       b       c    (causes, below)
 *   a1 a2    b1
 */
function sample(): { doc: Y.Doc; tree: () => ResolvedTree } {
  const doc = new Y.Doc();
  initTree(doc, 'problem-tree', LOCAL_ORIGIN, { text: 'Отток молодёжи' });
  const add = (id: string, parent: string, kind: NodeKind = 'cause') =>
    expect(addNode(doc, { parentId: nid(parent), kind, text: id }, LOCAL_ORIGIN, nid(id)).ok).toBe(true);
  add('a', 'root');
  add('b', 'root');
  add('c', 'root');
  add('a1', 'a');
  add('a2', 'a');
  add('b1', 'b');
  add('q1', 'root', 'consequence');
  add('q2', 'q1', 'consequence');
  return { doc, tree: () => readTree(doc) };
}

describe('keyboard navigation follows the drawing', () => {
  const { tree } = sample();
  const t = tree();
  it('starts at the central problem', () => {
    expect(navigate(t, null, 'left')).toBe('root');
  });
  it('down from the problem goes into the causes (middle child), up into the consequences', () => {
    expect(navigate(t, nid('root'), 'down')).toBe('b');
    expect(navigate(t, nid('root'), 'up')).toBe('q1');
  });
  it('on the causes side up is the parent and down the children; on the consequences side the other way round', () => {
    expect(navigate(t, nid('a1'), 'up')).toBe('a');
    expect(navigate(t, nid('a'), 'down')).toBe('a1');
    expect(navigate(t, nid('q1'), 'up')).toBe('q2');
    expect(navigate(t, nid('q1'), 'down')).toBe('root');
  });
  it('left and right step among siblings and stop at the ends', () => {
    expect(navigate(t, nid('b'), 'left')).toBe('a');
    expect(navigate(t, nid('b'), 'right')).toBe('c');
    expect(navigate(t, nid('c'), 'right')).toBe('c');
    expect(navigate(t, nid('a1'), 'right')).toBe('a2');
    // The root's consequence is not a sibling of its causes.
    expect(navigate(t, nid('q1'), 'left')).toBe('q1');
  });
  it('a leaf stays put when there is nowhere to go', () => {
    expect(navigate(t, nid('a2'), 'down')).toBe('a2');
  });
});

describe('what the add buttons and keys create', () => {
  const t = sample().tree();
  it('under the problem the caller picks the side; elsewhere a child continues its parent side', () => {
    expect(childSpec(t, nid('root'), 'above')).toMatchObject({ parentId: 'root', kind: 'consequence' });
    expect(childSpec(t, nid('root'), 'below')).toMatchObject({ parentId: 'root', kind: 'cause' });
    expect(childSpec(t, nid('a'), 'above')).toMatchObject({ parentId: 'a', kind: 'cause' });
    expect(childSpec(t, nid('q1'))).toMatchObject({ parentId: 'q1', kind: 'consequence' });
  });
  it('a sibling goes right after the node; the problem has none', () => {
    expect(siblingSpec(t, nid('a'))).toEqual({ parentId: 'root', kind: 'cause', placement: { at: 'after', sibling: 'a' } });
    expect(siblingSpec(t, nid('root'))).toBeNull();
  });
  it('counts the branch a delete would take', () => {
    expect(subtreeSize(t, nid('a'))).toBe(3);
    expect(subtreeSize(t, nid('c'))).toBe(1);
  });
});

describe('drops', () => {
  it('onto a node re-parents the dragged subtree; the move applies as planned', () => {
    const { doc, tree } = sample();
    const plan = planDrop(tree(), nid('a'), { at: 'onto', id: nid('c') });
    expect(plan.ok).toBe(true);
    if (plan.ok) expect(moveNode(doc, nid('a'), plan.target, LOCAL_ORIGIN).ok).toBe(true);
    const after = tree();
    expect(after.nodes.get(nid('a'))?.parentId).toBe('c');
    expect(after.nodes.get(nid('a1'))?.parentId).toBe('a');
  });
  it('into its own subtree is refused, onto the current parent is nothing to do', () => {
    const t = sample().tree();
    expect(planDrop(t, nid('a'), { at: 'onto', id: nid('a1') })).toEqual({ ok: false, reason: 'own-subtree' });
    expect(planDrop(t, nid('a'), { at: 'before', id: nid('a2') })).toEqual({ ok: false, reason: 'own-subtree' });
    expect(planDrop(t, nid('a1'), { at: 'onto', id: nid('a') })).toEqual({ ok: false, reason: 'noop' });
    expect(planDrop(t, nid('root'), { at: 'onto', id: nid('a') })).toEqual({ ok: false, reason: 'root' });
  });
  it('between siblings reorders; a cause dropped among consequences becomes one', () => {
    const { doc, tree } = sample();
    const plan = planDrop(tree(), nid('c'), { at: 'before', id: nid('a') });
    expect(plan.ok && plan.target).toEqual({ parentId: 'root', placement: { at: 'before', sibling: 'a' }, side: 'below' });
    if (plan.ok) moveNode(doc, nid('c'), plan.target, LOCAL_ORIGIN);
    expect(
      tree()
        .children.get(nid('root'))
        ?.filter((k) => tree().nodes.get(k)?.side === 'below'),
    ).toEqual(['c', 'a', 'b']);
    const cross = planDrop(tree(), nid('b'), { at: 'after', id: nid('q1') });
    if (cross.ok) moveNode(doc, nid('b'), cross.target, LOCAL_ORIGIN);
    expect(tree().nodes.get(nid('b'))?.kind).toBe('consequence');
    expect(tree().nodes.get(nid('b1'))?.kind).toBe('consequence');
  });
});

describe('phone outline moves', () => {
  it('up/down reorder, in nests under the previous sibling, out lifts next to the parent', () => {
    const { doc, tree } = sample();
    expect(planOutlineMove(tree(), nid('a'), 'up')).toBeNull();
    expect(planOutlineMove(tree(), nid('a'), 'out')).toBeNull();
    moveNode(doc, nid('b'), planOutlineMove(tree(), nid('b'), 'in')!, LOCAL_ORIGIN);
    expect(tree().nodes.get(nid('b'))?.parentId).toBe('a');
    moveNode(doc, nid('a2'), planOutlineMove(tree(), nid('a2'), 'out')!, LOCAL_ORIGIN);
    expect(
      tree()
        .children.get(nid('root'))
        ?.filter((k) => tree().nodes.get(k)?.side === 'below'),
    ).toEqual(['a', 'a2', 'c']);
    moveNode(doc, nid('c'), planOutlineMove(tree(), nid('c'), 'up')!, LOCAL_ORIGIN);
    expect(
      tree()
        .children.get(nid('root'))
        ?.filter((k) => tree().nodes.get(k)?.side === 'below'),
    ).toEqual(['a', 'c', 'a2']);
  });
});

describe('keys', () => {
  const k = (key: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean; code: string }> = {}) => ({
    key,
    code: mods.code ?? '',
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  it('map to tree commands', () => {
    expect(keyCommand(k('Enter'), true)).toEqual({ type: 'sibling' });
    expect(keyCommand(k('Tab'), true)).toEqual({ type: 'child' });
    expect(keyCommand(k('Delete'), true)).toEqual({ type: 'delete' });
    expect(keyCommand(k('F2'), true)).toEqual({ type: 'edit' });
    expect(keyCommand(k('ArrowLeft'), true)).toEqual({ type: 'nav', dir: 'left' });
    expect(keyCommand(k('ж'), true)).toEqual({ type: 'edit', initial: 'ж' });
  });
  it('undo and redo by the physical key, so a Russian layout works', () => {
    expect(keyCommand(k('я', { ctrlKey: true, code: 'KeyZ' }), true)).toEqual({ type: 'undo' });
    expect(keyCommand(k('Я', { ctrlKey: true, shiftKey: true, code: 'KeyZ' }), true)).toEqual({ type: 'redo' });
    expect(keyCommand(k('н', { ctrlKey: true, code: 'KeyY' }), true)).toEqual({ type: 'redo' });
  });
  it('a read-only board keeps navigation and nothing that writes', () => {
    expect(keyCommand(k('ArrowUp'), false)).toEqual({ type: 'nav', dir: 'up' });
    for (const key of ['Enter', 'Tab', 'Delete', 'F2', 'a']) expect(keyCommand(k(key), false)).toBeNull();
    expect(keyCommand(k('z', { ctrlKey: true, code: 'KeyZ' }), false)).toBeNull();
  });
});
