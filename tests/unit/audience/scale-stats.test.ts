import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleDistribution } from '@shared/audience/scale-stats';

describe('the scale distribution', () => {
  it('counts each value overall and within each group, with means, groups in the plan’s order and no group last', () => {
    const d = scaleDistribution(
      [
        { value: 1, group: 'business' },
        { value: 10, group: 'residents' },
        { value: 8, group: 'residents' },
        { value: 8, group: null },
      ],
      1,
      10,
      ['residents', 'authorities', 'business'],
    );
    expect(d.count).toBe(4);
    expect(d.overall).toEqual([1, 0, 0, 0, 0, 0, 0, 2, 0, 1]);
    expect(d.mean).toBe(6.75);
    expect(d.byGroup.map((g) => g.group)).toEqual(['residents', 'business', null]);
    expect(d.byGroup[0]).toMatchObject({ count: 2, mean: 9 });
    expect(d.byGroup[0]!.counts[10 - 1]).toBe(1);
  });

  it('ignores values out of range or not whole', () => {
    const d = scaleDistribution(
      [
        { value: 0, group: null },
        { value: 11, group: null },
        { value: 5.5, group: null },
        { value: Number.NaN, group: null },
        { value: 5, group: null },
      ],
      1,
      10,
    );
    expect(d.count).toBe(1);
    expect(d.mean).toBe(5);
  });

  it('has no mean without answers', () => {
    expect(scaleDistribution([], 0, 5)).toMatchObject({ count: 0, mean: null, overall: [0, 0, 0, 0, 0, 0], byGroup: [] });
  });

  it('groups add up to the whole, whatever the answers', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ value: fc.integer({ min: -2, max: 12 }), group: fc.constantFrom(null, 'a', 'b', 'c') })), (answers) => {
        const d = scaleDistribution(answers, 1, 10, ['b', 'a']);
        const sum = d.overall.map((_, i) => d.byGroup.reduce((s, g) => s + g.counts[i]!, 0));
        expect(sum).toEqual(d.overall);
        expect(d.count).toBe(answers.filter((a) => a.value >= 1 && a.value <= 10).length);
        expect(d.byGroup.reduce((s, g) => s + g.count, 0)).toBe(d.count);
      }),
    );
  });
});
