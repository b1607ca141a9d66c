import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCards } from '@shared/doc/board';
import { readPlan } from '@shared/doc/plan';
import { openPrivateRound, readPrivateCards, readPrivateRound, writePrivateCard, MAX_PRIVATE_TEXT } from '@shared/doc/private';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { BoardId } from '@shared/ids';
import type { JoinResponse } from '@shared/protocol/api';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, rawSocket, startTestHost, synced, writeThenReadBack } from './helpers/host';

let host: TestHost;
let eventId: string;
let joinCode: string;
let plan: ReturnType<typeof connect>;
let boardId: BoardId;
const people: Record<string, JoinResponse> = {};
const rooms: Record<string, ReturnType<typeof connect>> = {};
const WRITERS = ['Анна', 'Борис', 'Вера'] as const;
const TEXTS: Record<string, string[]> = {
  Анна: ['Нет работы для молодёжи', 'Закрыли кинотеатр'],
  Борис: ['Плохие дороги между сёлами'],
  Вера: ['Мало врачей', 'Некуда пойти вечером'],
};

const reveal = (token: string) =>
  api<{ added: number; revealed: number; anonymous: boolean }>(host, 'POST', `/api/events/${eventId}/boards/${boardId}/reveal`, { token });

/** A fresh raw client of this person writes into their room's private cards for the board; what the host holds after, and why it refused. */
function rawWrite(name: string, change: (cards: Y.Map<unknown>, doc: Y.Doc) => void) {
  return writeThenReadBack(host, `${eventId}/person/${people[name]!.personId}`, people[name]!.token, (doc) => {
    const cards = new Y.Map<unknown>();
    doc.getMap('private').set(`scratch-${boardId}`, cards);
    change(cards, doc);
  });
}

/** A second connection of the same person: once it sees the cards, the host holds them. */
async function hostHas(name: string, count: number) {
  const probe = connect(host, `${eventId}/person/${people[name]!.personId}`, people[name]!.token);
  await eventually(() => expect(readPrivateCards(probe.doc, boardId)).toHaveLength(count));
  probe.provider.destroy();
}

beforeAll(async () => {
  host = await startTestHost();
  ({ id: eventId, joinCode } = await createEvent(host));
  plan = connect(host, `${eventId}/plan`, host.facilitatorToken);
  await synced(plan.provider);
  boardId = readPlan(plan.doc).boards[0]!.id;
  for (const name of [...WRITERS, 'Глеб']) {
    people[name] = await join(host, joinCode, name, { group: 'residents' });
    rooms[name] = connect(host, `${eventId}/person/${people[name]!.personId}`, people[name]!.token);
  }
  await Promise.all(Object.values(rooms).map((r) => synced(r.provider)));
});
afterAll(async () => {
  for (const r of Object.values(rooms)) r.provider.destroy();
  plan.provider.destroy();
  await host.stop();
});

describe('private writing → reveal', () => {
  let watcher: ReturnType<typeof connect>;
  let facBoard: ReturnType<typeof connect>;
  const snapshots: number[] = [];

  it('what participants write privately reaches nobody else before the reveal', async () => {
    openPrivateRound(plan.doc, boardId, { anonymous: true }, LOCAL_ORIGIN);
    expect((await reveal(people['Анна']!.token)).status).toBe(403);
    for (const name of WRITERS) {
      for (const text of TEXTS[name]!) writePrivateCard(rooms[name]!.doc, boardId, { text }, LOCAL_ORIGIN);
    }
    for (const name of WRITERS) await hostHas(name, TEXTS[name]!.length);
    // A card claiming someone else's name: a private card has no name field, so the host refuses it at the door.
    const forged = await rawWrite('Борис', (cards) => {
      const m = new Y.Map<unknown>();
      cards.set('forged', m);
      m.set('text', 'Чужая мысль');
      m.set('authorName', 'Самозванец');
    });
    expect(forged.denied).toEqual([expect.stringMatching(/no field "authorName"/)]);
    expect(forged.seen.getMap('private').has(`scratch-${boardId}`)).toBe(false);

    watcher = connect(host, `${eventId}/board/${boardId}`, people['Глеб']!.token);
    facBoard = connect(host, `${eventId}/board/${boardId}`, host.facilitatorToken);
    await Promise.all([synced(watcher.provider), synced(facBoard.provider)]);
    expect(readCards(watcher.doc)).toEqual([]);
    expect(readCards(facBoard.doc)).toEqual([]);
    for (const token of [people['Глеб']!.token, host.facilitatorToken]) {
      expect((await rawSocket(`${host.wsBase}/${eventId}/person/${people['Анна']!.personId}?token=${token}`)).status).toBe(403);
    }
    watcher.doc.on('afterTransaction', () => snapshots.push(readCards(watcher.doc).length));
  });

  it('the reveal puts every card on the board at once, with no names in an anonymous round', async () => {
    // 409 (and nothing done) until the host has the round the facilitator's client opened.
    let r = await reveal(host.facilitatorToken);
    await eventually(async () => {
      if (r.status !== 200) r = await reveal(host.facilitatorToken);
      expect(r.status).toBe(200);
    });
    expect(r.body).toMatchObject({ added: 5, revealed: 5, anonymous: true });
    await eventually(() => expect(readCards(watcher.doc)).toHaveLength(5));
    expect(snapshots.filter((n) => n > 0)[0]).toBe(5);
    expect(
      readCards(watcher.doc)
        .map((c) => c.text)
        .sort(),
    ).toEqual(Object.values(TEXTS).flat().sort());
    const json = JSON.stringify(watcher.doc.toJSON());
    for (const name of [...WRITERS, 'Самозванец']) expect(json).not.toContain(name);
    for (const p of Object.values(people)) expect(json).not.toContain(p.personId);
    expect(readCards(watcher.doc).every((c) => c.authorId === null && c.authorName === '')).toBe(true);
    await eventually(() => expect(readPrivateRound(plan.doc, boardId)?.state).toBe('revealed'));
  });

  it('a second reveal adds nothing, and later cards wait until the round is reopened', async () => {
    expect((await reveal(host.facilitatorToken)).body).toMatchObject({ added: 0, revealed: 5 });
    writePrivateCard(rooms['Анна']!.doc, boardId, { text: 'Поздняя мысль' }, LOCAL_ORIGIN);
    await hostHas('Анна', 3);
    expect((await reveal(host.facilitatorToken)).body).toMatchObject({ added: 0 });
    expect(readCards(facBoard.doc)).toHaveLength(5);

    openPrivateRound(plan.doc, boardId, { anonymous: false }, LOCAL_ORIGIN);
    await eventually(async () => expect((await reveal(host.facilitatorToken)).body).toMatchObject({ added: 1, revealed: 6, anonymous: false }));
    await eventually(() => expect(readCards(watcher.doc)).toHaveLength(6));
    const late = readCards(watcher.doc).find((c) => c.text === 'Поздняя мысль')!;
    expect([late.authorId, late.authorName]).toEqual([people['Анна']!.personId, 'Анна']);
  });

  it('named mode takes names from the host, never from the card; junk in a person room is refused at the door', async () => {
    openPrivateRound(plan.doc, boardId, { anonymous: false }, LOCAL_ORIGIN);
    const junk: [string, (cards: Y.Map<unknown>, doc: Y.Doc) => void, RegExp][] = [
      ['a string for a card', (cards) => cards.set('not-a-card', 'строка'), /must be a map/],
      ['a number for a text', (cards) => cards.set('numeric', new Y.Map([['text', 42]])), /a bad value for private\..*\.text/],
      ['a text over the cap', (cards) => cards.set('long', new Y.Map([['text', 'я'.repeat(MAX_PRIVATE_TEXT + 1)]])), /a bad value for private\..*\.text/],
      [
        'a field cards do not have',
        (cards) =>
          cards.set(
            'named',
            new Y.Map<unknown>([
              ['text', 'Мысль'],
              ['authorName', 'Самозванец'],
            ]),
          ),
        /no field "authorName"/,
      ],
      ['junk for a board', (_cards, doc) => doc.getMap('private').set('other-board', 'junk'), /must be a map/],
      ['a list nested in a card', (cards) => cards.set('listy', new Y.Map<unknown>([['text', new Y.Array()]])), /holds no|must be a map|bad value/],
    ];
    for (const [what, change, reason] of junk) {
      const r = await rawWrite('Борис', change);
      expect(r.denied, what).toEqual([expect.stringMatching(reason)]);
      expect(r.seen.getMap('private').has(`scratch-${boardId}`), what).toBe(false);
    }
    // The longest card there may be, with its cell: taken, and shown under the host's name for Борис.
    writePrivateCard(rooms['Борис']!.doc, boardId, { text: 'я'.repeat(MAX_PRIVATE_TEXT), row: 'r1', column: 'c2' }, LOCAL_ORIGIN);
    await hostHas('Борис', 2);
    await eventually(async () => expect((await reveal(host.facilitatorToken)).body).toMatchObject({ added: 1 }));
    await eventually(() => expect(readCards(watcher.doc)).toHaveLength(7));
    const long = readCards(watcher.doc).find((c) => c.text.startsWith('я'))!;
    expect(long.text).toHaveLength(MAX_PRIVATE_TEXT);
    expect(long.authorName).toBe('Борис');
    expect(long.column).toBe('c2');
    const boardCard = watcher.doc.getMap('cards').get(long.id) as Y.Map<unknown>;
    expect(boardCard.get('row')).toBe('r1');
    expect(JSON.stringify(watcher.doc.toJSON())).not.toContain('Самозванец');
    watcher.provider.destroy();
    facBoard.provider.destroy();
  });

  it("reveal is refused on a board without a round, and for other events' boards", async () => {
    const other = await createEvent(host, 'Другая');
    const co = await join(host, other.joinCode, 'Чужой');
    expect((await api(host, 'POST', `/api/events/${eventId}/boards/${boardId}/reveal`, { token: co.token })).status).toBe(403);
    expect((await api(host, 'POST', `/api/events/${eventId}/boards/nope/reveal`, { token: host.facilitatorToken })).status).toBe(404);
    const otherPlan = connect(host, `${other.id}/plan`, host.facilitatorToken);
    await synced(otherPlan.provider);
    const otherBoard = readPlan(otherPlan.doc).boards[0]!.id;
    otherPlan.provider.destroy();
    expect((await api(host, 'POST', `/api/events/${other.id}/boards/${otherBoard}/reveal`, { token: host.facilitatorToken })).status).toBe(409);
  });
});
