import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankEntries } from '../../../shared/championship/ranking';

const e = (key: string, total: number | null, c = 0) => ({ key, total, criteria: { c } });

describe('ranking and tie-breaks', () => {
  it('breaks a tie by the chosen criterion first', () => {
    const { ranked, ties } = rankEntries([e('x', 0.7, 5), e('y', 0.7, 8), e('z', 0.9)], { tieCriterionId: 'c', decidingOrder: ['x', 'y'] });
    expect(ranked).toEqual([
      { key: 'z', rank: 1, tieBreak: null },
      { key: 'y', rank: 2, tieBreak: 'criterion' },
      { key: 'x', rank: 3, tieBreak: 'criterion' },
    ]);
    expect(ties).toEqual([{ keys: ['y', 'x'], rule: 'criterion', criterionId: 'c' }]);
  });

  it("then by the chair's deciding order", () => {
    const { ranked, ties } = rankEntries([e('x', 0.7, 5), e('y', 0.7, 5)], { tieCriterionId: 'c', decidingOrder: ['y', 'x'] });
    expect(ranked.map((r) => [r.key, r.rank, r.tieBreak])).toEqual([
      ['y', 1, 'chair'],
      ['x', 2, 'chair'],
    ]);
    expect(ties[0]!.rule).toBe('chair');
  });

  it('else the tied entries share a rank (1, 2, 2, 4)', () => {
    const { ranked } = rankEntries([e('a', 4), e('b', 3), e('c', 3), e('d', 1)], { tieCriterionId: null, decidingOrder: [] });
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(ranked[1]!.tieBreak).toBe('shared');
  });

  it('treats totals equal up to rounding as a tie', () => {
    const { ranked } = rankEntries([e('a', 0.1 + 0.2), e('b', 0.3)], { tieCriterionId: null, decidingOrder: [] });
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('puts unscored entries last', () => {
    const { ranked } = rankEntries([e('a', null), e('b', 0)], { tieCriterionId: null, decidingOrder: [] });
    expect(ranked.map((r) => [r.key, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('ranks follow totals and do not depend on input order (property)', () => {
    const items = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 3 }), total: fc.integer({ min: 0, max: 5 }), c: fc.integer({ min: 0, max: 3 }) }), { selector: (x) => x.key, maxLength: 12 });
    fc.assert(
      fc.property(items, fc.boolean(), (xs, useC) => {
        const input = xs.map((x) => e(x.key, x.total, x.c));
        const rules = { tieCriterionId: useC ? 'c' : null, decidingOrder: xs.slice(0, 3).map((x) => x.key) };
        const a = rankEntries(input, rules).ranked;
        const b = rankEntries([...input].reverse(), rules).ranked;
        expect(b).toEqual(a);
        const total = new Map(xs.map((x) => [x.key, x.total]));
        for (let i = 1; i < a.length; i++) {
          expect(total.get(a[i]!.key)!).toBeLessThanOrEqual(total.get(a[i - 1]!.key)!);
          expect(a[i]!.rank).toBeGreaterThanOrEqual(a[i - 1]!.rank);
        }
      }),
    );
  });
});
