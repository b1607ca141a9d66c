import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addCard, readCards } from '@shared/doc/board';
import { readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { HostProcess } from './support/host-process';
import { clientOn, createEventOn, hostApi, joinOn, startHostProcess, until } from './support/host-process';
import { authorOf } from './support/honest';
import { bulkUpdate, cardsUpdate, rawClient } from './support/raw-sync';

const MiB = 1024 * 1024;
const UPDATE = Math.round(1.9 * MiB);
let host: HostProcess | null = null;
afterEach(async () => {
  await host?.stop();
  host = null;
});

async function boardOf(h: HostProcess, eventId: string): Promise<string> {
  const plan = clientOn(h, `${eventId}/plan`, h.facilitatorToken);
  await plan.ready;
  const id = readPlan(plan.doc).boards[0]!.id;
  plan.destroy();
  return `${eventId}/board/${id}`;
}

const fileSize = async (h: HostProcess, eventId: string) => (await stat(join(h.dataDir, 'events', `${eventId}.veche`))).size;

/** Sends `count` 1.9 MiB updates as fast as the socket takes them, then waits until the host has seen them all. */
async function flood(h: HostProcess, room: string, token: string, count: number) {
  const raw = await rawClient(h, room, token);
  // On a board, cards signed by the writer (anything else is refused by the update guard before any
  // budget is reached); in a person room, any bytes.
  const author = room.includes('/board/') ? await authorOf(h, token) : null;
  for (let i = 0; i < count; i++) raw.sendUpdate(author ? cardsUpdate(UPDATE, author) : bulkUpdate(UPDATE));
  await until(() => raw.ws.bufferedAmount === 0, 'flood sent', 30_000);
  await until(() => raw.notices.length > 0, 'a refusal notice', 10_000);
  return raw;
}

/** An honest pair: a card written by one reaches the other, and a late joiner sees it too. */
async function honestStillSyncs(h: HostProcess, room: string, code: string, text: string): Promise<void> {
  const a = await joinOn(h, code, 'Честная');
  const b = await joinOn(h, code, 'Честный');
  const ca = clientOn(h, room, a.token);
  const cb = clientOn(h, room, b.token);
  await Promise.all([ca.ready, cb.ready]);
  addCard(ca.doc, { text, ...(await authorOf(h, a.token)) }, LOCAL_ORIGIN);
  await until(() => readCards(cb.doc).some((c) => c.text === text), 'the honest card reached the other client');
  ca.destroy();
  cb.destroy();
}

async function saveAsWorks(h: HostProcess, eventId: string): Promise<void> {
  const res = await fetch(`${h.base}/api/events/${eventId}/file`, { headers: { authorization: `Bearer ${h.facilitatorToken}` } });
  expect(res.status).toBe(200);
  expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
}

describe('bounded growth', () => {
  it('a participant streaming 1.9 MiB updates into a board and their own room is refused past the budget; the file stays bounded', async () => {
    host = await startHostProcess();
    const ev = await createEventOn(host);
    const board = await boardOf(host, ev.id);
    const attacker = await joinOn(host, ev.joinCode, 'Поток');
    const before = await fileSize(host, ev.id);

    const onBoard = await flood(host, board, attacker.token, 12);
    const onSelf = await flood(host, `${ev.id}/person/${attacker.personId}`, attacker.token, 6);
    expect(onBoard.notices.some((n) => n === 'rate' || n === 'person-budget' || n === 'room-budget')).toBe(true);
    expect(onSelf.notices.some((n) => n === 'rate' || n === 'person-budget' || n === 'room-budget')).toBe(true);

    await honestStillSyncs(host, board, ev.joinCode, 'после потока');
    // 18 × 1.9 MiB = 34 MiB were sent; the defaults let through a 4 MiB burst plus 256 KiB/s.
    const grown = (await fileSize(host, ev.id)) - before;
    expect(grown).toBeLessThan(16 * MiB);
    await saveAsWorks(host, ev.id);
    onBoard.close();
    onSelf.close();
    expect(host.alive()).toBe(true);
  });

  it('a room stops at its budget for everyone who writes to it, and "Save as" still works', async () => {
    host = await startHostProcess({ args: ['--room-mib', '6', '--rate-kib', '1000000', '--person-mib', '1000'] });
    const ev = await createEventOn(host);
    const board = await boardOf(host, ev.id);
    const one = await joinOn(host, ev.joinCode, 'Первый');
    const two = await joinOn(host, ev.joinCode, 'Второй');
    const a = await flood(host, board, one.token, 4);
    const b = await flood(host, board, two.token, 4);
    expect([...a.notices, ...b.notices]).toContain('room-budget');
    // 15.2 MiB were offered to a 6 MiB room; a fresh clone measured 9.7 MiB of file (the room's
    // accepted updates, plus compaction's snapshot beside the log while it runs). Unbounded growth
    // would keep all 15.2 MiB.
    expect(await fileSize(host, ev.id)).toBeLessThan(12 * MiB);

    const late = clientOn(host, board, host.facilitatorToken);
    await late.ready;
    await saveAsWorks(host, ev.id);
    // Deleting is never refused, even in a full room.
    const cards = late.doc.getMap('cards');
    late.doc.transact(() => [...cards.keys()].forEach((k) => cards.delete(k)));
    await honestStillSyncs(host, board, ev.joinCode, 'после уборки');
    const r = await hostApi(host, 'GET', '/api/health');
    expect(r.status).toBe(200);
    late.destroy();
    a.close();
    b.close();
  });
});
