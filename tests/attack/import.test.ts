import { createHash, randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initPlan } from '@shared/doc/plan';
import { HOST_ORIGIN, initMeta } from '@shared/doc/schema';
import type { EventSummary } from '@shared/protocol/api';
import { encodeSnapshotFile } from '../../electron/host/persistence/log-reader';
import type { HostProcess } from './support/host-process';
import { createEventOn, hostApi, joinOn, startHostProcess } from './support/host-process';
import { honestEditArrives, sharedBoard } from './support/honest';
import { eventFileOf, inflatedUpdateV2 } from './support/crafted-file';

let host: HostProcess;
let eventId: string;
let boardId: string;
let anna: string;
let boris: string;

beforeAll(async () => {
  host = await startHostProcess();
  const ev = await createEventOn(host, 'Честное событие');
  eventId = ev.id;
  anna = (await joinOn(host, ev.joinCode, 'Анна')).token;
  boris = (await joinOn(host, ev.joinCode, 'Борис')).token;
  boardId = await sharedBoard(host, eventId, anna);
}, 60_000);
afterAll(() => host?.stop());

async function importBytes(
  bytes: Uint8Array,
): Promise<{ status: number; body: { id?: string; joinCode?: string; error?: { code: string; message: string } } }> {
  const res = await fetch(`${host.base}/api/events/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.facilitatorToken}`, 'content-type': 'application/x-veche' },
    body: bytes,
  });
  return { status: res.status, body: (await res.json()) as never };
}

const eventCount = async () => (await hostApi<{ events: unknown[] }>(host, 'GET', '/api/events', { token: host.facilitatorToken })).body.events.length;

describe('a malicious .veche file', () => {
  it('a 52-byte file declaring 120 million structs is refused with a reason, and the host stays small and up', async () => {
    const bytes = eventFileOf([{ type: 'snapshot', room: 'plan', data: inflatedUpdateV2([120_000_000]) }]);
    expect(bytes.length).toBe(52);
    const before = await host.rss();
    const events = await eventCount();
    const r = await importBytes(bytes);
    expect(r.status).toBe(400);
    expect(r.body.error!.message).toMatch(/120,000,000 changes in \d+ bytes/);
    expect(host.alive()).toBe(true);
    expect((await host.rss()) - before).toBeLessThan(100 * 1024 * 1024);
    expect(await eventCount()).toBe(events);
    await honestEditArrives(host, eventId, boardId, anna, boris, 'после файла-бомбы');
  }, 60_000);

  it('a file whose inflation the byte checks cannot see is stopped by the decoder’s memory or time limit', async () => {
    // One honest-looking writer first; the 120 million sit behind it, where only decoding reaches.
    const bytes = eventFileOf([{ type: 'snapshot', room: 'plan', data: inflatedUpdateV2([1, 120_000_000]) }]);
    const events = await eventCount();
    const r = await importBytes(bytes);
    expect([400, 413]).toContain(r.status);
    expect(r.body.error!.message).toMatch(/cannot be opened as an event: reading it needs more than \d+ MB of memory|took longer/);
    expect(host.alive()).toBe(true);
    expect(await eventCount()).toBe(events);
    await honestEditArrives(host, eventId, boardId, anna, boris, 'после второй бомбы');
  }, 90_000);

  it('brings no tokens, roles or codes: a planted co-facilitator token and chosen codes do not work after import', async () => {
    const plantedToken = randomBytes(32).toString('base64url');
    const chosen = { joinCode: 'PLNT22', jurorCode: 'JURY22', cofacilitatorCode: 'COFA22' };
    const docs = new Map<string, Y.Doc>();
    const plan = new Y.Doc();
    initPlan(plan, 'Подарок', 'strategy', HOST_ORIGIN);
    docs.set('plan', plan);
    const results = new Y.Doc();
    initMeta(results, 'results', HOST_ORIGIN);
    docs.set('results', results);
    const hostDoc = new Y.Doc();
    hostDoc.getMap('meta').set('schemaVersion', 1);
    for (const [k, v] of Object.entries({ ...chosen, archived: false, createdAt: Date.now() })) hostDoc.getMap('meta').set(k, v);
    const tokenHash = createHash('sha256').update(plantedToken).digest('base64url');
    hostDoc.getMap('people').set('mole', { id: 'mole', tokenHash, name: 'Крот', group: null, teamId: null, role: 'cofacilitator', joinedAt: 1 });
    docs.set('_host', hostDoc);
    const r = await importBytes(encodeSnapshotFile(docs));
    expect(r.status).toBe(201);
    const id = r.body.id!;

    // The planted token is nobody, over HTTP and over sync.
    expect((await hostApi(host, 'GET', '/api/me', { token: plantedToken })).status).toBe(401);
    expect((await hostApi(host, 'GET', `/api/events/${id}`, { token: plantedToken })).status).toBe(401);
    const upgrade = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${host.wsBase}/${id}/plan?token=${plantedToken}`);
      ws.once('open', () => (ws.close(), resolve(101)));
      ws.once('unexpected-response', (_q, res) => resolve(res.statusCode ?? 0));
      ws.once('error', () => resolve(0));
    });
    expect(upgrade).toBe(401);

    // The chosen codes open nothing; the event has new ones.
    const summary = (await hostApi<EventSummary>(host, 'GET', `/api/events/${id}`, { token: host.facilitatorToken })).body;
    for (const code of Object.values(chosen)) {
      expect((await hostApi(host, 'GET', `/api/join/${code}`)).status).toBe(404);
      expect((await hostApi(host, 'POST', '/api/join', { body: { code, name: 'Гость' } })).status).toBe(404);
    }
    expect([summary.joinCode, summary.jurorCode, summary.cofacilitatorCode]).not.toContain(chosen.cofacilitatorCode);
    expect(summary.joinCode).not.toBe(chosen.joinCode);
    // The new participant code works as usual.
    expect((await joinOn(host, summary.joinCode, 'Новичок')).eventId).toBe(id);
  }, 60_000);
});
