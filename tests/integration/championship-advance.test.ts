import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { ChampStatus } from '@shared/championship/api';
import type { Criterion, Entry } from '@shared/championship/model';
import { entryKey } from '@shared/championship/model';
import type { PublishedLeaderboard } from '@shared/championship/results-doc';
import { addCriterion, addRound, readCriteria, readRound } from '@shared/doc/championship';
import { setScore } from '@shared/championship/scores-doc';
import { addTeam } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventSummary } from '@shared/protocol/api';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, startTestHost, synced } from './helpers/host';

/**
 * Stages end to end on the real host: a qualifier is scored and revealed with two teams sharing the
 * place at the cut; the final's top 2 is refused until the chair picks one of them, then the final
 * holds exactly the chosen teams, and its own reveal ranks only those.
 */

const JUROR = { teamId: null, peer: false } as const;

describe('a qualifier feeds the final’s top N, the chair settles a tie at the cut', () => {
  let host: TestHost;
  let eventId: string;
  let plan: Y.Doc;
  let criteria: Criterion[];
  let qualifier: string;
  let final: string;
  let teams: Record<'A' | 'B' | 'C' | 'D', string>;
  const jurors: { token: string; personId: string; doc: Y.Doc }[] = [];
  const providers: { destroy(): void }[] = [];

  const post = <T = unknown>(path: string, body: unknown) =>
    api<T>(host, 'POST', `/api/events/${eventId}/championship/${path}`, { token: host.facilitatorToken, body });
  /** Every juror's marks for the round have reached the host: only then may the reveal freeze it. */
  const allScored = (roundId: string, n: number) =>
    eventually(async () => {
      const st = await api<ChampStatus>(host, 'GET', `/api/events/${eventId}/championship/status?round=${roundId}`, { token: host.facilitatorToken });
      expect(st.body.scorers.map((x) => [x.scored, x.total])).toEqual(jurors.map(() => [n, n]));
    });
  const mark = (doc: Y.Doc, roundId: string, team: string, score: number) => {
    const entry: Entry = { key: entryKey(roundId, team), roundId: roundId as never, teamId: team as never };
    expect(setScore(doc, JUROR, entry, criteria[0]!, score, '', LOCAL_ORIGIN).ok).toBe(true);
  };

  beforeAll(async () => {
    host = await startTestHost();
    eventId = (await createEvent(host, 'Этапы', 'championship')).id;
    const c = connect(host, `${eventId}/plan`, host.facilitatorToken);
    providers.push(c.provider);
    plan = c.doc;
    await synced(c.provider);
    // One criterion: equal marks leave nothing for the "by criterion" tie-break, and no deciding order is set.
    expect(addCriterion(plan, { title: 'Решение', description: '', min: 0, max: 10, weight: 1 }, LOCAL_ORIGIN).ok).toBe(true);
    criteria = readCriteria(plan);
    teams = {
      A: addTeam(plan, 'Альфа', '#c33', LOCAL_ORIGIN),
      B: addTeam(plan, 'Бета', '#33c', LOCAL_ORIGIN),
      C: addTeam(plan, 'Гамма', '#3c3', LOCAL_ORIGIN),
      D: addTeam(plan, 'Дельта', '#cc3', LOCAL_ORIGIN),
    };
    qualifier = addRound(plan, { title: 'Отборочный', teamIds: Object.values(teams) as never }, LOCAL_ORIGIN);
    final = addRound(plan, { title: 'Финал' }, LOCAL_ORIGIN);
    const s = (await api<EventSummary>(host, 'GET', `/api/events/${eventId}`, { token: host.facilitatorToken })).body;
    for (const name of ['Анна', 'Борис']) {
      const j = await join(host, s.jurorCode, name);
      const r = connect(host, `${eventId}/person/${j.personId}`, j.token);
      providers.push(r.provider);
      await synced(r.provider);
      jurors.push({ token: j.token, personId: j.personId, doc: r.doc });
    }
  });

  afterAll(async () => {
    for (const p of providers) p.destroy();
    await host.stop();
  });

  it('refuses the final before the qualifier is revealed', async () => {
    expect((await post('advance', { from: qualifier, to: final, top: 2 })).status).toBe(409);
  });

  it('a tie at the cut is named, a wrong pick is refused, the chair’s pick goes through', async () => {
    // Анна: A 9, B 7, C 6, D 2; Борис: A 8, B 5, C 6, D 3 → A 0.85, B 0.6, C 0.6, D 0.25: B and C share 2nd place.
    const marks = { A: [9, 8], B: [7, 5], C: [6, 6], D: [2, 3] } as const;
    for (const [team, [a, b]] of Object.entries(marks)) {
      mark(jurors[0]!.doc, qualifier, teams[team as keyof typeof teams], a);
      mark(jurors[1]!.doc, qualifier, teams[team as keyof typeof teams], b);
    }
    await allScored(qualifier, 4);
    const board = await post<PublishedLeaderboard>('reveal', { mode: 'all', round: qualifier });
    expect(board.status).toBe(200);
    // Tied rows share a place; their order on the board is not part of the rule, so compare by place, then name.
    const byPlace = (rows: { teamName: string; rank: number }[]) =>
      rows.map((x) => [x.teamName, x.rank] as const).sort((p, q) => p[1] - q[1] || p[0].localeCompare(q[0], 'ru'));
    expect(byPlace(board.body.rows)).toEqual([
      ['Альфа', 1],
      ['Бета', 2],
      ['Гамма', 2],
      ['Дельта', 4],
    ]);
    expect(board.body.rows[1]!.total).toBeCloseTo(0.6, 12);
    expect(board.body.rows[2]!.total).toBeCloseTo(0.6, 12);

    const tie = await post<{ error: { message: string } }>('advance', { from: qualifier, to: final, top: 2 });
    expect(tie.status).toBe(409);
    expect(tie.body.error.message).toContain('choose 1 of 2');
    expect(tie.body.error.message).toContain(teams.B);
    expect(tie.body.error.message).toContain(teams.C);
    expect(tie.body.error.message).not.toContain(teams.A);
    // Not a tied team, or both of them for one place: refused, and the final is untouched.
    expect((await post('advance', { from: qualifier, to: final, top: 2, include: [teams.D] })).status).toBe(409);
    expect((await post('advance', { from: qualifier, to: final, top: 2, include: [teams.B, teams.C] })).status).toBe(409);
    expect(readRound(plan, final)!.teamIds).toEqual([]);

    const ok = await post<{ teamIds: string[] }>('advance', { from: qualifier, to: final, top: 2, include: [teams.C] });
    expect(ok.status).toBe(200);
    expect(ok.body.teamIds).toEqual([teams.A, teams.C]);
    await eventually(() => expect(readRound(plan, final)!.teamIds).toEqual([teams.A, teams.C]));
    // A cut that falls between places needs no choice: top 3 takes both tied teams.
    const three = await post<{ teamIds: string[] }>('advance', { from: qualifier, to: final, top: 3 });
    expect([...three.body.teamIds].sort()).toEqual([teams.A, teams.B, teams.C].sort());
    expect((await post('advance', { from: qualifier, to: final, top: 2, include: [teams.C] })).status).toBe(200);
  });

  it('the final is scored and revealed over the chosen teams only', async () => {
    await eventually(() => expect(readRound(plan, final)!.teamIds).toEqual([teams.A, teams.C]));
    mark(jurors[0]!.doc, final, teams.C, 10);
    mark(jurors[0]!.doc, final, teams.A, 4);
    mark(jurors[1]!.doc, final, teams.C, 8);
    mark(jurors[1]!.doc, final, teams.A, 6);
    // A stray mark for a team that did not go through counts for nothing.
    mark(jurors[1]!.doc, final, teams.B, 10);
    await allScored(final, 2);
    const r = await post<PublishedLeaderboard>('reveal', { mode: 'all', round: final });
    expect(r.status).toBe(200);
    expect(r.body.rows.map((x) => [x.teamName, x.rank, x.total])).toEqual([
      ['Гамма', 1, expect.closeTo(0.9, 12)],
      ['Альфа', 2, expect.closeTo(0.5, 12)],
    ]);
  });
});
