import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, readCards } from '@shared/doc/board';
import { createGroup, readGroups, renameGroup, ungroup } from '@shared/doc/groups';
import { placeIdea, readMatrixResults, setMatrix } from '@shared/doc/matrix';
import { readPlan } from '@shared/doc/plan';
import { openPrivateRound, writePrivateCard } from '@shared/doc/private';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { VoteResults } from '@shared/doc/voting';
import type { BoardId, CardId, PersonId } from '@shared/ids';
import type { JoinResponse } from '@shared/protocol/api';
import type { MissingReport } from '@shared/session/missing';
import type { HostProcess } from './support/host-process';
import { clientOn, createEventOn, hostApi, joinOn, startHostProcess, until } from './support/host-process';
import { rawClient } from './support/raw-sync';

/*
 * Card groups and "who is missing", black-box: the host as a child process, stock y-websocket clients
 * doing what a hostile participant's raw client could. Each client records what the host refused.
 */

let host: HostProcess;
beforeAll(async () => {
  host = await startHostProcess();
});
afterAll(async () => {
  await host?.stop();
});

/** A new event with its shared board, two participants each with two cards, and a facilitator's client on the board. */
async function setting(title: string) {
  const ev = await createEventOn(host, title);
  const [anna, boris] = [await joinOn(host, ev.joinCode, 'Анна'), await joinOn(host, ev.joinCode, 'Борис')];
  const plan = clientOn(host, `${ev.id}/plan`, host.facilitatorToken);
  await plan.ready;
  const boardId = readPlan(plan.doc).boards[0]!.id;
  const room = `${ev.id}/board/${boardId}`;
  const fac = clientOn(host, room, host.facilitatorToken);
  await fac.ready;
  for (const [who, name] of [
    [anna, 'Анна'],
    [boris, 'Борис'],
  ] as const) {
    const c = clientOn(host, room, who.token);
    await c.ready;
    for (const i of [1, 2])
      addCard(
        c.doc,
        { text: `${name} ${i}`, authorId: who.personId as PersonId, authorName: name },
        LOCAL_ORIGIN,
        `${name === 'Анна' ? 'a' : 'b'}${i}` as CardId,
      );
    await until(() => readCards(fac.doc).filter((x) => x.authorName === name).length === 2, `${name}'s cards`);
    c.destroy();
  }
  /** What a client joining now reads: the host's state, not any client's local view. */
  const late = async () => {
    const c = clientOn(host, room, host.facilitatorToken);
    await c.ready;
    const out = { groups: readGroups(c.doc), cards: readCards(c.doc) };
    c.destroy();
    return out;
  };
  const openVote = async (perPerson: number, maxPerItem: number, itemIds: string[]) => {
    const r = await hostApi<{ voteId: string }>(host, 'POST', `/api/events/${ev.id}/votes`, {
      token: host.facilitatorToken,
      body: { title: 'Что делаем', items: itemIds.map((itemId) => ({ boardId, itemId })), perPerson, maxPerItem },
    });
    expect(r.status).toBe(201);
    return r.body.voteId;
  };
  return { ev, anna, boris, plan, boardId, room, fac, late, openVote };
}

describe('card groups: records that reference cards, guarded by the host', () => {
  it("a participant groups someone else's cards without touching them; another cannot undo, rename or forge that group", async () => {
    const s = await setting('Группы');
    const anna = clientOn(host, s.room, s.anna.token);
    await anna.ready;
    const gid = createGroup(anna.doc, ['b1', 'b2'] as CardId[], 'Дубли Бориса', { authorId: s.anna.personId as PersonId, authorName: 'Анна' }, LOCAL_ORIGIN);
    await until(() => readGroups(s.fac.doc).some((g) => g.id === gid), 'the group reached the facilitator');
    expect(anna.denied).toEqual([]);
    // Boris's cards are as he wrote them: grouping wrote nothing into them.
    const after = await s.late();
    expect(after.cards.filter((c) => c.authorName === 'Борис').map((c) => [c.id, c.text, c.authorId])).toEqual([
      ['b1', 'Борис 1', s.boris.personId],
      ['b2', 'Борис 2', s.boris.personId],
    ]);

    const boris = clientOn(host, s.room, s.boris.token);
    await boris.ready;
    await until(() => readGroups(boris.doc).some((g) => g.id === gid), 'Boris sees the group');
    renameGroup(boris.doc, gid, 'Моё', LOCAL_ORIGIN);
    await until(() => boris.denied.length === 1, 'the rename refused');
    // A group signed with Anna's name, made by Boris.
    createGroup(boris.doc, ['a1', 'a2'] as CardId[], 'Подделка', { authorId: s.anna.personId as PersonId, authorName: 'Анна' }, LOCAL_ORIGIN);
    await until(() => boris.denied.length === 2, 'the forged group refused');
    ungroup(boris.doc, gid, LOCAL_ORIGIN);
    await until(() => boris.denied.length === 3, 'the ungroup refused');
    expect(boris.denied.join(' | ')).toMatch(/someone else.*author must be the writer.*someone else/);

    const seen = await s.late();
    expect(seen.groups.map((g) => [g.id, g.title, g.cards])).toEqual([[gid, 'Дубли Бориса', ['b1', 'b2']]]);
    // Its author may undo it.
    ungroup(anna.doc, gid, LOCAL_ORIGIN);
    await until(() => readGroups(s.fac.doc).length === 0, 'the author undid the group');
    expect(anna.denied).toEqual([]);
    for (const c of [anna, boris, s.fac, s.plan]) c.destroy();
    expect(host.alive()).toBe(true);
  });

  it('once a vote on the board is open, participants can neither group nor ungroup; the facilitator still merges duplicates', async () => {
    const s = await setting('Голосование открыто');
    const anna = clientOn(host, s.room, s.anna.token);
    await anna.ready;
    const mine = createGroup(anna.doc, ['a1', 'a2'] as CardId[], '', { authorId: s.anna.personId as PersonId, authorName: 'Анна' }, LOCAL_ORIGIN);
    await until(() => readGroups(s.fac.doc).length === 1, 'the group before the vote');
    await s.openVote(3, 3, ['a1', 'a2', 'b1', 'b2']);

    createGroup(anna.doc, ['b1', 'b2'] as CardId[], 'Поздно', { authorId: s.anna.personId as PersonId, authorName: 'Анна' }, LOCAL_ORIGIN);
    await until(() => anna.denied.length === 1, 'the late group refused');
    ungroup(anna.doc, mine, LOCAL_ORIGIN);
    await until(() => anna.denied.length === 2, 'the late ungroup refused');
    expect(anna.denied.every((d) => /vote on this board is open/.test(d))).toBe(true);

    createGroup(s.fac.doc, ['b1', 'b2'] as CardId[], 'Слито ведущим', { authorId: null, authorName: 'Ведущий' }, LOCAL_ORIGIN);
    await until(async () => (await s.late()).groups.length === 2, 'the facilitator merged duplicates during the vote');
    expect(s.fac.denied).toEqual([]);
    const seen = await s.late();
    expect(seen.groups.find((g) => g.id === mine)?.cards).toEqual(['a1', 'a2']);
    for (const c of [anna, s.fac, s.plan]) c.destroy();
  });

  it("a group is one item: dots on its members count for it, so a person's dots on duplicates never exceed the per-item limit or the budget", async () => {
    const s = await setting('Дубли');
    createGroup(s.fac.doc, ['a1', 'b1'] as CardId[], 'Одно и то же', { authorId: null, authorName: 'Ведущий' }, LOCAL_ORIGIN);
    await until(async () => (await s.late()).groups.length === 1, 'the facilitator merged two duplicates');
    // The facilitator lists the cards; the host makes the group one item.
    const voteId = await s.openVote(3, 1, ['a1', 'b1', 'a2', 'b2']);
    const gid = (await s.late()).groups[0]!.id;
    const ballot = async (p: JoinResponse, dots: Record<string, number>) => {
      const c = clientOn(host, `${s.ev.id}/person/${p.personId}`, p.token);
      await c.ready;
      c.doc.transact(() => {
        const m = new Y.Map<unknown>();
        c.doc.getMap('votes').set(voteId, m);
        for (const [k, n] of Object.entries(dots)) m.set(k, n);
      }, LOCAL_ORIGIN);
      return c;
    };
    const k = (id: string) => `${s.boardId}:${id}`;
    // Boris: one dot on each duplicate and one on the group itself — three dots on one item with a limit of 1 per item.
    const rooms = [await ballot(s.boris, { [k('a1')]: 1, [k('b1')]: 1, [k(gid)]: 1, [k('a2')]: 1 })];
    // Anna: 50 dots spread over the members — over the budget of 3.
    rooms.push(await ballot(s.anna, { [k('a1')]: 25, [k('b1')]: 25, [k('b2')]: 1 }));
    const results = clientOn(host, `${s.ev.id}/results`, host.facilitatorToken);
    await results.ready;
    await until(() => (results.doc.getMap('votes').get(voteId) as { voted?: number } | undefined)?.voted === 2, 'both ballots seen');

    const closed = await hostApi<VoteResults>(host, 'POST', `/api/events/${s.ev.id}/votes/${voteId}/close`, { token: host.facilitatorToken });
    expect(closed.status).toBe(200);
    const byId = Object.fromEntries(closed.body.items.map((i) => [i.itemId, i]));
    // Three items: the group and the two ungrouped cards; the grouped cards are not items of their own.
    expect(Object.keys(byId).sort()).toEqual([gid, 'a2', 'b2'].sort());
    expect(byId[gid]!.total).toBe(2); // one from each person: the per-item limit
    expect(byId[gid]!.voters).toBe(2);
    expect(byId[gid]!.text).toBe('Одно и то же');
    expect(byId['a2']!.total).toBe(1);
    expect(byId['b2']!.total).toBe(1);
    expect(closed.body.items.reduce((n, i) => n + i.total, 0)).toBeLessThanOrEqual(2 * 3);
    for (const c of [...rooms, results, s.fac, s.plan]) c.destroy();
  });
});

describe('who is missing: names for the facilitator only', () => {
  it('a participant cannot read it; the facilitator sees who has not voted or written, and a name leaves once they have', async () => {
    const s = await setting('Кого нет');
    const path = `/api/events/${s.ev.id}/missing`;
    expect((await hostApi(host, 'GET', path, { token: s.anna.token })).status).toBe(403);
    expect((await hostApi(host, 'GET', path)).status).toBe(401);

    const voteId = await s.openVote(2, 2, ['a1', 'b1']);
    const missing = async () => (await hostApi<MissingReport>(host, 'GET', path, { token: host.facilitatorToken })).body;
    expect((await missing()).votes).toEqual([
      {
        voteId,
        title: 'Что делаем',
        missing: [
          { personId: s.anna.personId, name: 'Анна' },
          { personId: s.boris.personId, name: 'Борис' },
        ],
      },
    ]);
    const annaRoom = clientOn(host, `${s.ev.id}/person/${s.anna.personId}`, s.anna.token);
    await annaRoom.ready;
    annaRoom.doc.transact(() => {
      const m = new Y.Map<unknown>();
      annaRoom.doc.getMap('votes').set(voteId, m);
      m.set(`${s.boardId}:a1`, 1);
    }, LOCAL_ORIGIN);
    await until(async () => (await missing()).votes[0]!.missing.length === 1, 'Anna left the list once she voted');
    expect((await missing()).votes[0]!.missing.map((p) => p.name)).toEqual(['Борис']);

    // A private round: nobody has written yet, then Boris writes.
    openPrivateRound(s.plan.doc, s.boardId as BoardId, { anonymous: true }, LOCAL_ORIGIN);
    await until(async () => (await missing()).rounds.length === 1, 'the round is listed');
    expect((await missing()).rounds[0]!.missing.map((p) => p.name)).toEqual(['Анна', 'Борис']);
    const borisRoom = clientOn(host, `${s.ev.id}/person/${s.boris.personId}`, s.boris.token);
    await borisRoom.ready;
    writePrivateCard(borisRoom.doc, s.boardId as BoardId, { text: 'Моя мысль' }, LOCAL_ORIGIN);
    await until(async () => (await missing()).rounds[0]!.missing.length === 1, 'Boris left the list once he wrote');
    expect((await missing()).rounds[0]!.missing.map((p) => p.name)).toEqual(['Анна']);
    // Still nothing for a participant, and nothing about what was written.
    expect((await hostApi(host, 'GET', path, { token: s.boris.token })).status).toBe(403);
    expect(JSON.stringify(await missing())).not.toContain('Моя мысль');
    for (const c of [annaRoom, borisRoom, s.fac, s.plan]) c.destroy();
  });
});

describe('the 2×2 matrix: each placement is its owner’s, in range', () => {
  it("a participant cannot place a point in someone else's room, and a point outside 0–10 does not move the average", async () => {
    const s = await setting('Матрица');
    setMatrix(
      s.plan.doc,
      { boardId: s.boardId, title: 'Влияние × усилия', sourceBoardId: s.boardId, ideas: [{ id: 'typed', text: 'Набранная идея' }] },
      LOCAL_ORIGIN,
    );
    const results = clientOn(host, `${s.ev.id}/results`, host.facilitatorToken);
    await results.ready;
    const point = (id: string) => readMatrixResults(results.doc, s.boardId)?.points.find((p) => p.ideaId === id);
    await until(() => point('a1') !== undefined && point('typed') !== undefined, 'the matrix lists the typed idea and the board cards');

    // Anna cannot even open Boris's room, let alone write his placement.
    await expect(rawClient(host, `${s.ev.id}/person/${s.boris.personId}`, s.anna.token)).rejects.toThrow(/403/);

    const annaRoom = clientOn(host, `${s.ev.id}/person/${s.anna.personId}`, s.anna.token);
    await annaRoom.ready;
    const borisRoom = clientOn(host, `${s.ev.id}/person/${s.boris.personId}`, s.boris.token);
    await borisRoom.ready;
    expect(placeIdea(annaRoom.doc, s.boardId, 'a1', { impact: 8, effort: 2 }, LOCAL_ORIGIN)).toBe(true);
    // A second raw client of Boris's skips the helper's check: far outside the range on a1, and a point
    // with a field a placement does not have. The host refuses both at the door.
    const rawBoris = clientOn(host, `${s.ev.id}/person/${s.boris.personId}`, s.boris.token);
    await rawBoris.ready;
    rawBoris.doc.transact(() => {
      const m = new Y.Map<unknown>();
      rawBoris.doc.getMap('matrix').set(`${s.boardId}-raw`, m);
      m.set('a1', { impact: 1e9, effort: -1e9 });
    }, LOCAL_ORIGIN);
    await until(() => rawBoris.denied.length === 1, 'the out-of-range placement refused');
    expect(rawBoris.denied[0]).toMatch(/a bad value for matrix\./);
    rawBoris.destroy();
    const again = clientOn(host, `${s.ev.id}/person/${s.boris.personId}`, s.boris.token);
    await again.ready;
    again.doc.transact(() => {
      const m = new Y.Map<unknown>();
      again.doc.getMap('matrix').set(`${s.boardId}-raw`, m);
      m.set('b1', { impact: 4, effort: 6, weight: 100 });
    }, LOCAL_ORIGIN);
    await until(() => again.denied.length === 1, 'the placement with an extra field refused');
    again.destroy();
    // His own page places b1 as the helper does.
    expect(placeIdea(borisRoom.doc, s.boardId, 'b1', { impact: 4, effort: 6 }, LOCAL_ORIGIN)).toBe(true);
    await until(() => point('b1')?.count === 1 && point('a1')?.count === 1, 'both placements published');
    expect(point('a1')).toMatchObject({ impact: 8, effort: 2, count: 1 });
    expect(point('b1')).toMatchObject({ impact: 4, effort: 6, count: 1 });
    expect(point('typed')).toMatchObject({ count: 0 });
    for (const c of [annaRoom, borisRoom, results, s.fac, s.plan]) c.destroy();
    expect(host.alive()).toBe(true);
  });
});
