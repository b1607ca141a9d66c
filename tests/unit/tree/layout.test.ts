import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '@shared/tree/layout';
import { layoutTree } from '@shared/tree/layout';
import { resolveTree } from '@shared/tree/resolve';
import type { NodeRecord, ResolvedNode } from '@shared/tree/types';
import { rec } from './helpers';

/** What the renderer does with real fonts, roughly: wrap at 220 px, 7 px a character, 18 px a line. */
const estimate = (n: ResolvedNode) => {
  const chars = Math.max(1, n.text.length);
  const lines = Math.ceil((chars * 7) / 220);
  return { width: Math.min(240, 20 + chars * 7), height: 16 + lines * 18 };
};

/** A random tree: node i hangs under a random earlier node; the root's children alternate sides. */
function randomTree(parents: number[], lengths: number[]): NodeRecord[] {
  const records = [rec('n0', null, { text: 'Отток молодёжи из малых городов района' })];
  parents.forEach((p, i) => {
    const parent = p % (i + 1);
    const kind = parent === 0 ? (i % 3 === 0 ? 'consequence' : 'cause') : 'cause';
    records.push(rec(`n${i + 1}`, `n${parent}`, { kind, text: 'ж'.repeat(lengths[i] ?? 10), order: `a${i % 10}` }));
  });
  return records;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectNoOverlap(boxes: Box[]): void {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i]!, boxes[j]!)) expect.fail(`${boxes[i]!.id} overlaps ${boxes[j]!.id}`);
    }
  }
}

describe('tree layout', () => {
  it('lays out 250 nodes of varied text with no overlapping boxes, causes below and consequences above', () => {
    const lengths = Array.from({ length: 249 }, (_, i) => 5 + ((i * 37) % 120));
    const parents = Array.from({ length: 249 }, (_, i) => (i < 6 ? 0 : (i * 7919 + 13) % (i + 1)));
    const tree = resolveTree(randomTree(parents, lengths), 'problem-tree');
    const layout = layoutTree(tree, estimate);
    const boxes = [...layout.boxes.values()];
    expect(boxes).toHaveLength(250);
    expectNoOverlap(boxes);
    const root = layout.boxes.get(tree.rootId!)!;
    for (const b of boxes) {
      if (b.side === 'below') expect(b.y).toBeGreaterThanOrEqual(root.y + root.height);
      if (b.side === 'above') expect(b.y + b.height).toBeLessThanOrEqual(root.y);
      expect(b.x).toBeGreaterThanOrEqual(layout.bounds.x);
      expect(b.y + b.height).toBeLessThanOrEqual(layout.bounds.y + layout.bounds.height);
    }
    expect(boxes.some((b) => b.side === 'above') && boxes.some((b) => b.side === 'below')).toBe(true);
  });

  it('places every child further from the root than its parent, and keeps box sizes as measured', () => {
    const tree = resolveTree(randomTree([0, 0, 1, 2, 3, 1, 0, 6], [10, 20, 30, 40, 50, 60, 70, 80]), 'problem-tree');
    const layout = layoutTree(tree, estimate);
    for (const edge of layout.edges) {
      const parent = layout.boxes.get(edge.from)!;
      const child = layout.boxes.get(edge.to)!;
      if (child.side === 'below') expect(child.y).toBeGreaterThan(parent.y + parent.height);
      else expect(child.y + child.height).toBeLessThan(parent.y);
      expect({ width: child.width, height: child.height }).toEqual(estimate(tree.nodes.get(edge.to)!));
    }
    expect(layout.edges).toHaveLength(tree.nodes.size - 1);
  });

  it('never overlaps boxes, for any tree shape and text lengths (property)', () => {
    const arb = fc
      .integer({ min: 1, max: 250 })
      .chain((n) => fc.tuple(fc.array(fc.nat(), { minLength: n, maxLength: n }), fc.array(fc.integer({ min: 1, max: 300 }), { minLength: n, maxLength: n })));
    fc.assert(
      fc.property(arb, ([parents, lengths]) => {
        const layout = layoutTree(resolveTree(randomTree(parents, lengths), 'problem-tree'), estimate);
        expectNoOverlap([...layout.boxes.values()]);
      }),
      { numRuns: 40 },
    );
  });

  it('an empty tree has empty bounds', () => {
    expect(layoutTree(resolveTree([], 'problem-tree'), estimate).bounds).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
