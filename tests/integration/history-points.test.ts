import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCards } from '@shared/doc/board';
import { readPlan } from '@shared/doc/plan';
import { openPrivateRound, readPrivateCards, writePrivateCard } from '@shared/doc/private';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { BoardId } from '@shared/ids';
import type { HistoryPoint } from '../../electron/host/history/history';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, startTestHost, synced } from './helpers/host';

type Points = { points: HistoryPoint[] };

/**
 * Restore points the host takes on its own before the actions that change a board in bulk: a
 * private round's reveal, a vote's close and an import. Driven only through the API and stock clients.
 */
describe('restore points before reveal, vote close and import', () => {
  let host: TestHost;
  let eventId = '';
  let boardId = '' as BoardId;
  const fac = (method: string, path: string, body?: unknown) => api<unknown>(host, method, path, { token: host.facilitatorToken, body });
  const points = async (event: string, board: string) =>
    (await api<Points>(host, 'GET', `/api/events/${event}/boards/${board}/history`, { token: host.facilitatorToken })).body.points;

  beforeAll(async () => {
    host = await startTestHost();
    const created = await createEvent(host);
    eventId = created.id;
    const plan = connect(host, `${eventId}/plan`, host.facilitatorToken);
    await synced(plan.provider);
    boardId = readPlan(plan.doc).boards.find((b) => b.kind === 'cards')!.id as BoardId;
    const anna = await join(host, created.joinCode, 'Анна');
    const room = connect(host, `${eventId}/person/${anna.personId}`, anna.token);
    await synced(room.provider);
    openPrivateRound(plan.doc, boardId, { anonymous: false }, LOCAL_ORIGIN);
    writePrivateCard(room.doc, boardId, { text: 'Мало врачей' }, LOCAL_ORIGIN);
    // A second connection of Анна: once it sees the card, the host holds it.
    const probe = connect(host, `${eventId}/person/${anna.personId}`, anna.token);
    await eventually(() => expect(readPrivateCards(probe.doc, boardId)).toHaveLength(1));
    for (const c of [plan, room, probe]) c.provider.destroy();
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('a reveal is preceded by a point of the board without the round’s cards', async () => {
    expect((await fac('POST', `/api/events/${eventId}/boards/${boardId}/reveal`)).status).toBe(200);
    const list = await points(eventId, boardId);
    const reveal = list.filter((p) => p.reason === 'reveal');
    expect(reveal).toHaveLength(1);
    expect(reveal[0]).toMatchObject({ cards: 0, by: 'host' });
    const board = connect(host, `${eventId}/board/${boardId}`, host.facilitatorToken);
    await eventually(() => expect(readCards(board.doc).map((c) => c.text)).toEqual(['Мало врачей']));
    board.provider.destroy();
  });

  it('closing a vote takes a point of every board it counted over', async () => {
    const board = connect(host, `${eventId}/board/${boardId}`, host.facilitatorToken);
    await eventually(() => expect(readCards(board.doc)).toHaveLength(1));
    const itemId = readCards(board.doc)[0]!.id;
    board.provider.destroy();
    const opened = (await fac('POST', `/api/events/${eventId}/votes`, { title: 'Первое', items: [{ boardId, itemId }], perPerson: 1, maxPerItem: 1 })) as {
      status: number;
      body: { voteId: string };
    };
    expect(opened.status).toBe(201);
    expect((await points(eventId, boardId)).filter((p) => p.reason === 'vote-close')).toHaveLength(0);
    expect((await fac('POST', `/api/events/${eventId}/votes/${opened.body.voteId}/close`)).status).toBe(200);
    const closed = (await points(eventId, boardId)).filter((p) => p.reason === 'vote-close');
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ cards: 1 });
  });

  it('an imported event starts with a point of each board as it arrived', async () => {
    const res = await fetch(`${host.base}/api/events/${eventId}/file`, { headers: { authorization: `Bearer ${host.facilitatorToken}` } });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const imported = await fetch(`${host.base}/api/events/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host.facilitatorToken}`, 'content-type': 'application/x-veche' },
      body: bytes,
    });
    expect(imported.status).toBe(201);
    const { id } = (await imported.json()) as { id: string };
    const list = (await points(id, boardId)).filter((p) => p.reason === 'import');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ cards: 1, board: `board/${boardId}` });
    const log = (await api<{ entries: { action: string }[] }>(host, 'GET', `/api/events/${id}/audit`, { token: host.facilitatorToken })).body.entries;
    expect(log.map((e) => e.action)).toContain('import');
  });
});
