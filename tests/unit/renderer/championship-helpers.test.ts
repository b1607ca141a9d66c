import { describe, expect, it } from 'vitest';
import type { ChampionshipSnapshot, Criterion, CriterionId, LeaderboardRow, Round, RoundId } from '@shared/doc/championship';
import { entryKey } from '@shared/doc/championship';
import type { PersonId, TeamId } from '@shared/ids';
import { agreementBand, formatW } from '../../../renderer/src/features/championship/agreement';
import { encodeView, parseView } from '../../../renderer/src/features/championship/projector-view';
import { fromLocalInput, phaseAt, secondsLeft, toLocalInput } from '../../../renderer/src/features/championship/time-input';
import { clampScore, dueEntries, recusedFor, scaleStep, stepScore, weightedPreview } from '../../../renderer/src/features/jury/jury-rules';
import { fullyRevealed, leaderboardSlots } from '../../../renderer/src/features/leaderboard/leaderboard-rows';

const R1 = 'r1' as RoundId;
const R2 = 'r2' as RoundId;
const A = 'tA' as TeamId;
const B = 'tB' as TeamId;
const C = 'tC' as TeamId;
const round = (id: RoundId, teamIds: TeamId[]): Round => ({ id, title: id, order: id, teamIds, caseId: null, deadline: null, lockedAt: null, boards: {} });
const crit = (id: string, min: number, max: number, weight = 1): Criterion => ({
  id: id as CriterionId,
  title: id,
  description: '',
  min,
  max,
  weight,
  order: id,
});

describe('host-time inputs', () => {
  it('a deadline typed in the picker reads back to the same second', () => {
    const at = new Date(2026, 10, 21, 15, 4, 9).getTime();
    expect(toLocalInput(at)).toBe('2026-11-21T15:04:09');
    expect(fromLocalInput('2026-11-21T15:04:09')).toBe(at);
    expect(fromLocalInput('2026-11-21T15:04')).toBe(new Date(2026, 10, 21, 15, 4, 0).getTime());
  });

  it('an empty, half-typed or impossible date sets no deadline', () => {
    expect(toLocalInput(null)).toBe('');
    for (const v of ['', '2026-11-2', '2026-02-31T10:00', 'завтра']) expect(fromLocalInput(v)).toBeNull();
  });

  it('before the moment, then after it; seconds left never negative', () => {
    expect(phaseAt(null, 5)).toBe('unset');
    expect(phaseAt(1000, 999)).toBe('before');
    expect(phaseAt(1000, 1000)).toBe('after');
    expect(secondsLeft(10_000, 8_500)).toBe(2);
    expect(secondsLeft(10_000, 20_000)).toBe(0);
  });
});

describe("Kendall's W in words", () => {
  it('bands the coefficient and says nothing when there is none', () => {
    expect([null, undefined, Number.NaN, 0, 0.29, 0.3, 0.49, 0.5, 0.69, 0.7, 1].map(agreementBand)).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'weak',
      'weak',
      'moderate',
      'moderate',
      'good',
      'good',
      'strong',
      'strong',
    ]);
    expect(formatW(0.6234)).toBe('0.62');
    expect(formatW(null)).toBe('—');
  });
});

describe('juror rules', () => {
  const me = 'p1' as PersonId;
  const teams = [{ id: A }, { id: B }, { id: C }];
  const noPanels: Pick<ChampionshipSnapshot, 'panels'> = { panels: {} };

  it('lists every team of every round, and never a peer scorer’s own team', () => {
    const rounds = [round(R1, [A, B, C]), round(R2, [A, C])];
    expect(dueEntries(rounds, teams, noPanels, me).map((e) => e.key)).toEqual(['r1:tA', 'r1:tB', 'r1:tC', 'r2:tA', 'r2:tC']);
    expect(dueEntries(rounds, teams, noPanels, me, A).map((e) => e.key)).toEqual(['r1:tB', 'r1:tC', 'r2:tC']);
  });

  it('a round made before its teams lists every team, as the host counts them', () => {
    expect(dueEntries([round(R1, [])], teams, noPanels, me).map((e) => e.key)).toEqual(['r1:tA', 'r1:tB', 'r1:tC']);
  });

  it('a juror on a panel gets only the panel’s teams; jurors on no panel get all', () => {
    const champ = { panels: { [R1]: { p1: [B as TeamId] } } };
    expect(dueEntries([round(R1, [A, B, C])], teams, champ, me).map((e) => e.key)).toEqual(['r1:tB']);
    expect(dueEntries([round(R1, [A, B, C])], teams, champ, 'p2' as PersonId).map((e) => e.key)).toEqual(['r1:tA', 'r1:tB', 'r1:tC']);
  });

  it('own and facilitator-assigned recusals both apply', () => {
    const set = recusedFor([entryKey(R1, A)], [entryKey(R1, B)]);
    expect([...set].sort()).toEqual(['r1:tA', 'r1:tB']);
  });

  it('steppers walk the scale one point at a time and stop at its ends', () => {
    const c = crit('c', 0, 10);
    expect(scaleStep(c)).toBe(1);
    expect(stepScore(c, null, 1)).toBe(0);
    expect(stepScore(c, null, -1)).toBe(10);
    expect(stepScore(c, 10, 1)).toBe(10);
    expect(stepScore(c, 0, -1)).toBe(0);
    expect(stepScore(c, 4, 1)).toBe(5);
  });

  it('a wide or fractional scale steps by a tenth without float dust', () => {
    const c = crit('c', 0, 1);
    expect(scaleStep(c)).toBe(1);
    const wide = crit('w', 0, 100);
    expect(scaleStep(wide)).toBe(10);
    const frac = crit('f', 0, 0.5);
    expect(stepScore(frac, 0.2, 1)).toBe(0.25);
    expect(clampScore(frac, 0.30000000000000004)).toBe(0.3);
    expect(clampScore(frac, 7)).toBe(0.5);
  });

  it('the weighted preview needs every criterion and weighs by the scale', () => {
    const cs = [crit('a', 0, 10, 3), crit('b', 1, 5, 1)];
    expect(weightedPreview({ a: { score: 10 } }, cs)).toBeNull();
    // The host's own formula on the leaderboard's scale: 3·(10−0)/10 + 1·(1−1)/4 = 3 (of Σw = 4).
    expect(weightedPreview({ a: { score: 10 }, b: { score: 1 } }, cs)).toBe(3);
    expect(weightedPreview(undefined, cs)).toBeNull();
  });
});

describe('leaderboard slots', () => {
  const row = (rank: number, teamId: TeamId, teamName: string): LeaderboardRow => ({
    rank,
    teamId,
    teamName,
    juryTotal: 1,
    total: 1,
    criteria: {},
    scorers: 2,
    audience: null,
    tieBreak: null,
  });

  it('a stepwise reveal keeps the top places hidden and shows the last ones best first', () => {
    expect(leaderboardSlots({ count: 3, rows: [] }).map((s) => s.kind)).toEqual(['hidden', 'hidden', 'hidden']);
    const slots = leaderboardSlots({ count: 3, rows: [row(3, C, 'В'), row(2, B, 'Б')] });
    expect(slots.map((s) => (s.kind === 'row' ? s.row.rank : `?${s.place}`))).toEqual(['?1', 2, 3]);
    expect(fullyRevealed({ count: 3, rows: [row(3, C, 'В'), row(2, B, 'Б')] })).toBe(false);
    expect(fullyRevealed({ count: 2, rows: [row(1, A, 'А'), row(2, B, 'Б')] })).toBe(true);
    expect(fullyRevealed(null)).toBe(false);
  });

  it('shared places sort by name so every screen lists them the same', () => {
    const slots = leaderboardSlots({ count: 2, rows: [row(1, B, 'Яблоко'), row(1, A, 'Арбуз')] });
    expect(slots.map((s) => (s.kind === 'row' ? s.row.teamName : ''))).toEqual(['Арбуз', 'Яблоко']);
  });
});

describe('projector view in the vote id', () => {
  it('round-trips pitch and leaderboard, and leaves a real vote id alone', () => {
    expect(parseView(encodeView({ kind: 'pitch' }))).toEqual({ kind: 'pitch' });
    expect(parseView(encodeView({ kind: 'leaderboard', roundId: R2 }))).toEqual({ kind: 'leaderboard', roundId: R2 });
    expect(parseView('v123')).toEqual({ kind: 'vote', voteId: 'v123' });
    expect(parseView(null)).toEqual({ kind: 'vote', voteId: null });
    expect(parseView('champ:unknown')).toEqual({ kind: 'vote', voteId: null });
  });
});
