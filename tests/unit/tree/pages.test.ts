import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treePages, subTree } from '@shared/tree/pages';
import { resolveTree } from '@shared/tree/resolve';
import type { NodeId, NodeRecord } from '@shared/tree/types';
import { rec, shape } from './helpers';

const tree = (records: NodeRecord[]) => resolveTree(records, 'problem-tree');
const sample = () =>
  tree([
    rec('r', null),
    rec('a', 'r'),
    rec('a1', 'a', { order: 'a1' }),
    rec('a2', 'a', { order: 'a2' }),
    rec('b', 'r', { order: 'a1' }),
    rec('c', 'r', { order: 'a2' }),
  ]);

describe('tree pages for the projector', () => {
  it('shows the whole tree on one page when it fits', () => {
    expect(treePages(sample(), () => true)).toEqual([['r', 'a', 'a1', 'a2', 'b', 'c']]);
  });

  it('packs neighbouring branches while they fit, each page with the root', () => {
    const pages = treePages(sample(), (ids) => ids.length <= 4);
    expect(pages).toEqual([
      ['r', 'a', 'a1', 'a2'],
      ['r', 'b', 'c'],
    ]);
  });

  it('splits a branch too big alone below its own node, keeping the path up to the root', () => {
    const pages = treePages(sample(), (ids) => ids.length <= 3);
    expect(pages).toEqual([
      ['r', 'a', 'a1'],
      ['r', 'a', 'a2'],
      ['r', 'b', 'c'],
    ]);
  });

  it('puts every node on a page, each page a connected piece hanging from the root', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), (parents, cap) => {
        const records = [rec('n0', null)];
        parents.forEach((p, i) => records.push(rec(`n${i + 1}`, `n${p % (i + 1)}`, { order: `a${i}` })));
        const t = tree(records);
        const pages = treePages(t, (ids) => ids.length <= cap);
        const seen = new Set(pages.flat());
        for (const id of t.flat) expect(seen.has(id)).toBe(true);
        for (const page of pages) {
          const keep = new Set<NodeId>(page);
          const part = subTree(t, keep);
          expect(part.flat.length).toBe(keep.size);
          for (const id of page) {
            const parent = t.nodes.get(id)!.parentId;
            if (id !== t.rootId) expect(parent !== null && keep.has(parent)).toBe(true);
          }
        }
      }),
    );
  });

  it('cuts a tree down to a set of nodes, keeping sibling order', () => {
    const part = subTree(sample(), new Set(['r', 'a', 'a2', 'c'] as NodeId[]));
    expect(shape(part)).toBe('r(a(a2) c)');
  });
});
