import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from '@shared/doc/board';
import { addBoard, readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { VoteResults } from '@shared/doc/voting';
import { castVote, openVote, readVote, readVoteProgress, readVoteResults } from '@shared/doc/voting';
import type { BoardId, CardId } from '@shared/ids';
import type { JoinResponse } from '@shared/protocol/api';
import type { ItemRef } from '@shared/voting/tally';
import { itemKey } from '@shared/voting/tally';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, rawSocket, startTestHost, synced, writeThenReadBack } from './helpers/host';

let host: TestHost;
let eventId: string;
let joinCode: string;
let plan: ReturnType<typeof connect>;
let items: ItemRef[];
const people: Record<string, JoinResponse> = {};
const rooms: Record<string, ReturnType<typeof connect>> = {};

beforeAll(async () => {
  host = await startTestHost();
  ({ id: eventId, joinCode } = await createEvent(host));
  plan = connect(host, `${eventId}/plan`, host.facilitatorToken);
  await synced(plan.provider);
  const shared = readPlan(plan.doc).boards[0]!.id;
  const tree = addBoard(plan.doc, { title: 'Дерево проблем', kind: 'problem-tree' }, LOCAL_ORIGIN, 'tree1' as BoardId);
  const board = connect(host, `${eventId}/board/${shared}`, host.facilitatorToken);
  await eventually(() => expect(readPlan(plan.doc).boards).toHaveLength(2));
  const treeDoc = connect(host, `${eventId}/board/${tree}`, host.facilitatorToken);
  await Promise.all([synced(board.provider), synced(treeDoc.provider)]);
  addCard(board.doc, { text: 'Коворкинг для НКО', authorId: null, authorName: '' }, LOCAL_ORIGIN, 'card-a' as CardId);
  addCard(board.doc, { text: 'Ремесленные мастерские', authorId: null, authorName: '' }, LOCAL_ORIGIN, 'card-b' as CardId);
  treeDoc.doc.transact(() => {
    const node = new Y.Map<unknown>();
    node.set('text', 'Молодёжь уезжает');
    treeDoc.doc.getMap('nodes').set('node-c', node);
    const gone = new Y.Map<unknown>();
    gone.set('text', 'Удалённый узел');
    gone.set('deleted', true);
    treeDoc.doc.getMap('nodes').set('node-gone', gone);
  }, LOCAL_ORIGIN);
  items = [
    { boardId: shared, itemId: 'card-a' },
    { boardId: shared, itemId: 'card-b' },
    { boardId: tree, itemId: 'node-c' },
  ];
  // The host must hold the items before a vote over them can open: wait for a second connection to see them.
  const check = connect(host, `${eventId}/board/${tree}`, host.facilitatorToken);
  await eventually(() => expect(check.doc.getMap('nodes').has('node-c')).toBe(true));
  check.provider.destroy();
  for (const [name, group] of [
    ['Анна', 'youth'],
    ['Борис', 'youth'],
    ['Вера', 'authorities'],
    ['Глеб', 'business'],
  ] as const) {
    people[name] = await join(host, joinCode, name, { group });
    rooms[name] = connect(host, `${eventId}/person/${people[name]!.personId}`, people[name]!.token);
  }
  await Promise.all(Object.values(rooms).map((r) => synced(r.provider)));
  board.provider.destroy();
  treeDoc.provider.destroy();
});
afterAll(async () => {
  for (const r of Object.values(rooms)) r.provider.destroy();
  plan.provider.destroy();
  await host.stop();
});

/** Writes raw counts straight into a ballot map, as a hostile client would. */
function writeRaw(name: string, voteId: string, entries: Record<string, unknown>) {
  const doc = rooms[name]!.doc;
  doc.transact(() => {
    let m = doc.getMap('votes').get(voteId) as Y.Map<unknown> | undefined;
    if (!m) doc.getMap('votes').set(voteId, (m = new Y.Map<unknown>()));
    for (const [k, v] of Object.entries(entries)) m.set(k, v);
  }, LOCAL_ORIGIN);
}

/** Every key anywhere in a JSON value, to prove what is not there. */
function allKeys(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => allKeys(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      allKeys(x, out);
    }
  }
  return out;
}

describe('dot voting', () => {
  let voteId: string;
  let results: ReturnType<typeof connect>;

  it('only a facilitator opens a vote, over items that exist', async () => {
    const body = { title: 'Что делаем первым?', items, perPerson: 3, maxPerItem: 2 };
    expect((await api(host, 'POST', `/api/events/${eventId}/votes`, { token: people['Анна']!.token, body })).status).toBe(403);
    const unknown = { ...body, items: [...items, { boardId: items[0]!.boardId, itemId: 'nope' }] };
    expect((await api(host, 'POST', `/api/events/${eventId}/votes`, { token: host.facilitatorToken, body: unknown })).status).toBe(400);
    const tombstone = { ...body, items: [...items, { boardId: items[2]!.boardId, itemId: 'node-gone' }] };
    expect((await api(host, 'POST', `/api/events/${eventId}/votes`, { token: host.facilitatorToken, body: tombstone })).status).toBe(400);
    const tooMuch = { ...body, maxPerItem: 5 };
    expect((await api(host, 'POST', `/api/events/${eventId}/votes`, { token: host.facilitatorToken, body: tooMuch })).status).toBe(400);
    const r = await api<{ voteId: string }>(host, 'POST', `/api/events/${eventId}/votes`, { token: host.facilitatorToken, body });
    expect(r.status).toBe(201);
    voteId = r.body.voteId;
    await eventually(() => expect(readVote(plan.doc, voteId)?.state).toBe('open'));
    results = connect(host, `${eventId}/results`, people['Глеб']!.token);
    await synced(results.provider);
    await eventually(() => expect(readVoteProgress(results.doc, voteId)).toEqual({ state: 'open', title: 'Что делаем первым?', voted: 0, eligible: 4 }));
  });

  it('the budget holds against a participant who writes straight into their room', async () => {
    const vote = readVote(plan.doc, voteId)!;
    const [a, b, c] = items as [ItemRef, ItemRef, ItemRef];
    expect(castVote(rooms['Анна']!.doc, vote, a, 2, LOCAL_ORIGIN).ok).toBe(true);
    expect(castVote(rooms['Анна']!.doc, vote, c, 1, LOCAL_ORIGIN).ok).toBe(true);
    expect(castVote(rooms['Анна']!.doc, vote, b, 1, LOCAL_ORIGIN).ok).toBe(false);
    // Far beyond the budget, unknown items: the room takes them (whole dot counts), the count does not:
    // card-a 2 + card-b 1 (item-key order, cap 2, budget 3).
    writeRaw('Борис', voteId, { [itemKey(a)]: 100, [itemKey(b)]: 100, [`${a.boardId}:ghost`]: 50, junk: 9 });
    writeRaw('Вера', voteId, { [itemKey(c)]: 2 });
    // Negative, fractional and text counts are not dots at all: the host refuses the write at the door.
    const gleb = people['Глеб']!;
    for (const bad of [{ [itemKey(a)]: -3 }, { [itemKey(b)]: 1.5 }, { [itemKey(b)]: '2' }, { [itemKey(b)]: 1001 }]) {
      const { seen, denied } = await writeThenReadBack(host, `${eventId}/person/${gleb.personId}`, gleb.token, (d) => {
        const m = new Y.Map<unknown>();
        d.getMap('votes').set(voteId, m);
        for (const [k, v] of Object.entries(bad)) m.set(k, v);
      });
      expect(seen.getMap('votes').has(voteId)).toBe(false);
      expect(denied).toEqual([expect.stringMatching(/^refused: a bad value for votes\./)]);
    }
    await eventually(() => expect(readVoteProgress(results.doc, voteId)).toMatchObject({ voted: 3, eligible: 4 }));
  });

  it('while open, the results room says how many voted and nothing about how', () => {
    const json = results.doc.getMap('votes').toJSON() as Record<string, unknown>;
    expect(Object.keys(json[voteId] as object).sort()).toEqual(['eligible', 'state', 'title', 'voted']);
    const keys = allKeys(results.doc.toJSON());
    for (const tallyKey of ['items', 'total', 'byGroup', 'voters', 'votersByGroup', 'rank', ...items.map(itemKey)]) {
      expect(keys.has(tallyKey)).toBe(false);
    }
    expect(JSON.stringify(results.doc.toJSON())).not.toMatch(/card-a|card-b|node-c/);
  });

  it("a participant cannot open another person's room, nor write the results room", async () => {
    const anna = people['Анна']!;
    expect((await rawSocket(`${host.wsBase}/${eventId}/person/${people['Борис']!.personId}?token=${anna.token}`)).status).toBe(403);
    const forged = { state: 'closed', items: [{ ...items[1], total: 99 }] };
    const { seen } = await writeThenReadBack(host, `${eventId}/results`, anna.token, (d) => d.getMap('votes').set(voteId, forged));
    expect(readVoteResults(seen, voteId)).toBeNull();
    expect(readVoteProgress(seen, voteId)).toMatchObject({ voted: 3 });
  });

  it('close publishes the ranked tally split by group; later votes change nothing', async () => {
    expect((await api(host, 'POST', `/api/events/${eventId}/votes/${voteId}/close`, { token: people['Анна']!.token })).status).toBe(403);
    expect((await api(host, 'POST', `/api/events/${eventId}/votes/nope/close`, { token: host.facilitatorToken })).status).toBe(404);
    const r = await api<VoteResults>(host, 'POST', `/api/events/${eventId}/votes/${voteId}/close`, { token: host.facilitatorToken });
    expect(r.status).toBe(200);
    await eventually(() => expect(readVoteResults(results.doc, voteId)).toEqual(r.body));
    const shown = readVoteResults(results.doc, voteId)!;
    expect(shown.items.map((i) => [i.itemId, i.text, i.total, i.byGroup, i.rank])).toEqual([
      ['card-a', 'Коворкинг для НКО', 4, { youth: 4 }, 1],
      ['node-c', 'Молодёжь уезжает', 3, { authorities: 2, youth: 1 }, 2],
      ['card-b', 'Ремесленные мастерские', 1, { youth: 1 }, 3],
    ]);
    expect([shown.voters, shown.eligible, shown.votersByGroup]).toEqual([3, 4, { authorities: 1, youth: 2 }]);
    await eventually(() => expect(readVote(plan.doc, voteId)?.state).toBe('closed'));

    writeRaw('Глеб', voteId, { [itemKey(items[1]!)]: 2 });
    const again = await api<VoteResults>(host, 'POST', `/api/events/${eventId}/votes/${voteId}/close`, { token: host.facilitatorToken });
    expect(again.body).toEqual(r.body);
    expect(readVoteResults(results.doc, voteId)).toEqual(r.body);
  });

  it("a vote a facilitator's client writes into the plan gets live progress too", async () => {
    const second = openVote(plan.doc, { title: 'Второй тур', items: items.slice(0, 2), perPerson: 1, maxPerItem: 1 }, LOCAL_ORIGIN);
    await eventually(() => expect(readVoteProgress(results.doc, second)).toMatchObject({ voted: 0, eligible: 4 }));
    writeRaw('Вера', second, { [itemKey(items[1]!)]: 1 });
    await eventually(() => expect(readVoteProgress(results.doc, second)).toMatchObject({ voted: 1, eligible: 4 }));
  });
});
