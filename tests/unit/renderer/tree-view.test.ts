import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { addNode, editText, initTree, readTree } from '@shared/doc/tree';
import { layoutTree } from '@shared/tree/layout';
import type { NodeId } from '@shared/tree/types';
import { mirrorProblemTree } from '@shared/tree/goal-tree';
import { readGoalInfo } from '../../../renderer/src/features/tree/goal-info';
import { boxSize, wrapLines } from '../../../renderer/src/features/tree/measure';
import { peersByNode, throttledPresence } from '../../../renderer/src/features/tree/presence';
import { contains, fitView, revealBox, zoomAt } from '../../../renderer/src/features/tree/viewport';

/** A monospace stand-in for the canvas: 9 px per character. */
const mono = (s: string) => s.length * 9;

describe('measuring node text', () => {
  it('wraps words greedily and breaks a word longer than the line', () => {
    expect(wrapLines('нет работы для молодёжи', 80, mono)).toEqual(['нет', 'работы', 'для', 'молодёжи']);
    expect(wrapLines('нет работы для молодёжи', 200, mono)).toEqual(['нет работы для', 'молодёжи']);
    expect(wrapLines('ааааааааааааа', 45, mono)).toEqual(['ааааа', 'ааааа', 'ааа']);
    expect(wrapLines('a\nb', 100, mono)).toEqual(['a', 'b']);
  });
  it('gives longer text a taller box, never wider than the cap, and clamps very long text', () => {
    const short = boxSize('Нет работы', mono);
    const long = boxSize('Нет постоянной работы для выпускников колледжа в районе и в соседних посёлках', mono);
    expect(long.height).toBeGreaterThan(short.height);
    expect(long.width).toBeLessThanOrEqual(200 + 2 * (12 + 3) + 4 + 1);
    expect(boxSize('слово '.repeat(500), mono).height).toBe(boxSize('слово '.repeat(1000), mono).height);
  });
});

describe('the view', () => {
  it('fit shows a 250-node tree whole, and zoom keeps the point under the cursor', () => {
    const doc = new Y.Doc();
    initTree(doc, 'problem-tree', LOCAL_ORIGIN, { text: 'Отток молодёжи' });
    const ids: NodeId[] = ['root' as NodeId];
    for (let i = 1; i < 250; i++) {
      const parent = ids[Math.floor((i - 1) / 4)]!;
      const kind = i % 5 === 0 && parent === 'root' ? 'consequence' : readTree(doc).nodes.get(parent)?.side === 'above' ? 'consequence' : 'cause';
      const r = addNode(doc, { parentId: parent, kind, text: `Причина номер ${i} с длинной формулировкой` }, LOCAL_ORIGIN, `n${i}` as NodeId);
      expect(r.ok).toBe(true);
      ids.push(`n${i}` as NodeId);
    }
    const layout = layoutTree(readTree(doc), (n) => boxSize(n.text, mono));
    expect(layout.boxes.size).toBe(250);
    const viewport = { width: 1600, height: 900 };
    const view = fitView(layout.bounds, viewport);
    expect(contains(view, layout.bounds, viewport)).toBe(true);
    const zoomed = zoomAt(view, 2, { x: 400, y: 300 });
    const worldX = (400 - view.x) / view.scale;
    expect(worldX * zoomed.scale + zoomed.x).toBeCloseTo(400);
  });
  it('reveal pans just enough to bring a box into view', () => {
    const view = { x: 0, y: 0, scale: 1 };
    expect(revealBox(view, { x: 40, y: 40, width: 100, height: 50 }, { width: 800, height: 600 })).toBe(view);
    const moved = revealBox(view, { x: 900, y: 10, width: 100, height: 50 }, { width: 800, height: 600 });
    expect(moved.x).toBe(800 - 32 - 1000);
  });
});

describe('presence', () => {
  it('sends at most one update per interval, only the latest, and nothing when unchanged', () => {
    vi.useFakeTimers();
    try {
      const sent: unknown[] = [];
      const p = throttledPresence((x) => sent.push(x), 200);
      p.set({ node: 'a' as NodeId, action: 'select' });
      for (const id of ['b', 'c', 'd', 'e']) p.set({ node: id as NodeId, action: 'select' });
      expect(sent).toHaveLength(1);
      vi.advanceTimersByTime(200);
      expect(sent).toEqual([
        { node: 'a', action: 'select' },
        { node: 'e', action: 'select' },
      ]);
      vi.advanceTimersByTime(1000);
      p.set({ node: 'e' as NodeId, action: 'select' });
      vi.advanceTimersByTime(1000);
      expect(sent).toHaveLength(2);
      p.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
  it('shows others by node with the name the host attached, skipping me and junk', () => {
    const states = new Map<number, unknown>([
      [1, { tree: { node: 'a', action: 'edit' }, user: { name: 'Анна' } }],
      [2, { tree: { node: 'a', action: 'select' }, user: { name: 'Я' } }],
      [3, { tree: { node: 42, action: 'select' } }],
      [4, { tree: null }],
      [5, 'garbage'],
    ]);
    const peers = peersByNode(states, 2);
    expect([...peers.keys()]).toEqual(['a']);
    expect(peers.get('a' as NodeId)).toMatchObject([{ clientId: 1, name: 'Анна', action: 'edit' }]);
  });
});

describe('goal tree info', () => {
  it('counts problem nodes not yet mirrored and reports reworded sources', () => {
    const problem = new Y.Doc();
    initTree(problem, 'problem-tree', LOCAL_ORIGIN, { text: 'Отток молодёжи' });
    addNode(problem, { parentId: 'root' as NodeId, kind: 'cause', text: 'Нет работы' }, LOCAL_ORIGIN, 'c1' as NodeId);
    const goal = new Y.Doc();
    mirrorProblemTree(problem, goal, 'mirror');
    expect(readGoalInfo(goal, problem).pending).toBe(0);
    addNode(problem, { parentId: 'root' as NodeId, kind: 'cause', text: 'Нет жилья' }, LOCAL_ORIGIN);
    editText(problem, 'c1' as NodeId, 'Нет работы по специальности', LOCAL_ORIGIN);
    const info = readGoalInfo(goal, problem);
    expect(info.pending).toBe(1);
    expect([...info.stale.values()]).toMatchObject([{ id: 'g-c1', reason: 'changed', currentText: 'Нет работы по специальности' }]);
  });
});
