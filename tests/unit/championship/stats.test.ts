import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averageRanks,
  iqr,
  kendallW,
  kendallWFromRanks,
  mean,
  median,
  populationSd,
  quantile,
  tieCorrection,
  trimmedMean,
  zScores,
} from '@shared/championship/stats';

describe("Kendall's W", () => {
  it('matches a worked example: 3 judges rank 6 entries without ties', () => {
    // Ranks (judge × entry):  A 1 2 3 4 5 6 · B 2 1 4 3 6 5 · C 1 3 2 5 4 6
    // R = 4, 6, 9, 12, 15, 17;  R̄ = m(n+1)/2 = 3·7/2 = 10.5
    // S = 6.5² + 4.5² + 1.5² + 1.5² + 4.5² + 6.5² = 42.25+20.25+2.25+2.25+20.25+42.25 = 129.5
    // W = 12S / (m²(n³−n)) = 1554 / (9·210) = 1554 / 1890 = 0.8222…
    const w = kendallWFromRanks([
      [1, 2, 3, 4, 5, 6],
      [2, 1, 4, 3, 6, 5],
      [1, 3, 2, 5, 4, 6],
    ]);
    expect(w).toBeCloseTo(1554 / 1890, 12);
  });

  it('applies the tie correction: 3 judges, 4 entries, two judges with a tie', () => {
    // A 1 2 3 4 · B 1.5 1.5 3 4 · C 1 2.5 2.5 4
    // R = 3.5, 6, 8.5, 12;  R̄ = 3·5/2 = 7.5;  S = 16 + 2.25 + 1 + 20.25 = 39.5
    // T_B = 2³−2 = 6, T_C = 6, ΣT = 12;  denominator = 9·(64−4) − 3·12 = 504
    // W = 12·39.5 / 504 = 474 / 504 = 0.94048…  (without the correction: 474/540 = 0.8778)
    const w = kendallWFromRanks([
      [1, 2, 3, 4],
      [1.5, 1.5, 3, 4],
      [1, 2.5, 2.5, 4],
    ]);
    expect(w).toBeCloseTo(474 / 504, 12);
  });

  it('ranks scores so the highest score is rank 1, ties averaged, before W', () => {
    // Scores that give exactly the tie example's ranks.
    const w = kendallW([
      [9, 8, 7, 6],
      [9, 9, 7, 6],
      [10, 8, 8, 1],
    ]);
    expect(w).toBeCloseTo(474 / 504, 12);
  });

  it('is 1 for identical rankings, 0 for two opposite ones, undefined for one judge', () => {
    expect(
      kendallWFromRanks([
        [1, 2, 3],
        [1, 2, 3],
        [1, 2, 3],
      ]),
    ).toBeCloseTo(1, 12);
    expect(
      kendallWFromRanks([
        [1, 2, 3, 4],
        [4, 3, 2, 1],
      ]),
    ).toBeCloseTo(0, 12);
    expect(kendallWFromRanks([[1, 2, 3]])).toBeNull();
    expect(
      kendallWFromRanks([
        [1, 1],
        [1, 1],
      ]),
    ).toBeNull();
  });

  it('stays within 0..1 and ignores the order of judges (property)', () => {
    const judges = fc
      .integer({ min: 2, max: 6 })
      .chain((n) => fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }), { minLength: 2, maxLength: 6 }));
    fc.assert(
      fc.property(judges, (scores) => {
        const w = kendallW(scores);
        if (w === null) return;
        expect(w).toBeGreaterThanOrEqual(-1e-12);
        expect(w).toBeLessThanOrEqual(1 + 1e-12);
        expect(kendallW([...scores].reverse())).toBeCloseTo(w, 9);
      }),
    );
  });
});

describe('ranks and quartiles', () => {
  it('gives tied values the mean of their ranks', () => {
    expect(averageRanks([10, 8, 8, 5])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([1, 2, 2, 3], false)).toEqual([1, 2.5, 2.5, 4]);
    expect(tieCorrection([1, 2.5, 2.5, 4])).toBe(6);
  });

  it('rank sums are n(n+1)/2 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 20 }), (xs) => {
        const n = xs.length;
        expect(averageRanks(xs).reduce((a, b) => a + b, 0)).toBeCloseTo((n * (n + 1)) / 2, 9);
      }),
    );
  });

  it('interpolates quartiles linearly (type 7)', () => {
    // [1,2,3,4]: Q1 at h = 0.75 → 1.75; Q3 at h = 2.25 → 3.25; IQR 1.5
    expect(quantile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75);
    expect(iqr([1, 2, 3, 4])).toBeCloseTo(1.5);
    expect(median([5, 1, 3])).toBe(3);
  });
});

describe('z-scores and trimmed means', () => {
  it('standardises a worked example with the population sd', () => {
    // 2 4 4 4 5 5 7 9: mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sd = √(32/8) = 2
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(xs)).toBe(5);
    expect(populationSd(xs)).toBe(2);
    expect(zScores(xs)).toEqual([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]);
  });

  it('makes a strict and a lenient juror with the same order weigh the same', () => {
    // strict: 0.2 0.4 0.6 (mean 0.4); lenient: 0.6 0.8 1.0 (mean 0.8); both sd √(0.08/3)
    const strict = zScores([0.2, 0.4, 0.6]);
    const lenient = zScores([0.6, 0.8, 1.0]);
    strict.forEach((z, i) => expect(z).toBeCloseTo(lenient[i]!, 12));
    expect(strict[0]).toBeCloseTo(-Math.sqrt(1.5), 12);
  });

  it('gives all zeros to a juror who scored everything the same', () => {
    expect(zScores([3, 3, 3])).toEqual([0, 0, 0]);
  });

  it('z-scores have mean 0 and sd 1 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 30 }), (xs) => {
        const z = zScores(xs);
        if (z.every((x) => x === 0)) return;
        expect(mean(z)).toBeCloseTo(0, 9);
        expect(populationSd(z)).toBeCloseTo(1, 9);
      }),
    );
  });

  it('drops k highest and lowest only when 2k + 1 values remain', () => {
    expect(trimmedMean([1, 5, 6, 7, 100], 1)).toBe(6);
    expect(trimmedMean([1, 100], 1)).toBe(50.5);
  });

  it('a trimmed mean lies between the smallest and largest value (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 5 }), (xs, k) => {
        const t = trimmedMean(xs, k);
        expect(t).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-9);
        expect(t).toBeLessThanOrEqual(Math.max(...xs) + 1e-9);
      }),
    );
  });
});
