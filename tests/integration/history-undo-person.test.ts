import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, editCard, readCards, removeCard } from '@shared/doc/board';
import { addBoard, readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { addNode, deleteNode, editText, initTree, readNodes, ROOT_ID } from '@shared/doc/tree';
import type { BoardId, CardId, PersonId } from '@shared/ids';
import type { JoinResponse } from '@shared/protocol/api';
import type { NodeId } from '@shared/tree/types';
import type { HistoryPoint } from '../../electron/host/history/history';
import type { UndoOutcome } from '../../electron/host/history/undo';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, startTestHost, synced } from './helpers/host';

type Client = ReturnType<typeof connect>;
type Listing = { points: HistoryPoint[]; writers: { personId: string; name: string }[] };

const live = (c: Client) => readNodes(c.doc).filter((n) => !n.deleted);
const texts = (c: Client) => live(c).map((n) => n.text);
const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/**
 * "Undo everything person X did on this board since T": stock y-websocket clients write as Анна and
 * Борис; Борис vandalises a co-edited tree and deletes his own card; undoing Борис since the point
 * before his junk puts both boards back, keeps Анна's later work, and leaves alone the one record
 * Анна changed after him.
 */
describe('undo everything one person did since a point', () => {
  let host: TestHost;
  let eventId = '';
  let anna: JoinResponse;
  let boris: JoinResponse;
  let treeId = '' as BoardId;
  let cardsId = '' as BoardId;
  const clients: Client[] = [];
  const client = async (room: string, token: string) => {
    const c = connect(host, `${eventId}/${room}`, token);
    clients.push(c);
    await synced(c.provider);
    return c;
  };
  const fac = <T>(method: string, path: string, body?: unknown) =>
    api<T>(host, method, `/api/events/${eventId}${path}`, { token: host.facilitatorToken, body });

  beforeAll(async () => {
    host = await startTestHost();
    const ev = await createEvent(host);
    eventId = ev.id;
    anna = await join(host, ev.joinCode, 'Анна');
    boris = await join(host, ev.joinCode, 'Борис');
    const plan = await client('plan', host.facilitatorToken);
    cardsId = readPlan(plan.doc).boards.find((b) => b.kind === 'cards')!.id;
    treeId = addBoard(plan.doc, { title: 'Дерево проблем', kind: 'problem-tree' }, LOCAL_ORIGIN);
    await eventually(async () => expect((await fac('GET', `/boards/${treeId}/history`)).status).toBe(200));
  });
  afterAll(async () => {
    for (const c of clients) c.provider.destroy();
    await host?.stop();
  });

  it('puts back what Борис changed since T, keeps Анна’s later work, and skips what Анна changed after him', async () => {
    const f = await client(`board/${treeId}`, host.facilitatorToken);
    initTree(f.doc, 'problem-tree', LOCAL_ORIGIN, { text: 'Отток молодёжи' });
    const a = await client(`board/${treeId}`, anna.token);
    const b = await client(`board/${treeId}`, boris.token);
    const ac = await client(`board/${cardsId}`, anna.token);
    const bc = await client(`board/${cardsId}`, boris.token);
    await eventually(() => expect(live(b)).toHaveLength(1));

    // Before T: honest work by both.
    const a1 = ok(addNode(a.doc, { parentId: ROOT_ID, kind: 'cause', text: 'Нет работы', authorId: anna.personId as PersonId }, LOCAL_ORIGIN));
    const b1 = ok(addNode(b.doc, { parentId: ROOT_ID, kind: 'cause', text: 'Плохие дороги', authorId: boris.personId as PersonId }, LOCAL_ORIGIN));
    const bCard = addCard(bc.doc, { text: 'Мало врачей', authorId: boris.personId as PersonId, authorName: 'Борис' }, LOCAL_ORIGIN);
    const aCard = addCard(ac.doc, { text: 'Закрыли кино', authorId: anna.personId as PersonId, authorName: 'Анна' }, LOCAL_ORIGIN);
    await eventually(() => expect(texts(f).sort()).toEqual(['Нет работы', 'Отток молодёжи', 'Плохие дороги']));
    const fc = await client(`board/${cardsId}`, host.facilitatorToken);
    await eventually(() => expect(readCards(fc.doc)).toHaveLength(2));

    const point = await fac<HistoryPoint>('POST', `/boards/${treeId}/history`);
    expect(point.status).toBe(201);
    expect((await fac<HistoryPoint>('POST', `/boards/${cardsId}/history`)).status).toBe(201);
    const since = Math.max(point.body.at, Date.now());
    await eventually(() => expect(Date.now()).toBeGreaterThan(since));

    // Борис's junk: rewrites Анна's node and his own, adds spam, deletes his card.
    editText(b.doc, a1, 'ЖЖЖЖ', LOCAL_ORIGIN);
    editText(b.doc, b1, 'хахаха', LOCAL_ORIGIN);
    const spam = [1, 2, 3].map((i) =>
      ok(addNode(b.doc, { parentId: ROOT_ID, kind: 'cause', text: `спам ${i}`, authorId: boris.personId as PersonId }, LOCAL_ORIGIN)),
    );
    removeCard(bc.doc, bCard as CardId, LOCAL_ORIGIN);
    await eventually(() => expect(texts(a)).toContain('спам 3'));
    await eventually(() => expect(readCards(ac.doc)).toHaveLength(1));
    // Анна's later work: a new node, and she rewrites one of the spam nodes into something real.
    const a2 = ok(addNode(a.doc, { parentId: ROOT_ID, kind: 'cause', text: 'Нет кружков', authorId: anna.personId as PersonId }, LOCAL_ORIGIN));
    editText(a.doc, spam[0]!, 'Нет транспорта', LOCAL_ORIGIN);
    editCard(ac.doc, aCard, 'Закрыли кинотеатр', LOCAL_ORIGIN);
    await eventually(() => expect(texts(f)).toContain('Нет транспорта'));
    await eventually(() => expect(readCards(fc.doc).map((c) => c.text)).toEqual(['Закрыли кинотеатр']));

    const listing = (await fac<Listing>('GET', `/boards/${treeId}/history`)).body;
    expect(listing.writers.map((w) => w.name).sort()).toEqual(['Анна', 'Борис', 'Модератор']);

    // Only a facilitator may; a bad body is refused and changes nothing.
    const byAnna = await api(host, 'POST', `/api/events/${eventId}/boards/${treeId}/history/undo-person`, {
      token: anna.token,
      body: { person: boris.personId, since },
    });
    expect(byAnna.status).toBe(403);
    expect((await fac('POST', `/boards/${treeId}/history/undo-person`, { person: boris.personId, since: 'вчера' })).status).toBe(400);
    expect((await fac('POST', `/boards/${treeId}/history/undo-person`, { person: boris.personId, since: 0 })).status).toBe(409);
    expect(texts(f)).toContain('ЖЖЖЖ');

    const undo = await fac<UndoOutcome>('POST', `/boards/${treeId}/history/undo-person`, { person: boris.personId, since });
    expect(undo.status).toBe(200);
    expect(undo.body.basePoint).toBe(point.body.id);
    expect(undo.body.skipped).toEqual([{ record: `nodes:${spam[0]}`, by: ['Анна'] }]);
    expect(undo.body.restored.sort()).toEqual([`nodes:${a1}`, `nodes:${b1}`, `nodes:${spam[1]}`, `nodes:${spam[2]}`].sort());
    const expected = ['Нет кружков', 'Нет работы', 'Нет транспорта', 'Отток молодёжи', 'Плохие дороги'];
    for (const c of [f, a, b]) await eventually(() => expect(texts(c).sort()).toEqual(expected));
    expect(live(a).find((n) => n.id === a2)?.text).toBe('Нет кружков');

    const cardsUndo = await fac<UndoOutcome>('POST', `/boards/${cardsId}/history/undo-person`, { person: boris.personId, since });
    expect(cardsUndo.body.restored).toEqual([`cards:${bCard}`]);
    for (const c of [fc, ac, bc]) {
      await eventually(() =>
        expect(
          readCards(c.doc)
            .map((x) => [x.text, x.authorName])
            .sort(),
        ).toEqual([
          ['Закрыли кинотеатр', 'Анна'],
          ['Мало врачей', 'Борис'],
        ]),
      );
    }

    // The undo is itself undoable: the point before it is at the top of the timeline, with the junk.
    const after = (await fac<Listing>('GET', `/boards/${treeId}/history`)).body.points;
    expect(after.at(-1)).toMatchObject({ id: undo.body.undoPoint, reason: 'before-undo' });
    const preview = await fac<{ nodes: { text: string }[] }>('GET', `/boards/${treeId}/history/${undo.body.undoPoint}`);
    expect(preview.body.nodes.map((n) => n.text)).toContain('ЖЖЖЖ');
    const log = (await fac<{ entries: { action: string; by: string; detail: string }[] }>('GET', '/audit')).body.entries;
    const entry = log.find((e) => e.action === 'undo-person')!;
    expect(entry.by).toBe('Модератор');
    expect(entry.detail).toContain('Борис');
    expect(entry.detail).toContain('4 records restored');

    // The audit log exports with the undo in it: Russian dates and words, the board by its title.
    const csv = await fetch(`${host.base}/api/events/${eventId}/export/audit.csv?lang=ru`, { headers: { authorization: `Bearer ${host.facilitatorToken}` } });
    expect(csv.status).toBe(200);
    const rows = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe('Когда;Кто;Что;Доска;Подробности');
    const undoRow = rows.find((r) => r.includes('отмена правок участника'))!;
    expect(undoRow).toMatch(/^\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d;Модератор;отмена правок участника;Дерево проблем;/);
    const json = await fetch(`${host.base}/api/events/${eventId}/export/audit.json?lang=en`, { headers: { authorization: `Bearer ${host.facilitatorToken}` } });
    const entries = ((await json.json()) as { entries: { action: string; what: string }[] }).entries;
    expect(entries.filter((e) => e.action === 'undo-person').map((e) => e.what)).toEqual(['a person’s changes undone', 'a person’s changes undone']);
    const byAnnaExport = await fetch(`${host.base}/api/events/${eventId}/export/audit.csv`, { headers: { authorization: `Bearer ${anna.token}` } });
    expect(byAnnaExport.status).toBe(403);

    // A deletion undone: Борис tombstones Анна's node after a new point; undoing him brings it back.
    const p2 = await fac<HistoryPoint>('POST', `/boards/${treeId}/history`);
    await eventually(() => expect(Date.now()).toBeGreaterThan(p2.body.at));
    expect(ok(deleteNode(b.doc, a2 as NodeId, LOCAL_ORIGIN))).toBe(1);
    await eventually(() => expect(texts(f)).not.toContain('Нет кружков'));
    const again = await fac<UndoOutcome>('POST', `/boards/${treeId}/history/undo-person`, { person: boris.personId, since: p2.body.at });
    expect(again.body).toMatchObject({ restored: [`nodes:${a2}`], skipped: [] });
    for (const c of [f, a, b]) await eventually(() => expect(texts(c)).toContain('Нет кружков'));
  });
});
