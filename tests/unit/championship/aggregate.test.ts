import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Marks, ScoreTable } from '@shared/championship/aggregate';
import { agreement, aggregate, mixAudience, scorerTotals, weightedTotal } from '@shared/championship/aggregate';
import type { Criterion, CriterionId } from '@shared/championship/model';
import { findOutliers } from '@shared/championship/outliers';
import { peerSheets } from '@shared/championship/peer';

const crit = (id: string, min: number, max: number, weight: number): Criterion => ({
  id: id as CriterionId,
  title: id,
  description: '',
  min,
  max,
  weight,
  order: id,
});
const A = crit('a', 0, 10, 0.6);
const B = crit('b', 1, 5, 0.4);

const table = (marks: ScoreTable['marks'], recused: ScoreTable['recused'] = {}, entries = ['r:t1', 'r:t2', 'r:t3']): ScoreTable => ({
  criteria: [A, B],
  entries,
  scorers: Object.keys(marks),
  marks,
  recused,
});

describe('weighted totals', () => {
  it('puts each mark on its own scale before weighting', () => {
    // a: (7−0)/10 = 0.7 × 0.6 = 0.42; b: (4−1)/4 = 0.75 × 0.4 = 0.30 → 0.72
    expect(weightedTotal([A, B], { a: 7, b: 4 })).toBeCloseTo(0.72, 12);
  });

  it('is missing, not zero, when a criterion has no mark', () => {
    expect(weightedTotal([A, B], { a: 7 })).toBeNull();
  });

  it('does not depend on the scale a criterion is marked on (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 5 }), (a, b) => {
        const wide = [crit('a', 0, 100, 0.6), B];
        expect(weightedTotal(wide, { a: a * 10, b })).toBeCloseTo(weightedTotal([A, B], { a, b })!, 12);
      }),
    );
  });
});

describe('aggregation across jurors', () => {
  it('leaves recused and incomplete sheets out instead of counting zero', () => {
    const t = table(
      {
        j1: { 'r:t1': { a: 10, b: 5 }, 'r:t2': { a: 0, b: 1 } },
        j2: { 'r:t1': { a: 0, b: 1 }, 'r:t2': { a: 5 } },
      },
      { j2: ['r:t1'] },
    );
    const [e1, e2, e3] = aggregate(t, { normalisation: 'none', trim: 0 });
    expect(e1!.total).toBeCloseTo(1, 12); // only j1 counts: j2 recused
    expect(e1!.scorers).toBe(1);
    expect(e2!.total).toBeCloseTo(0, 12); // j2's sheet is incomplete
    expect(e3!.total).toBeNull();
    expect(e1!.criteria).toEqual({ a: 10, b: 5 });
  });

  it('z-scores each juror over the entries they scored (worked example)', () => {
    // Totals (0.6·a/10 + 0.4·(b−1)/4): j1 = 1, 0.6, 0.2 → mean 0.6, sd √((0.16+0+0.16)/3) = √(0.32/3);
    // j2 = 0.6, 0.2, 0.1 → mean 0.3, sd √((0.09+0.01+0.04)/3). Entry total = the mean of the two z's.
    const t = table({
      j1: { 'r:t1': { a: 10, b: 5 }, 'r:t2': { a: 10, b: 0 + 1 }, 'r:t3': { a: 10 / 3, b: 1 } },
      j2: { 'r:t1': { a: 10, b: 1 }, 'r:t2': { a: 10 / 3, b: 1 }, 'r:t3': { a: 0, b: 2 } },
    });
    const totals = scorerTotals(t);
    expect(Object.values(totals.j1!).map((x) => +x.toFixed(9))).toEqual([1, 0.6, 0.2]);
    const z = aggregate(t, { normalisation: 'zscore', trim: 0 });
    const sd1 = Math.sqrt(0.32 / 3);
    const m2 = 0.9 / 3;
    const sd2 = Math.sqrt(((0.6 - m2) ** 2 + (0.2 - m2) ** 2 + (0.1 - m2) ** 2) / 3);
    expect(z[0]!.total).toBeCloseTo(((1 - 0.6) / sd1 + (0.6 - m2) / sd2) / 2, 9);
    expect(z[2]!.total).toBeCloseTo(((0.2 - 0.6) / sd1 + (0.1 - m2) / sd2) / 2, 9);
  });

  it('trims the highest and lowest juror when enough remain', () => {
    const marks: Record<string, Record<string, Marks>> = {};
    [0, 5, 6, 7, 10].forEach((a, i) => (marks[`j${i}`] = { 'r:t1': { a, b: 1 } }));
    const [e] = aggregate(table(marks, {}, ['r:t1']), { normalisation: 'none', trim: 1 });
    expect(e!.total).toBeCloseTo(0.6 * 0.6, 12);
    expect(e!.scorers).toBe(3);
  });

  it("a recused juror's marks never change the result (property)", () => {
    const mark = fc.record({ a: fc.integer({ min: 0, max: 10 }), b: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.array(mark, { minLength: 3, maxLength: 3 }), fc.array(mark, { minLength: 3, maxLength: 3 }), mark, (j1, j2, junk) => {
        const base = { j1: { 'r:t1': j1[0]!, 'r:t2': j1[1]!, 'r:t3': j1[2]! }, j2: { 'r:t1': j2[0]!, 'r:t2': j2[1]!, 'r:t3': j2[2]! } };
        const withRecused = table({ ...base, j3: { 'r:t1': junk } }, { j3: ['r:t1'] });
        for (const normalisation of ['none', 'zscore'] as const) {
          const x = aggregate(table(base), { normalisation, trim: 0 });
          const y = aggregate(withRecused, { normalisation, trim: 0 });
          x.forEach((e, i) => expect(y[i]!.total).toBeCloseTo(e.total!, 9));
        }
      }),
    );
  });

  it("Kendall's W uses only jurors who scored every entry", () => {
    const t = table(
      {
        j1: { 'r:t1': { a: 9, b: 5 }, 'r:t2': { a: 5, b: 3 }, 'r:t3': { a: 1, b: 1 } },
        j2: { 'r:t1': { a: 8, b: 5 }, 'r:t2': { a: 6, b: 3 }, 'r:t3': { a: 2, b: 1 } },
        j3: { 'r:t1': { a: 1, b: 1 }, 'r:t2': { a: 9, b: 5 } },
      },
      {},
    );
    expect(agreement(t)).toEqual({ w: 1, scorers: 2 });
  });
});

describe('outliers', () => {
  it('flags a mark far from the others and leaves small disagreements alone', () => {
    const marks: ScoreTable['marks'] = {
      j1: { 'r:t1': { a: 8, b: 4 } },
      j2: { 'r:t1': { a: 8, b: 4 } },
      j3: { 'r:t1': { a: 7, b: 4 } },
      j4: { 'r:t1': { a: 1, b: 3 } },
    };
    const out = findOutliers(table(marks, {}, ['r:t1']));
    expect(out).toEqual([{ scorer: 'j4', entry: 'r:t1', criterionId: 'a', score: 1, median: 8 }]);
  });
});

describe('peer review', () => {
  it('never lets a team score its own entry, and means its members otherwise', () => {
    const members = [
      { personId: 'p1', teamId: 't1' },
      { personId: 'p2', teamId: 't1' },
      { personId: 'p3', teamId: 't2' },
    ];
    const marks = {
      p1: { 'r:t1': { a: 10, b: 5 }, 'r:t2': { a: 4, b: 2 } },
      p2: { 'r:t2': { a: 6, b: 4 } },
      p3: { 'r:t1': { a: 2, b: 1 }, 'r:t2': { a: 10, b: 5 } },
    };
    const s = peerSheets(['t1', 't2'], members, { t1: 'p2' }, false, ['r:t1', 'r:t2'], [A, B], marks, {});
    expect(s.marks['team:t1']).toEqual({ 'r:t2': { a: 5, b: 3 } });
    expect(s.marks['team:t2']).toEqual({ 'r:t1': { a: 2, b: 1 } });
    expect(s.recused['team:t1']).toEqual(['r:t1']);
    const captain = peerSheets(['t1', 't2'], members, { t1: 'p2' }, true, ['r:t1', 'r:t2'], [A, B], marks, {});
    expect(captain.marks['team:t1']).toEqual({ 'r:t2': { a: 6, b: 4 } });
  });
});

describe('audience vote', () => {
  it('is not mixed in at weight 0, and mixes shares at a weight', () => {
    expect(mixAudience([0.5, 0.25], [10, 0], 0, 1, false)).toEqual([0.5, 0.25]);
    // a = 0.2: 0.8·0.5 + 0.2·(10/10) = 0.6; 0.8·0.25 + 0 = 0.2
    const [x, y] = mixAudience([0.5, 0.25], [10, 0], 0.2, 1, false);
    expect(x).toBeCloseTo(0.6, 12);
    expect(y).toBeCloseTo(0.2, 12);
  });
});
