import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveTree } from '@shared/tree/resolve';
import type { NodeRecord } from '@shared/tree/types';
import { isAcyclic, nid, rec, serialise, shape } from './helpers';

const resolve = (records: NodeRecord[]) => resolveTree(records, 'problem-tree');

describe('resolveTree', () => {
  it('an empty or all-deleted map has no root and no nodes', () => {
    expect(resolve([]).rootId).toBeNull();
    expect(resolve([rec('r', null, { deleted: true })]).flat).toEqual([]);
  });

  it('sorts siblings by order, then by id when concurrent inserts produced equal keys', () => {
    const t = resolve([rec('r', null), rec('c', 'r', { order: 'a1' }), rec('b', 'r', { order: 'a1' }), rec('a', 'r', { order: 'a2' })]);
    expect(shape(t)).toBe('r(b c a)');
  });

  it('puts consequences above and causes below, and causes of causes on their parent side', () => {
    const t = resolve([rec('r', null), rec('c1', 'r'), rec('c2', 'c1'), rec('q1', 'r', { kind: 'consequence' }), rec('q2', 'q1', { kind: 'consequence' })]);
    expect(['r', 'c1', 'c2', 'q1', 'q2'].map((id) => t.nodes.get(nid(id))?.side)).toEqual(['root', 'below', 'below', 'above', 'above']);
    expect(t.nodes.get(nid('q2'))?.depth).toBe(2);
  });

  it('effective kinds follow the side, whatever kind a node was stored with', () => {
    const t = resolve([rec('r', null), rec('q', 'r', { kind: 'consequence' }), rec('x', 'q', { kind: 'cause' })]);
    expect(t.nodes.get(nid('x'))?.kind).toBe('consequence');
    expect(t.nodes.get(nid('x'))?.storedKind).toBe('cause');
  });

  it('re-attaches a child of a tombstoned node to the nearest live ancestor', () => {
    const t = resolve([rec('r', null), rec('a', 'r'), rec('b', 'a', { deleted: true }), rec('c', 'b', { deleted: true }), rec('d', 'c')]);
    expect(shape(t)).toBe('r(a(d))');
    expect(t.nodes.get(nid('d'))?.reattached).toBe(true);
    expect(t.nodes.get(nid('d'))?.storedParentId).toBe('c');
  });

  it('hangs a node whose parent is missing, or whose tombstoned ancestors loop, from the root', () => {
    const t = resolve([rec('r', null), rec('orphan', 'gone'), rec('x', 'y', { deleted: true }), rec('y', 'x', { deleted: true }), rec('z', 'x')]);
    expect(shape(t)).toBe('r(orphan z)');
  });

  it('keeps concurrently created roots: the earliest (then smallest id) wins, the others hang under it', () => {
    const t = resolve([rec('r2', null, { createdAt: 5 }), rec('r1', null, { createdAt: 5 }), rec('r0', null, { createdAt: 9 }), rec('k', 'r0')]);
    expect(t.rootId).toBe('r1');
    expect(shape(t)).toBe('r1(r0(k) r2)');
    expect(t.nodes.get(nid('r2'))?.side).toBe('below');
  });

  it('picks a new root when the root is tombstoned, and never loses the other nodes', () => {
    const t = resolve([rec('r', null, { deleted: true }), rec('a', 'r', { createdAt: 2 }), rec('b', 'r', { createdAt: 1 })]);
    expect(t.rootId).toBe('b');
    expect(shape(t)).toBe('b(a)');
  });

  it('breaks a cycle from concurrent moves by hanging its smallest id from the root', () => {
    const t = resolve([rec('r', null), rec('b', 'c'), rec('c', 'd'), rec('d', 'b'), rec('e', 'd')]);
    expect(shape(t)).toBe('r(b(d(c e)))');
    expect(t.nodes.get(nid('b'))?.parentId).toBe('r');
    expect(t.nodes.get(nid('b'))?.reattached).toBe(true);
    expect(isAcyclic(t)).toBe(true);
    expect(t.flat).toHaveLength(5);
  });

  it('a node that is its own parent hangs from the root', () => {
    expect(shape(resolve([rec('r', null), rec('a', 'a')]))).toBe('r(a)');
  });

  it('lists every live node exactly once, acyclic, for any parent pointers (property)', () => {
    const ids = ['r', 'a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const record = fc.record({
      parent: fc.option(fc.constantFrom(...ids, 'missing'), { nil: null }),
      deleted: fc.boolean(),
      order: fc.constantFrom('a0', 'a1', 'Zz', 'a0V'),
      kind: fc.constantFrom('problem', 'cause', 'consequence' as const),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: ids.length, maxLength: ids.length }), (rs) => {
        const records = rs.map((r, i) => rec(ids[i]!, r.parent, { deleted: r.deleted, order: r.order, kind: r.kind }));
        const t = resolve(records);
        const live = records
          .filter((r) => !r.deleted)
          .map((r) => r.id)
          .sort();
        expect([...t.flat].sort()).toEqual(live);
        expect(new Set(t.flat).size).toBe(t.flat.length);
        expect(isAcyclic(t)).toBe(true);
        expect(serialise(resolve([...records].reverse()))).toBe(serialise(t));
      }),
    );
  });
});
