import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { HOST_ORIGIN, LOCAL_ORIGIN } from '@shared/doc/schema';
import { addNode, deleteNode, editText, initTree, readNodes, readTree, treeKindOf } from '@shared/doc/tree';
import { acknowledgeSource, mirrorIdOf, mirrorProblemTree, pullNewNodes, staleNodes } from '@shared/tree/goal-tree';
import type { NodeKind } from '@shared/tree/types';
import { nid, shape, unmirrored } from './helpers';

function problemTree(): Y.Doc {
  const doc = new Y.Doc();
  initTree(doc, 'problem-tree', LOCAL_ORIGIN, { text: 'Отток молодёжи' });
  const add = (id: string, parent: string, kind: NodeKind) => addNode(doc, { parentId: nid(parent), kind, text: `t-${id}` }, LOCAL_ORIGIN, nid(id));
  add('c1', 'root', 'cause');
  add('c2', 'root', 'cause');
  add('c11', 'c1', 'cause');
  add('c12', 'c1', 'cause');
  add('q1', 'root', 'consequence');
  add('q11', 'q1', 'consequence');
  return doc;
}

describe('goal tree mirror', () => {
  it('has the problem tree shape and order, mapped kinds, empty text and the source text as hint', () => {
    const problem = problemTree();
    const goal = new Y.Doc();
    expect(mirrorProblemTree(problem, goal, LOCAL_ORIGIN)).toBe(7);
    const p = readTree(problem);
    const g = readTree(goal);
    expect(treeKindOf(goal)).toBe('goal-tree');
    expect(g.rootId).toBe(mirrorIdOf(nid('root')));
    expect(unmirrored(g)).toBe(shape(p));
    for (const id of p.flat) {
      const mirror = g.nodes.get(mirrorIdOf(id))!;
      const expected = { problem: 'goal', cause: 'means', consequence: 'end' }[p.nodes.get(id)!.kind as 'problem'];
      expect(mirror).toMatchObject({ kind: expected, text: '', sourceId: id, sourceText: p.nodes.get(id)!.text, side: p.nodes.get(id)!.side });
      expect(mirror.storedKind).toBe(expected);
    }
  });

  it('is idempotent and never overwrites what the team wrote in the goal tree', () => {
    const problem = problemTree();
    const goal = new Y.Doc();
    mirrorProblemTree(problem, goal, LOCAL_ORIGIN);
    editText(goal, mirrorIdOf(nid('c1')), 'Создать рабочие места', LOCAL_ORIGIN);
    expect(mirrorProblemTree(problem, goal, LOCAL_ORIGIN)).toBe(0);
    expect(pullNewNodes(problem, goal, LOCAL_ORIGIN)).toBe(0);
    expect(readTree(goal).nodes.get(mirrorIdOf(nid('c1')))?.text).toBe('Создать рабочие места');
    expect(readNodes(goal)).toHaveLength(7);
  });

  it('pullNewNodes mirrors later additions under the mirror of their parent and reports how many', () => {
    const problem = problemTree();
    const goal = new Y.Doc();
    mirrorProblemTree(problem, goal, LOCAL_ORIGIN);
    addNode(problem, { parentId: nid('c11'), kind: 'cause', text: 'new' }, LOCAL_ORIGIN, nid('c111'));
    addNode(problem, { parentId: nid('c111'), kind: 'cause', text: 'deeper' }, LOCAL_ORIGIN, nid('c1111'));
    addNode(problem, { parentId: nid('q1'), kind: 'consequence', text: 'up' }, LOCAL_ORIGIN, nid('q12'));
    expect(pullNewNodes(problem, goal, LOCAL_ORIGIN)).toBe(3);
    const g = readTree(goal);
    expect(unmirrored(g)).toBe(shape(readTree(problem)));
    expect(g.nodes.get(mirrorIdOf(nid('q12')))).toMatchObject({ kind: 'end', side: 'above' });
  });

  it('a deleted mirror stays deleted, and new sources below it go to the nearest live mirror', () => {
    const problem = problemTree();
    const goal = new Y.Doc();
    mirrorProblemTree(problem, goal, LOCAL_ORIGIN);
    deleteNode(goal, mirrorIdOf(nid('c11')), LOCAL_ORIGIN);
    addNode(problem, { parentId: nid('c11'), kind: 'cause', text: 'new' }, LOCAL_ORIGIN, nid('c111'));
    expect(pullNewNodes(problem, goal, LOCAL_ORIGIN)).toBe(1);
    const g = readTree(goal);
    expect(g.nodes.has(mirrorIdOf(nid('c11')))).toBe(false);
    expect(g.nodes.get(mirrorIdOf(nid('c111')))?.parentId).toBe(mirrorIdOf(nid('c1')));
  });

  it('staleNodes reports changed and deleted sources until acknowledged', () => {
    const problem = problemTree();
    const goal = new Y.Doc();
    mirrorProblemTree(problem, goal, LOCAL_ORIGIN);
    expect(staleNodes(problem, goal)).toEqual([]);
    editText(problem, nid('c2'), 'Низкие зарплаты', LOCAL_ORIGIN);
    deleteNode(problem, nid('q1'), LOCAL_ORIGIN);
    expect(staleNodes(problem, goal)).toEqual([
      { id: 'g-q1', sourceId: 'q1', reason: 'deleted', seenText: 't-q1', currentText: null },
      { id: 'g-q11', sourceId: 'q11', reason: 'deleted', seenText: 't-q11', currentText: null },
      { id: 'g-c2', sourceId: 'c2', reason: 'changed', seenText: 't-c2', currentText: 'Низкие зарплаты' },
    ]);
    for (const s of staleNodes(problem, goal)) expect(acknowledgeSource(problem, goal, s.id, LOCAL_ORIGIN).ok).toBe(true);
    expect(staleNodes(problem, goal)).toEqual([]);
    expect(readTree(goal).nodes.get(mirrorIdOf(nid('c2')))?.sourceText).toBe('Низкие зарплаты');
    expect(readTree(goal).nodes.get(mirrorIdOf(nid('q1')))?.sourceId).toBeNull();
    expect(acknowledgeSource(problem, goal, nid('nope'), LOCAL_ORIGIN).ok).toBe(false);
  });

  it('two facilitators mirroring at once converge on one node per source, without duplicates', () => {
    const problem = problemTree();
    const a = new Y.Doc();
    const b = new Y.Doc();
    mirrorProblemTree(problem, a, LOCAL_ORIGIN);
    addNode(problem, { parentId: nid('c2'), kind: 'cause', text: 'late' }, LOCAL_ORIGIN, nid('c21'));
    mirrorProblemTree(problem, b, HOST_ORIGIN);
    editText(a, mirrorIdOf(nid('q1')), 'Молодёжь остаётся', LOCAL_ORIGIN);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(pullNewNodes(problem, a, LOCAL_ORIGIN)).toBe(0);
    const [ga, gb] = [readTree(a), readTree(b)];
    expect(readNodes(a)).toHaveLength(8);
    expect(ga.flat).toEqual(gb.flat);
    expect(unmirrored(ga)).toBe(shape(readTree(problem)));
    expect(new Set(readNodes(a).map((n) => n.sourceId)).size).toBe(8);
  });
});
