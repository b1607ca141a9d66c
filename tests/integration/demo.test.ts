import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStages } from '../../shared/doc/agenda';
import { readPlan } from '../../shared/doc/plan';
import { readTree } from '../../shared/doc/tree';
import { readVoteResults, readVotes } from '../../shared/doc/voting';
import { readTimer } from '../../shared/doc/session';
import type { EventSummary } from '../../shared/protocol/api';
import type { TestHost } from './helpers/host';
import { api, connect, startTestHost, synced } from './helpers/host';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ demo: true });
});
afterAll(() => host.stop());

async function open(room: string) {
  const c = connect(host, room, host.facilitatorToken);
  await synced(c.provider);
  return c;
}

describe('the --demo strategy session', () => {
  it('holds an agenda with a running stage, grids, a 20+ node problem tree, its goal tree and a closed vote', async () => {
    const events = (await api<{ events: EventSummary[] }>(host, 'GET', '/api/events', { token: host.facilitatorToken })).body.events;
    const strategy = events.find((e) => e.format === 'strategy')!;
    const plan = await open(`${strategy.id}/plan`);
    const snapshot = readPlan(plan.doc);
    expect(snapshot.teams.map((t) => t.name)).toEqual(['Каргопольский район', 'Няндомский район', 'Плесецкий район']);
    expect(readStages(plan.doc).length).toBeGreaterThanOrEqual(8);
    expect(readTimer(plan.doc).state).toBe('running');
    const kinds = snapshot.boards.map((b) => b.kind);
    expect(kinds).toEqual(expect.arrayContaining(['grid', 'problem-tree', 'goal-tree']));

    const problem = snapshot.boards.find((b) => b.kind === 'problem-tree')!;
    const goal = snapshot.boards.find((b) => b.kind === 'goal-tree')!;
    expect(goal.sourceBoardId).toBe(problem.id);
    const pt = await open(`${strategy.id}/board/${problem.id}`);
    expect(readTree(pt.doc).flat.length).toBeGreaterThanOrEqual(20);
    const gt = await open(`${strategy.id}/board/${goal.id}`);
    expect(readTree(gt.doc).flat.length).toBe(readTree(pt.doc).flat.length);

    const [vote] = readVotes(plan.doc);
    expect(vote!.state).toBe('closed');
    const results = await open(`${strategy.id}/results`);
    const published = readVoteResults(results.doc, vote!.id)!;
    expect(published.items.length).toBeGreaterThan(3);
    expect(Object.keys(published.votersByGroup).length).toBeGreaterThanOrEqual(4);
    for (const c of [plan, pt, gt, results]) c.provider.destroy();
  });
});
