import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addCard, readCards } from '@shared/doc/board';
import { readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PersonId } from '@shared/ids';
import type { HistoryPoint } from '../../electron/host/history/history';
import type { HostProcess } from '../attack/support/host-process';
import { clientOn, createEventOn, hostApi, joinOn, startHostProcess, until } from '../attack/support/host-process';

type Points = { points: HistoryPoint[] };
type Audit = { entries: { action: string; by: string; detail: string }[] };

describe('history and restore (the real host in its own process)', () => {
  let host: HostProcess;
  let dataDir = '';
  afterAll(async () => {
    await host?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('after a wipe by a raw client a restore brings back every card for every client, and survives kill -9 and compaction', { timeout: 120_000 }, async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'veche-history-'));
    host = await startHostProcess({ dataDir });
    const { id: eventId, joinCode } = await createEventOn(host);
    const fac = clientOn(host, `${eventId}/plan`, host.facilitatorToken);
    await fac.ready;
    const boardId = readPlan(fac.doc).boards[0]!.id;
    const room = `${eventId}/board/${boardId}`;
    const board = clientOn(host, room, host.facilitatorToken);
    await board.ready;
    const ana = await joinOn(host, joinCode, 'Анна');
    for (let i = 0; i < 15; i++) addCard(board.doc, { text: `карточка ${i}`, authorId: ana.personId as PersonId, authorName: 'Анна' }, LOCAL_ORIGIN);
    // A participant's wipe is refused by the update guard (update-guard.test.ts); a co-facilitator may
    // edit anything, so a raw client with their token is the wipe the history has to undo.
    const list = await hostApi<{ events: { id: string; cofacilitatorCode: string }[] }>(host, 'GET', '/api/events', { token: host.facilitatorToken });
    const vandal = await joinOn(host, list.body.events.find((e) => e.id === eventId)!.cofacilitatorCode, 'Вандал');
    const raw = clientOn(host, room, vandal.token);
    await raw.ready;
    await until(() => readCards(raw.doc).length === 15, 'the vandal to see 15 cards');

    const api = <T>(method: string, path: string) => hostApi<T>(host, method, `/api/events/${eventId}${path}`, { token: host.facilitatorToken });
    const point = await api<HistoryPoint>('POST', `/boards/${boardId}/history`);
    expect(point.status).toBe(201);
    expect(point.body).toMatchObject({ cards: 15, reason: 'manual' });

    // One transaction empties the board.
    const cards = raw.doc.getMap('cards');
    raw.doc.transact(() => [...cards.keys()].forEach((k) => cards.delete(k)));
    await until(() => readCards(board.doc).length === 0, 'the wipe to reach the facilitator');

    const preview = await api<{ cards: { text: string }[] }>('GET', `/boards/${boardId}/history/${point.body.id}`);
    expect(preview.body.cards).toHaveLength(15);
    expect(readCards(board.doc)).toHaveLength(0); // a preview changes nothing

    const restored = await api<{ undoPoint: string; changed: number }>('POST', `/boards/${boardId}/history/${point.body.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.changed).toBe(15);
    for (const c of [board, raw]) await until(() => readCards(c.doc).length === 15, 'every client to get the cards back');
    expect(readCards(raw.doc).every((c) => c.authorName === 'Анна' && c.authorId === ana.personId)).toBe(true);

    const log = (await api<Audit>('GET', '/audit')).body.entries;
    expect(log.find((e) => e.action === 'delete')).toMatchObject({ by: 'Вандал' });
    expect(log.find((e) => e.action === 'delete')!.detail.split(' ')).toHaveLength(15);
    expect(log.find((e) => e.action === 'restore')).toMatchObject({ by: 'Модератор' });

    // The restore is undoable: the point taken just before it is the empty board.
    const points = (await api<Points>('GET', `/boards/${boardId}/history`)).body.points;
    expect(points.find((p) => p.id === restored.body.undoPoint)).toMatchObject({ reason: 'before-restore', cards: 0 });

    for (const c of [fac, board, raw]) c.destroy();
    await new Promise((r) => setTimeout(r, 300)); // past the 50 ms fsync promise of docs/protocol.md
    await host.kill9();
    host = await startHostProcess({ dataDir });
    const late = clientOn(host, room, host.facilitatorToken);
    await late.ready;
    expect(readCards(late.doc)).toHaveLength(15);
    late.destroy();
    expect((await api<Points>('GET', `/boards/${boardId}/history`)).body.points.map((p) => p.id)).toEqual(points.map((p) => p.id));

    await host.stop(); // a clean stop compacts the file
    host = await startHostProcess({ dataDir });
    expect((await api<Points>('GET', `/boards/${boardId}/history`)).body.points.map((p) => p.id)).toEqual(points.map((p) => p.id));
    expect((await api<Audit>('GET', '/audit')).body.entries.map((e) => e.action)).toEqual(log.map((e) => e.action));
  });
});
