import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, editCard, readCards, removeCard } from '@shared/doc/board';
import { addBoard, readPlan, setBoardField } from '@shared/doc/plan';
import { LOCAL_ORIGIN, metaOf } from '@shared/doc/schema';
import { addNode, editText, initTree, readNodes, ROOT_ID } from '@shared/doc/tree';
import type { BoardId, CardId, PersonId } from '@shared/ids';
import type { JoinResponse } from '@shared/protocol/api';
import type { HostProcess } from '../attack/support/host-process';
import { clientOn, createEventOn, joinOn, startHostProcess, until } from '../attack/support/host-process';

/* Stock y-websocket clients against the host in its own process; each client records what the host refused (`denied`). */
describe('the update guard: "own cards only" on card boards, co-editing on trees', () => {
  let host: HostProcess;
  let eventId = '';
  let room = '';
  let anna: JoinResponse;
  let boris: JoinResponse;
  let vandal: JoinResponse;
  let fac: ReturnType<typeof clientOn>;
  const snapshot = async () => {
    const late = clientOn(host, room, host.facilitatorToken);
    await late.ready;
    const cards = readCards(late.doc);
    late.destroy();
    return cards;
  };

  beforeAll(async () => {
    host = await startHostProcess();
    const ev = await createEventOn(host);
    eventId = ev.id;
    [anna, boris, vandal] = [await joinOn(host, ev.joinCode, 'Анна'), await joinOn(host, ev.joinCode, 'Борис'), await joinOn(host, ev.joinCode, 'Вандал')];
    const plan = clientOn(host, `${eventId}/plan`, host.facilitatorToken);
    await plan.ready;
    room = `${eventId}/board/${readPlan(plan.doc).boards[0]!.id}`;
    plan.destroy();
    fac = clientOn(host, room, host.facilitatorToken);
    await fac.ready;
    for (const [who, name, n] of [
      [anna, 'Анна', 8],
      [boris, 'Борис', 7],
    ] as const) {
      const c = clientOn(host, room, who.token);
      await c.ready;
      for (let i = 0; i < n; i++) addCard(c.doc, { text: `${name} ${i}`, authorId: who.personId as PersonId, authorName: name }, LOCAL_ORIGIN);
      await until(() => readCards(fac.doc).filter((x) => x.authorName === name).length === n, `${name}'s cards`);
      expect(c.denied).toEqual([]);
      c.destroy();
    }
  });
  afterAll(async () => {
    fac?.destroy();
    await host?.stop();
  });

  it('a one-transaction wipe of a 15-card board by a participant is refused; facilitator and late joiner keep all 15, authors intact', async () => {
    const v = clientOn(host, room, vandal.token);
    await v.ready;
    await until(() => readCards(v.doc).length === 15, 'the vandal to sync');
    const cards = v.doc.getMap('cards');
    v.doc.transact(() => [...cards.keys()].forEach((k) => cards.delete(k)));
    await until(() => v.denied.length > 0, 'the refusal');
    expect(v.denied[0]).toMatch(/^refused: .*someone else/);
    expect(readCards(fac.doc)).toHaveLength(15);
    const late = await snapshot();
    expect(late).toHaveLength(15);
    expect(late.filter((c) => c.authorName === 'Анна' && c.authorId === anna.personId)).toHaveLength(8);
    expect(late.filter((c) => c.authorName === 'Борис' && c.authorId === boris.personId)).toHaveLength(7);
    v.destroy();
  });

  it("a forged author and an edit of a neighbour's card are refused; so is a change of the board's meta", async () => {
    const attempts: ((doc: Y.Doc) => void)[] = [
      (doc) => addCard(doc, { text: 'от Анны (нет)', authorId: anna.personId as PersonId, authorName: 'Анна' }, LOCAL_ORIGIN),
      (doc) => addCard(doc, { text: 'чужое имя', authorId: vandal.personId as PersonId, authorName: 'Анна' }, LOCAL_ORIGIN),
      (doc) => editCard(doc, readCards(doc).find((c) => c.authorName === 'Анна')!.id, 'переписано', LOCAL_ORIGIN),
      (doc) => (doc.getMap('cards').get(readCards(doc)[0]!.id) as Y.Map<unknown>).set('authorName', 'Вандал'),
      (doc) => metaOf(doc).set('schemaVersion', 99),
    ];
    for (const attempt of attempts) {
      const v = clientOn(host, room, vandal.token);
      await v.ready;
      await until(() => readCards(v.doc).length === 15, 'the vandal to sync');
      attempt(v.doc);
      await until(() => v.denied.length > 0, 'the refusal');
      v.destroy();
    }
    const late = await snapshot();
    expect(late.map((c) => c.text).sort()).toEqual(
      readCards(fac.doc)
        .map((c) => c.text)
        .sort(),
    );
    expect(late.some((c) => /нет|чужое|переписано/.test(c.text) || c.authorName === 'Вандал')).toBe(false);
  });

  it('a participant still adds, edits and deletes their own cards', async () => {
    const a = clientOn(host, room, anna.token);
    await a.ready;
    await until(() => readCards(a.doc).length === 15, 'Anna to sync');
    const mine = addCard(a.doc, { text: 'новая', authorId: anna.personId as PersonId, authorName: 'Анна' }, LOCAL_ORIGIN);
    editCard(a.doc, mine, 'новая, исправленная', LOCAL_ORIGIN);
    const old = readCards(a.doc).find((c) => c.text === 'Анна 0')!.id as CardId;
    removeCard(a.doc, old, LOCAL_ORIGIN);
    await until(() => readCards(fac.doc).some((c) => c.text === 'новая, исправленная') && !readCards(fac.doc).some((c) => c.id === old), "Anna's edits");
    expect(a.denied).toEqual([]);
    a.destroy();
  });

  it('edits made while the socket was down arrive whole when it is back (merged runs of overwritten values)', async () => {
    const a = clientOn(host, room, anna.token);
    await a.ready;
    const mine = addCard(a.doc, { text: 'до обрыва', authorId: anna.personId as PersonId, authorName: 'Анна' }, LOCAL_ORIGIN);
    await until(() => readCards(fac.doc).some((c) => c.id === mine), 'the card before the blip');
    a.provider.disconnect();
    // Typed letter by letter with the Wi-Fi gone: each keystroke overwrites the text, and the overwritten
    // values merge into one run, so the last value builds on an id inside a run the host has not seen.
    for (const text of ['о', 'оф', 'офл', 'офла', 'офлайн']) editCard(a.doc, mine, text, LOCAL_ORIGIN);
    addCard(a.doc, { text: 'ещё одна офлайн', authorId: anna.personId as PersonId, authorName: 'Анна' }, LOCAL_ORIGIN);
    a.provider.connect();
    await until(
      () => readCards(fac.doc).find((c) => c.id === mine)?.text === 'офлайн' && readCards(fac.doc).some((c) => c.text === 'ещё одна офлайн'),
      'the offline edits on the host',
    );
    expect(a.denied).toEqual([]);
    a.destroy();
  });

  it('a write the host turned away (the board was locked) does not wedge the client: once it may write again, its next edit brings both', async () => {
    const boardId = room.split('/').pop() as BoardId;
    const plan = clientOn(host, `${eventId}/plan`, host.facilitatorToken);
    await plan.ready;
    const a = clientOn(host, room, anna.token);
    await a.ready;
    setBoardField(plan.doc, boardId, 'locked', true, LOCAL_ORIGIN);
    const blocked = addCard(a.doc, { text: 'в закрытую доску', authorId: anna.personId as PersonId, authorName: 'Анна' }, LOCAL_ORIGIN);
    await until(() => a.denied.includes('read-only'), 'the locked board turns the card away');
    expect(readCards(fac.doc).some((c) => c.id === blocked)).toBe(false);
    setBoardField(plan.doc, boardId, 'locked', false, LOCAL_ORIGIN);
    await until(async () => {
      const probe = clientOn(host, `${eventId}/plan`, anna.token);
      await probe.ready;
      const open = readPlan(probe.doc).boards.find((b) => b.id === boardId)?.locked === false;
      probe.destroy();
      return open;
    }, 'the board unlocked on the host');
    // An edit of the card the host never took: it builds on what the host lacks, so the host asks the
    // client for everything it is missing, and checks that.
    editCard(a.doc, blocked, 'после открытия', LOCAL_ORIGIN);
    await until(() => readCards(fac.doc).find((c) => c.id === blocked)?.text === 'после открытия', 'the card and its edit on the host');
    expect(a.denied).toEqual(['read-only']);
    a.destroy();
    plan.destroy();
  });

  it('on a tree everyone edits everything', async () => {
    const plan = clientOn(host, `${eventId}/plan`, host.facilitatorToken);
    await plan.ready;
    const boardId = addBoard(plan.doc, { title: 'Дерево', kind: 'problem-tree' }, LOCAL_ORIGIN);
    const treeRoom = `${eventId}/board/${boardId}`;
    const f = clientOn(host, treeRoom, host.facilitatorToken);
    await f.ready;
    initTree(f.doc, 'problem-tree', LOCAL_ORIGIN, { text: 'Проблема' });
    const a = clientOn(host, treeRoom, anna.token);
    const b = clientOn(host, treeRoom, boris.token);
    await Promise.all([a.ready, b.ready]);
    await until(() => readNodes(a.doc).length === 1, 'the root at Anna');
    const added = addNode(a.doc, { parentId: ROOT_ID, kind: 'cause', text: 'причина', authorId: anna.personId as PersonId }, LOCAL_ORIGIN);
    expect(added.ok).toBe(true);
    await until(() => readNodes(b.doc).length === 2, "Anna's node at Boris");
    if (!added.ok) throw new Error(added.error.message);
    editText(b.doc, added.value, 'причина (Борис уточнил)', LOCAL_ORIGIN);
    await until(() => readNodes(f.doc).some((n) => n.text === 'причина (Борис уточнил)'), "Boris's edit at the facilitator");
    expect([...a.denied, ...b.denied]).toEqual([]);
    for (const c of [f, a, b, plan]) c.destroy();
  });
});
