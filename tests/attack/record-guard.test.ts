import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { POSTER_LIMITS, readPoster, writePoster } from '@shared/doc/poster';
import { addBoard } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { addNode, editText, initTree, readNodes, ROOT_ID } from '@shared/doc/tree';
import type { PersonId } from '@shared/ids';
import { MAX_FIELD_TEXT } from '@shared/passport/model';
import type { JoinResponse } from '@shared/protocol/api';
import { MAX_NODE_TEXT } from '@shared/tree/types';
import type { HostProcess } from './support/host-process';
import { clientOn, createEventOn, joinOn, startHostProcess, until } from './support/host-process';

const nodesOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('nodes');
/** A node map written by hand, as a raw client would: every field of a real node, then `extra` on top. */
function rawNode(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    const all: Record<string, unknown> = { kind: 'cause', text: 'x', parentId: ROOT_ID, order: 'a5', deleted: false, authorId: null, createdAt: 1, ...fields };
    for (const [k, v] of Object.entries(all)) m.set(k, v);
    nodesOf(doc).set(id, m);
  });
}

describe('the host checks record values on trees, posters and passports (black box, stock y-websocket clients)', () => {
  let host: HostProcess;
  let eventId = '';
  let anna: JoinResponse;
  let boris: JoinResponse;
  let vandal: JoinResponse;
  const rooms = { tree: '', poster: '', passport: '' };

  beforeAll(async () => {
    host = await startHostProcess();
    const ev = await createEventOn(host);
    eventId = ev.id;
    [anna, boris, vandal] = [await joinOn(host, ev.joinCode, 'Анна'), await joinOn(host, ev.joinCode, 'Борис'), await joinOn(host, ev.joinCode, 'Вандал')];
    const plan = clientOn(host, `${eventId}/plan`, host.facilitatorToken);
    await plan.ready;
    rooms.tree = `${eventId}/board/${addBoard(plan.doc, { title: 'Дерево проблем', kind: 'problem-tree' }, LOCAL_ORIGIN)}`;
    rooms.poster = `${eventId}/board/${addBoard(plan.doc, { title: 'Постер', kind: 'poster' }, LOCAL_ORIGIN)}`;
    rooms.passport = `${eventId}/board/${addBoard(plan.doc, { title: 'Паспорт', kind: 'passport' }, LOCAL_ORIGIN)}`;
    // The boards exist once the plan has them: a participant opening one before that is refused at the door.
    await until(async () => {
      const probe = clientOn(host, `${eventId}/plan`, anna.token);
      await probe.ready;
      const n = probe.doc.getMap('boards').size;
      probe.destroy();
      return n >= 4;
    }, 'the boards in the plan');
    plan.destroy();
  });
  afterAll(async () => host?.stop());

  /**
   * One attempt on a fresh vandal client; resolves with the refusal. Then an honest facilitator edit
   * goes through the same room and is seen by an honest client (`seen`): whatever the host had relayed
   * of the attempt would have reached that client before it.
   */
  async function refused(room: string, attempt: (doc: Y.Doc) => void, barrier: (doc: Y.Doc) => void, seen: () => boolean) {
    const v = clientOn(host, room, vandal.token);
    await v.ready;
    attempt(v.doc);
    await until(() => v.denied.length > 0, 'the refusal');
    v.destroy();
    const f = clientOn(host, room, host.facilitatorToken);
    await f.ready;
    barrier(f.doc);
    await until(seen, 'the honest edit after the attempt');
    f.destroy();
    return v.denied[0]!;
  }

  it('a tree: over-cap text, an unknown key, a wrong value type and a forged author are refused; everyone else co-edits and sees all of it', async () => {
    const f = clientOn(host, rooms.tree, host.facilitatorToken);
    await f.ready;
    initTree(f.doc, 'problem-tree', LOCAL_ORIGIN, { text: 'Мало волонтёров' });
    const a = clientOn(host, rooms.tree, anna.token);
    const b = clientOn(host, rooms.tree, boris.token);
    await Promise.all([a.ready, b.ready]);
    await until(() => readNodes(a.doc).length === 1 && readNodes(b.doc).length === 1, 'the root at Anna and Boris');

    // Honest co-editing: Anna adds a cause, Boris rewrites it, Anna adds one under his edit.
    const cause = addNode(a.doc, { parentId: ROOT_ID, kind: 'cause', text: 'нет времени', authorId: anna.personId as PersonId }, LOCAL_ORIGIN);
    if (!cause.ok) throw new Error(cause.error.message);
    await until(() => readNodes(b.doc).some((n) => n.id === cause.value), "Anna's node at Boris");
    expect(editText(b.doc, cause.value, 'нет времени по будням', LOCAL_ORIGIN).ok).toBe(true);
    const deeper = addNode(b.doc, { parentId: cause.value, kind: 'cause', text: 'работа', authorId: boris.personId as PersonId }, LOCAL_ORIGIN);
    if (!deeper.ok) throw new Error(deeper.error.message);
    await until(() => readNodes(f.doc).length === 3 && readNodes(f.doc).some((n) => n.text === 'нет времени по будням'), 'the co-edits at the facilitator');

    let barrierN = 0;
    const attempts: [string, (doc: Y.Doc) => void, RegExp][] = [
      ['over-cap text on a new node', (doc) => rawNode(doc, 'v1', { text: 'ж'.repeat(MAX_NODE_TEXT + 1), authorId: vandal.personId }), /bad value for text/],
      [
        'over-cap text on an existing node',
        (doc) =>
          nodesOf(doc)
            .get(cause.value)!
            .set('text', 'ж'.repeat(MAX_NODE_TEXT + 1)),
        /bad value for text/,
      ],
      ['a key a node does not have', (doc) => rawNode(doc, 'v2', { authorId: vandal.personId, onclick: 'alert(1)' }), /no field "onclick"/],
      ['a wrong value type', (doc) => nodesOf(doc).get(cause.value)!.set('deleted', 'yes'), /bad value for deleted/],
      ['a kind no tree has', (doc) => rawNode(doc, 'v3', { kind: 'virus', authorId: vandal.personId }), /bad value for kind/],
      ['a node that is not a map', (doc) => nodesOf(doc as Y.Doc).set('v4', 'just a string' as unknown as Y.Map<unknown>), /must be a map/],
      [
        'a forged author',
        (doc) => addNode(doc, { parentId: ROOT_ID, kind: 'cause', text: 'от Анны (нет)', authorId: anna.personId as PersonId }, LOCAL_ORIGIN),
        /author must be the writer/,
      ],
      ['an author rewritten', (doc) => nodesOf(doc).get(cause.value)!.set('authorId', vandal.personId), /author of a record cannot be changed/],
      ['a name the tree does not have', (doc) => doc.getMap('cards').set('x', new Y.Map()), /do not write "cards"/],
    ];
    for (const [what, attempt, reason] of attempts) {
      const n = ++barrierN;
      const denied = await refused(
        rooms.tree,
        attempt,
        (doc) => editText(doc, ROOT_ID, `Мало волонтёров ${n}`, LOCAL_ORIGIN),
        () => readNodes(b.doc).some((x) => x.text === `Мало волонтёров ${n}`),
      );
      expect(denied, what).toMatch(/^refused: /);
      expect(denied, what).toMatch(reason);
    }

    // Nothing of the vandal reached Boris or a late joiner; the honest edits are all there.
    const late = clientOn(host, rooms.tree, boris.token);
    await late.ready;
    for (const doc of [b.doc, late.doc]) {
      const nodes = readNodes(doc);
      expect(nodes.map((n) => n.id).sort()).toEqual([ROOT_ID, cause.value, deeper.value].sort());
      expect(nodes.find((n) => n.id === cause.value)).toMatchObject({ text: 'нет времени по будням', authorId: anna.personId, deleted: false });
      expect(nodes.some((n) => n.text.length > MAX_NODE_TEXT || n.authorId === vandal.personId)).toBe(false);
      expect(doc.getMap('cards').size).toBe(0);
    }
    late.destroy();
    expect([...a.denied, ...b.denied, ...f.denied]).toEqual([]);

    // After all that, a participant still co-edits normally, including a node another wrote.
    expect(editText(a.doc, deeper.value, 'работа в две смены', LOCAL_ORIGIN).ok).toBe(true);
    await until(() => readNodes(b.doc).some((n) => n.text === 'работа в две смены'), "Anna's edit of Boris's node");
    expect(a.denied).toEqual([]);
    for (const c of [f, a, b]) c.destroy();
  });

  it('a poster: a field over its cap, an unknown field and a bad image are refused; its team still fills it in', async () => {
    const a = clientOn(host, rooms.poster, anna.token);
    const b = clientOn(host, rooms.poster, boris.token);
    await Promise.all([a.ready, b.ready]);
    expect(writePoster(a.doc, { name: 'Чистый берег', problem: 'мусор на берегу', needs: { volunteers: '10 человек' } }, LOCAL_ORIGIN).ok).toBe(true);
    await until(() => readPoster(b.doc).problem === 'мусор на берегу', "Anna's poster at Boris");

    let n = 0;
    const attempts: [string, (doc: Y.Doc) => void, RegExp][] = [
      ['over-cap problem', (doc) => doc.getMap('poster').set('problem', 'ж'.repeat(POSTER_LIMITS.text + 1)), /bad value for poster.problem/],
      ['over-cap need', (doc) => doc.getMap('posterNeeds').set('money', 'ж'.repeat(POSTER_LIMITS.need + 1)), /bad value for posterNeeds.money/],
      ['an unknown field', (doc) => doc.getMap('poster').set('script', '<script>'), /no field "script"/],
      ['a remote image', (doc) => doc.getMap('poster').set('image', 'https://tracker.example/x.png'), /bad value for poster.image/],
      ['a map where a text goes', (doc) => doc.getMap('poster').set('who', new Y.Map()), /bad value for poster.who/],
    ];
    for (const [what, attempt, reason] of attempts) {
      const k = ++n;
      const denied = await refused(
        rooms.poster,
        attempt,
        (doc) => writePoster(doc, { contacts: `t.me/bereg${k}` }, LOCAL_ORIGIN),
        () => readPoster(b.doc).contacts === `t.me/bereg${k}`,
      );
      expect(denied, what).toMatch(reason);
    }
    expect(writePoster(b.doc, { doing: 'субботники' }, LOCAL_ORIGIN).ok).toBe(true);
    await until(() => readPoster(a.doc).doing === 'субботники', "Boris's field at Anna");
    const late = clientOn(host, rooms.poster, host.facilitatorToken);
    await late.ready;
    const poster = readPoster(late.doc);
    expect(poster).toMatchObject({ name: 'Чистый берег', problem: 'мусор на берегу', doing: 'субботники', image: null, needs: { volunteers: '10 человек' } });
    expect(late.doc.getMap('poster').has('script')).toBe(false);
    expect([...a.denied, ...b.denied]).toEqual([]);
    for (const c of [late, a, b]) c.destroy();
  });

  it('a passport is held to its namespace, plain values and the section cap; its team still writes it', async () => {
    const a = clientOn(host, rooms.passport, anna.token);
    const b = clientOn(host, rooms.passport, boris.token);
    await Promise.all([a.ready, b.ready]);
    a.doc.getText('passport.text.goal').insert(0, 'Цель проекта');
    await until(() => b.doc.getText('passport.text.goal').toString() === 'Цель проекта', "Anna's text at Boris");

    let n = 0;
    const attempts: [string, (doc: Y.Doc) => void, RegExp][] = [
      ['a section over its cap', (doc) => doc.getText('passport.text.goal').insert(0, 'ж'.repeat(MAX_FIELD_TEXT)), /longer than/],
      ['a name outside the passport', (doc) => doc.getMap('cards').set('x', 1), /do not write "cards"/],
      ['a nested object where plain values go', (doc) => doc.getMap('passport.values').set('scale', { a: { b: 1 } }), /bad value/],
    ];
    for (const [what, attempt, reason] of attempts) {
      const k = ++n;
      const denied = await refused(
        rooms.passport,
        attempt,
        (doc) => doc.getMap('passport.values').set('dateStart', `2026-01-0${k}`),
        () => b.doc.getMap('passport.values').get('dateStart') === `2026-01-0${k}`,
      );
      expect(denied, what).toMatch(reason);
    }
    // A whole section replaced at once (select all, paste) is not counted twice against the cap.
    const full = 'ы'.repeat(MAX_FIELD_TEXT - 10);
    b.doc.transact(() => {
      const t = b.doc.getText('passport.text.goal');
      t.delete(0, t.length);
      t.insert(0, full);
    });
    await until(() => a.doc.getText('passport.text.goal').toString() === full, "Boris's full section at Anna");
    b.doc.transact(() => {
      const t = b.doc.getText('passport.text.goal');
      t.delete(0, t.length);
      t.insert(0, full.slice(1) + 'ю');
    });
    await until(() => a.doc.getText('passport.text.goal').toString().endsWith('ю'), 'the replaced section at Anna');
    expect([...a.denied, ...b.denied]).toEqual([]);
    for (const c of [a, b]) c.destroy();
  });
});
