import { describe, expect, it } from 'vitest';
import type { ScoreTable } from '@shared/championship/aggregate';
import { aggregate, bordaPoints } from '@shared/championship/aggregate';
import { cutAt, finalists } from '@shared/championship/advance';
import { diffMarks, flatten } from '@shared/championship/audit';
import type { Criterion, CriterionId } from '@shared/championship/model';
import { levelFor, parseLevels, roundTeamIds, weightsOffOne } from '@shared/championship/model';
import { formatDate, formatMark, formatScore } from '@shared/championship/number-format';
import { queueStatus } from '@shared/championship/pitch-doc';
import { onPanel } from '@shared/doc/championship';

/** The worked examples of docs/championship.md, with every number written out. One criterion 0–10, weight 1, so a total is mark / 10. */

const C: Criterion = { id: 'c' as CriterionId, title: 'c', description: '', min: 0, max: 10, weight: 1, order: 'a' };
const one = (marks: Record<string, Record<string, number>>, entries: string[], recused: Record<string, string[]> = {}): ScoreTable => ({
  criteria: [C],
  entries,
  scorers: Object.keys(marks),
  marks: Object.fromEntries(Object.entries(marks).map(([j, byE]) => [j, Object.fromEntries(Object.entries(byE).map(([e, s]) => [e, { c: s }]))])),
  recused,
});
const totals = (t: ScoreTable, opts: Parameters<typeof aggregate>[1]) => Object.fromEntries(aggregate(t, opts).map((a) => [a.entry, a.total]));

describe('worked examples', () => {
  it('z-scores: a wide-ranging juror no longer outweighs a narrow one, and the order flips', () => {
    // J1 (narrow): A 10, B 9, C 8 → 1.0, 0.9, 0.8; mean 0.9, sd √(0.02/3) = 0.0816497 → z 1.2247449, 0, −1.2247449.
    // J2 (wide):   A 3,  B 5, C 0 → 0.3, 0.5, 0.0; mean 0.2666667, sd √(0.1266667/3) = 0.2054805 → z 0.1622214, 1.1355499, −1.2977713.
    const t = one({ j1: { A: 10, B: 9, C: 8 }, j2: { A: 3, B: 5, C: 0 } }, ['A', 'B', 'C']);
    const raw = totals(t, { normalisation: 'none', trim: 0 });
    expect(raw.A).toBeCloseTo(0.65, 12); // (1.0 + 0.3) / 2
    expect(raw.B).toBeCloseTo(0.7, 12); // (0.9 + 0.5) / 2 — B first on raw means
    const z = totals(t, { normalisation: 'zscore', trim: 0 });
    expect(z.A).toBeCloseTo((1.2247449 + 0.1622214) / 2, 6); // 0.6934831 — A first after z-scoring
    expect(z.B).toBeCloseTo((0 + 1.1355499) / 2, 6); // 0.5677750
    expect(z.C).toBeCloseTo((-1.2247449 - 1.2977713) / 2, 6); // −1.2612581
  });

  it('trimmed mean: with trim 1 and five jurors the highest and lowest totals are dropped', () => {
    // Totals 0.2, 0.6, 0.7, 0.8, 1.0: plain mean 0.66; trimmed (0.6 + 0.7 + 0.8) / 3 = 0.7, counted 3.
    const t = one({ j1: { A: 2 }, j2: { A: 6 }, j3: { A: 7 }, j4: { A: 8 }, j5: { A: 10 } }, ['A']);
    expect(aggregate(t, { normalisation: 'none', trim: 0 })[0]).toMatchObject({ total: expect.closeTo(0.66, 12), scorers: 5 });
    expect(aggregate(t, { normalisation: 'none', trim: 1 })[0]).toMatchObject({ total: expect.closeTo(0.7, 12), scorers: 3 });
    // With trim 2, four jurors are fewer than 2k + 1 = 5: the plain mean (0.2 + 0.6 + 0.7 + 0.8) / 4 = 0.575.
    const four = one({ j1: { A: 2 }, j2: { A: 6 }, j3: { A: 7 }, j4: { A: 8 } }, ['A']);
    expect(aggregate(four, { normalisation: 'none', trim: 2 })[0]).toMatchObject({ total: expect.closeTo(0.575, 12), scorers: 4 });
  });

  it('Borda: points by place in each juror’s ranking (ties share the mean rank), mean over jurors', () => {
    // J1: A 9 > B 7 > C 5 > D 1 → A 3, B 2, C 1, D 0.
    // J2: B 8 > A 6 > D 4 > C 2 → B 3, A 2, D 1, C 0.
    // J3: A 9 > B 6 = C 6 > D 3 → A 3, B and C share ranks 2–3 (2.5) → 1.5 each, D 0.
    const t = one({ j1: { A: 9, B: 7, C: 5, D: 1 }, j2: { A: 6, B: 8, C: 2, D: 4 }, j3: { A: 9, B: 6, C: 6, D: 3 } }, ['A', 'B', 'C', 'D']);
    expect(bordaPoints({ j3: { A: 0.9, B: 0.6, C: 0.6, D: 0.3 } })).toEqual({ j3: { A: 3, B: 1.5, C: 1.5, D: 0 } });
    const b = totals(t, { normalisation: 'none', trim: 1, aggregation: 'borda' });
    expect(b.A).toBeCloseTo(8 / 3, 12); // (3 + 2 + 3) / 3 = 2.6667
    expect(b.B).toBeCloseTo(6.5 / 3, 12); // (2 + 3 + 1.5) / 3 = 2.1667
    expect(b.C).toBeCloseTo(2.5 / 3, 12); // (1 + 0 + 1.5) / 3 = 0.8333
    expect(b.D).toBeCloseTo(1 / 3, 12); // (0 + 1 + 0) / 3 = 0.3333 — trim is ignored under Borda
  });

  it('panels: each team is scored only by its panel; z-scores standardise within what each juror scored', () => {
    // Panel 1 (J1, J2) scores A and B; panel 2 (J3, J4) scores C and D. Outside its panel a juror counts as recused.
    const panels = { r: { j1: ['A', 'B'], j2: ['A', 'B'], j3: ['C', 'D'], j4: ['C', 'D'] } } as never;
    const teams = ['A', 'B', 'C', 'D'];
    const recused = Object.fromEntries(['j1', 'j2', 'j3', 'j4'].map((j) => [j, teams.filter((tm) => !onPanel({ panels }, 'r', j, tm))]));
    expect(recused).toEqual({ j1: ['C', 'D'], j2: ['C', 'D'], j3: ['A', 'B'], j4: ['A', 'B'] });
    // J1: A 8, B 6; J2: A 7, B 7; J3: C 9, D 5; J4: C 6, D 6 (a stray mark of J1 on C does not count).
    const t = one({ j1: { A: 8, B: 6, C: 10 }, j2: { A: 7, B: 7 }, j3: { C: 9, D: 5 }, j4: { C: 6, D: 6 } }, teams, recused);
    const raw = aggregate(t, { normalisation: 'none', trim: 0 });
    expect(raw.map((a) => [a.entry, a.scorers])).toEqual([
      ['A', 2],
      ['B', 2],
      ['C', 2],
      ['D', 2],
    ]);
    expect(raw.map((a) => a.total)).toEqual([expect.closeTo(0.75, 12), expect.closeTo(0.65, 12), expect.closeTo(0.75, 12), expect.closeTo(0.55, 12)]);
    // z: J1 A +1, B −1; J2 sd 0 → 0, 0; J3 C +1, D −1; J4 0, 0 → A 0.5, B −0.5, C 0.5, D −0.5.
    expect(aggregate(t, { normalisation: 'zscore', trim: 0 }).map((a) => a.total)).toEqual([0.5, -0.5, 0.5, -0.5].map((x) => expect.closeTo(x, 12)));
  });
});

describe('the rest of the jury record', () => {
  it('one number format everywhere: decimal comma and a true minus in Russian, "—" for missing', () => {
    expect(formatScore(0.765, 'ru')).toBe('0,765');
    expect(formatScore(0.765, 'en')).toBe('0.765');
    expect(formatScore(-0.408, 'ru')).toBe('−0,408');
    expect(formatScore(null, 'ru')).toBe('—');
    expect(formatScore(Number.NaN, 'ru')).toBe('—');
    expect(formatScore(Number.POSITIVE_INFINITY, 'en')).toBe('—');
    expect(formatScore(-0.0001, 'ru')).toBe('0,000');
    expect(formatMark(7.5, 'ru')).toBe('7,5');
    expect(formatDate(new Date(2026, 11, 2), 'ru')).toBe('02.12.2026');
    expect(formatDate(new Date(2026, 11, 2), 'en')).toBe('2026-12-02');
  });

  it('a round made before its teams takes every team; a listed team since deleted is left out', () => {
    const teams = [{ id: 'a' }, { id: 'b' }];
    expect(roundTeamIds({ teamIds: [] }, teams)).toEqual(['a', 'b']);
    expect(roundTeamIds({ teamIds: ['b', 'gone'] as never }, teams)).toEqual(['b']);
  });

  it('weights that do not add up to 1 are flagged', () => {
    expect(weightsOffOne([{ weight: 0.25 }, { weight: 0.75 }])).toBe(false);
    expect(weightsOffOne([{ weight: 1 }, { weight: 1 }])).toBe(true);
    expect(weightsOffOne([])).toBe(false);
  });

  it('the audit diff lists each change old → new, in key order', () => {
    const before = flatten({ 'r:a': { c1: { score: 7 } }, 'r:b': { c1: { score: 3 } } });
    const after = flatten({ 'r:a': { c1: { score: 9 } }, 'r:b': {}, 'r:c': { c1: { score: 5 } } });
    expect(diffMarks(before, after)).toEqual([
      { entry: 'r:a', criterionId: 'c1', old: 7, new: 9 },
      { entry: 'r:b', criterionId: 'c1', old: 3, new: null },
      { entry: 'r:c', criterionId: 'c1', old: null, new: 5 },
    ]);
  });

  it('stages: the top N go through; a tie at the cut is shown and must be settled by the chair', () => {
    const rows = [
      { teamId: 'a', rank: 1 },
      { teamId: 'b', rank: 2 },
      { teamId: 'c', rank: 3 },
      { teamId: 'd', rank: 3 },
      { teamId: 'e', rank: 5 },
    ];
    expect(finalists(rows, 2, undefined)).toEqual({ ok: true, teams: ['a', 'b'] });
    expect(cutAt(rows, 3)).toEqual({ sure: ['a', 'b'], tied: ['c', 'd'], slots: 1 });
    expect(finalists(rows, 3, undefined).ok).toBe(false);
    expect(finalists(rows, 3, ['e']).ok).toBe(false);
    expect(finalists(rows, 3, ['d'])).toEqual({ ok: true, teams: ['a', 'b', 'd'] });
    expect(finalists(rows, 4, undefined)).toEqual({ ok: true, teams: ['a', 'b', 'c', 'd'] });
  });

  it('rubric levels: parsed from "mark: text" lines on the scale, the highest at or below the mark applies', () => {
    const levels = parseLevels('0: нет решения\n5 — есть идея\n8: проработано, с цифрами\n12: вне шкалы', 0, 10);
    expect(levels.map((l) => l.score)).toEqual([0, 5, 8]);
    expect(levelFor(levels, 7)?.text).toBe('есть идея');
    expect(levelFor(levels, null)).toBeNull();
  });

  it('"3rd of 4" only while the team is still to present', () => {
    const p = { roundId: null, queue: ['a', 'b', 'c', 'd'] as never[], current: 3, phase: 'questions' as const, presentSec: 0, questionsSec: 0, seed: null };
    expect(queueStatus(p, 'c')).toEqual({ kind: 'done' });
    expect(queueStatus(p, 'd')).toEqual({ kind: 'now' });
    expect(queueStatus({ ...p, phase: 'done' }, 'd')).toEqual({ kind: 'done' });
    expect(queueStatus({ ...p, current: 1, phase: 'presenting' }, 'c')).toEqual({ kind: 'waiting', place: 3, total: 4 });
  });
});
