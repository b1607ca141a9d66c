import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChampStatus } from '@shared/championship/api';
import type { PublishedLeaderboard } from '@shared/championship/results-doc';
import { readCases, readLeaderboard, readRounds } from '@shared/doc/championship';
import { readBoard, readPlan } from '@shared/doc/plan';
import type { EventSummary } from '@shared/protocol/api';
import type { TestHost } from './helpers/host';
import { api, connect, eventually, startTestHost, synced } from './helpers/host';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ demo: true });
});
afterAll(() => host.stop());

describe('the --demo case championship', () => {
  it('is ready to reveal: released cases, locked solution boards, 4 jurors done, one tie broken by the relevance criterion', async () => {
    const fac = host.facilitatorToken;
    const events = (await api<{ events: EventSummary[] }>(host, 'GET', '/api/events', { token: fac })).body.events;
    const id = events.find((e) => e.format === 'championship')!.id;
    const c = connect(host, `${id}/plan`, fac);
    await synced(c.provider);
    const plan = c.doc;
    expect(readPlan(plan).teams).toHaveLength(6);
    expect(readCases(plan).every((x) => x.released && x.text.length > 0)).toBe(true);
    const round = readRounds(plan)[0]!;
    expect(Object.keys(round.boards)).toHaveLength(18);
    await eventually(() => expect(Object.keys(round.boards).every((b) => readBoard(plan, b)?.locked)).toBe(true));
    const results = connect(host, `${id}/results`, fac);
    await synced(results.provider);
    expect(readLeaderboard(results.doc, round.id)).toBeNull();
    const status = await api<ChampStatus>(host, 'GET', `/api/events/${id}/championship/status?round=${round.id}`, { token: fac });
    expect(status.body.scorers.map((s) => [s.scored, s.total])).toEqual([
      [6, 6],
      [6, 6],
      [6, 6],
      [6, 6],
    ]);
    expect(status.body.kendallW).toBeLessThan(1);
    expect(status.body.kendallW).toBeGreaterThan(0.8);
    const r = await api<PublishedLeaderboard>(host, 'POST', `/api/events/${id}/championship/reveal`, { token: fac, body: { mode: 'all', round: round.id } });
    expect(r.body.rows.map((x) => x.teamName)).toEqual([
      'Двор без забора',
      'Городские советники',
      'Соседский центр',
      'Живые инициативы',
      'Точка сборки',
      'Открытый город',
    ]);
    expect(r.body.tieBreaks).toEqual([expect.objectContaining({ rule: 'criterion', criterionId: 'relevance' })]);
    expect(r.body.rows[1]!.total).toBeCloseTo(r.body.rows[2]!.total!, 9);
    expect(r.body.rows.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    c.provider.destroy();
    results.provider.destroy();
  });
});
