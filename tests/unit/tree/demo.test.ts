import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildDemoTrees } from '../../../electron/host/demo/trees';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { readTree } from '@shared/doc/tree';
import { staleNodes } from '@shared/tree/goal-tree';
import { shape, unmirrored } from './helpers';

describe('demo trees', () => {
  it('write a Russian problem tree of 20+ nodes, causes of causes included, and its partly filled goal tree', () => {
    const problem = new Y.Doc();
    const goal = new Y.Doc();
    const { nodes, filled } = buildDemoTrees(problem, goal, HOST_ORIGIN);
    const p = readTree(problem);
    const g = readTree(goal);
    expect(p.nodes.get(p.rootId!)?.text).toBe('Отток молодёжи из малых городов района');
    expect(p.flat.length).toBeGreaterThanOrEqual(20);
    expect(nodes).toBe(p.flat.length);
    const sides = [...p.nodes.values()].map((n) => `${n.side}:${n.depth}`);
    expect(sides).toContain('below:3');
    expect(sides).toContain('above:3');
    expect(unmirrored(g)).toBe(shape(p));
    expect(filled).toBeGreaterThan(p.flat.length / 2);
    expect([...g.nodes.values()].filter((n) => n.text === '').length).toBeGreaterThan(0);
    expect(staleNodes(problem, goal)).toEqual([]);
  });
});
