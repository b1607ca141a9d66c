import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStages } from '@shared/doc/agenda';
import { readPlan } from '@shared/doc/plan';
import { readTree } from '@shared/doc/tree';
import { readPassport } from '@shared/doc/passport';
import { readVoteResults, readVotes } from '@shared/doc/voting';
import { readTimer } from '@shared/doc/session';
import type { EventSummary } from '@shared/protocol/api';
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

  it('holds a team passport filled from the goal tree, exported as DOCX, PDF, Markdown and the calendar XLSX', async () => {
    const events = (await api<{ events: EventSummary[] }>(host, 'GET', '/api/events', { token: host.facilitatorToken })).body.events;
    const strategy = events.find((e) => e.format === 'strategy')!;
    const plan = await open(`${strategy.id}/plan`);
    const board = readPlan(plan.doc).boards.find((b) => b.kind === 'passport')!;
    expect(board.teamId).toBe(readPlan(plan.doc).teams[0]!.id);
    const doc = await open(`${strategy.id}/board/${board.id}`);
    const passport = readPassport(doc.doc);
    expect(passport.name).toContain('Коммутатор');
    expect(passport.goal.length).toBeGreaterThan(10);
    expect(passport.calendar.length).toBeGreaterThanOrEqual(4);
    const magic: Record<string, number[]> = { docx: [0x50, 0x4b], xlsx: [0x50, 0x4b], pdf: [0x25, 0x50, 0x44, 0x46] };
    for (const ext of ['docx', 'pdf', 'md', 'xlsx']) {
      const res = await fetch(`${host.base}/api/events/${strategy.id}/export/passport-${board.id}.${ext}`, {
        headers: { authorization: `Bearer ${host.facilitatorToken}` },
      });
      expect(res.status, ext).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (magic[ext]) expect([...bytes.slice(0, magic[ext]!.length)], ext).toEqual(magic[ext]);
      else expect(new TextDecoder().decode(bytes)).toContain('Коммутатор');
    }
    const bad = await fetch(`${host.base}/api/events/${strategy.id}/export/passport-${board.id}.svg`, {
      headers: { authorization: `Bearer ${host.facilitatorToken}` },
    });
    expect(bad.status).toBe(400);
    for (const c of [plan, doc]) c.provider.destroy();
  });
});
