import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCards } from '@shared/doc/board';
import { readPlan } from '@shared/doc/plan';
import { openPrivateRound, readPrivateCards, readPrivateRound, writePrivateCard, MAX_PRIVATE_TEXT } from '@shared/doc/private';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { BoardId } from '@shared/ids';
import type { JoinResponse } from '@shared/protocol/api';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, rawSocket, startTestHost, synced } from './helpers/host';

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
    // A card claiming someone else's name: the name must never come from the card.
    const m = (rooms['Борис']!.doc.getMap('private').get(boardId) as Y.Map<Y.Map<unknown>>).values().next().value!;
    rooms['Борис']!.doc.transact(() => m.set('authorName', 'Самозванец'), LOCAL_ORIGIN);
    for (const name of WRITERS) await hostHas(name, TEXTS[name]!.length);

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

  it('named mode takes names from the host, never from the card; junk in a person room is skipped', async () => {
    openPrivateRound(plan.doc, boardId, { anonymous: false }, LOCAL_ORIGIN);
    const doc = rooms['Борис']!.doc;
    doc.transact(() => {
      const cards = doc.getMap('private').get(boardId) as Y.Map<unknown>;
      cards.set('not-a-card', 'строка');
      const num = new Y.Map<unknown>();
      num.set('text', 42);
      cards.set('numeric', num);
      const long = new Y.Map<unknown>();
      long.set('text', 'я'.repeat(MAX_PRIVATE_TEXT * 3));
      long.set('authorName', 'Самозванец');
      long.set('row', 'r1');
      long.set('column', 'c2');
      cards.set('long', long);
      doc.getMap('private').set('other-board', 'junk');
    }, LOCAL_ORIGIN);
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
