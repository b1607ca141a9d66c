import { describe, expect, it } from 'vitest';
import { readPlan } from '@shared/doc/plan';
import type { EventSummary } from '@shared/protocol/api';
import type { TestHost } from './helpers/host';
import { api, connect, startTestHost, synced } from './helpers/host';

/** Every room of an event as the host's own clients see it: plan, boards and results. */
async function roomStates(host: TestHost, eventId: string): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  const plan = connect(host, `${eventId}/plan`, host.facilitatorToken);
  await synced(plan.provider);
  const names = ['plan', 'results', ...readPlan(plan.doc).boards.map((b) => `board/${b.id}`)];
  for (const rel of names) {
    const c = connect(host, `${eventId}/${rel}`, host.facilitatorToken);
    await synced(c.provider);
    out.set(rel, c.doc.toJSON());
    c.provider.destroy();
  }
  plan.provider.destroy();
  return out;
}

describe('the event file', () => {
  it('saved on one host and opened on another with another data folder gives the same docs', async () => {
    const first = await startTestHost({ demo: true });
    const events = (await api<{ events: EventSummary[] }>(first, 'GET', '/api/events', { token: first.facilitatorToken })).body.events;
    const strategy = events.find((e) => e.format === 'strategy')!;
    const res = await fetch(`${first.base}/api/events/${strategy.id}/file`, { headers: { authorization: `Bearer ${first.facilitatorToken}` } });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const before = await roomStates(first, strategy.id);
    await first.stop();

    const second = await startTestHost();
    const imported = await fetch(`${second.base}/api/events/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${second.facilitatorToken}`, 'content-type': 'application/x-veche' },
      body: bytes,
    });
    expect(imported.status).toBe(201);
    const { id } = (await imported.json()) as { id: string };
    const after = await roomStates(second, id);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [rel, json] of before) expect(after.get(rel), rel).toEqual(json);
    const summary = (await api<EventSummary>(second, 'GET', `/api/events/${id}`, { token: second.facilitatorToken })).body;
    expect(summary.title).toBe(strategy.title);
    expect(summary.participants).toBe(strategy.participants);
    await second.stop();
  });

  it('refuses a file that is not an event and leaves the library as it was', async () => {
    const host = await startTestHost();
    const junk = new TextEncoder().encode('<?xml version="1.0"?><not-an-event/>');
    const r = await fetch(`${host.base}/api/events/import`, { method: 'POST', headers: { authorization: `Bearer ${host.facilitatorToken}` }, body: junk });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/event file/i);
    expect((await api<{ events: unknown[] }>(host, 'GET', '/api/events', { token: host.facilitatorToken })).body.events).toHaveLength(0);
    await host.stop();
  });
});
