import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankEntries } from '@shared/championship/ranking';

const e = (key: string, total: number | null, c = 0) => ({ key, total, criteria: { c } });

describe('ranking and tie-breaks', () => {
  it('breaks a tie by the chosen criterion first', () => {
    const { ranked, ties } = rankEntries([e('x', 0.7, 5), e('y', 0.7, 8), e('z', 0.9)], { tieCriterionId: 'c', decidingOrder: ['x', 'y'] });
    expect(ranked).toEqual([
      { key: 'z', rank: 1, tieBreak: null },
      { key: 'y', rank: 2, tieBreak: 'criterion' },
      { key: 'x', rank: 3, tieBreak: 'criterion' },
    ]);
    expect(ties).toEqual([{ keys: ['y', 'x'], rule: 'criterion', rules: ['criterion'], criterionId: 'c' }]);
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
    const items = fc.uniqueArray(
      fc.record({ key: fc.string({ minLength: 1, maxLength: 3 }), total: fc.integer({ min: 0, max: 5 }), c: fc.integer({ min: 0, max: 3 }) }),
      { selector: (x) => x.key, maxLength: 12 },
    );
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

describe('tie-break labels are honest per row', () => {
  it('a row the criterion separated says so, even when the chair then splits two others of the group', () => {
    // Three teams on 0.7: a has the best criterion mean (9); b and c tie on it (6) and the chair puts c first.
    const { ranked, ties } = rankEntries([e('a', 0.7, 9), e('b', 0.7, 6), e('c', 0.7, 6), e('d', 0.9)], { tieCriterionId: 'c', decidingOrder: ['c', 'b'] });
    expect(ranked).toEqual([
      { key: 'd', rank: 1, tieBreak: null },
      { key: 'a', rank: 2, tieBreak: 'criterion' },
      { key: 'c', rank: 3, tieBreak: 'chair' },
      { key: 'b', rank: 4, tieBreak: 'chair' },
    ]);
    expect(ties).toEqual([{ keys: ['a', 'c', 'b'], rule: 'chair', rules: ['criterion', 'chair'], criterionId: 'c' }]);
  });

  it('rows the chair did not order stay shared beside a row the criterion placed', () => {
    const { ranked, ties } = rankEntries([e('a', 0.5, 9), e('b', 0.5, 6), e('c', 0.5, 6)], { tieCriterionId: 'c', decidingOrder: [] });
    expect(ranked.map((r) => [r.key, r.rank, r.tieBreak])).toEqual([
      ['a', 1, 'criterion'],
      ['b', 2, 'shared'],
      ['c', 2, 'shared'],
    ]);
    expect(ties[0]!.rules).toEqual(['criterion', 'shared']);
  });
});
