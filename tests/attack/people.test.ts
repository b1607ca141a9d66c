import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from '@shared/doc/board';
import { addBoard, addTeam, readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { CardId, TeamId } from '@shared/ids';
import type { JoinResponse, JoinStatusResponse, MeResponse } from '@shared/protocol/api';
import type { RosterResponse } from '@shared/session/roster';
import type { VoteResults } from '@shared/doc/voting';
import type { HostProcess } from './support/host-process';
import { clientOn, createEventOn, hostApi, startHostProcess, until } from './support/host-process';
import { rawClient } from './support/raw-sync';

/**
 * The cap applies to loopback here: every request of this test comes from 127.0.0.1, as from one
 * phone, so each case uses its own event (the cap is per event) and the flood of 39 runs last (it
 * also spends the address's join-rate budget).
 */
let host: HostProcess;
beforeAll(async () => {
  host = await startHostProcess({ args: ['--cap-loopback', '--identities-per-address', '3'] });
});
afterAll(async () => {
  await host.stop();
});

const join = (code: string, name: string, extra: { team?: string } = {}) =>
  hostApi<JoinResponse & { error?: { message: string } }>(host, 'POST', '/api/join', { body: { code, name, ...extra } });

async function joined(code: string, name: string, extra: { team?: string } = {}): Promise<JoinResponse> {
  const r = await join(code, name, extra);
  if (r.status !== 201) throw new Error(`join failed ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

const act = (eventId: string, personId: string, action: string, into?: string) =>
  hostApi<RosterResponse>(host, 'POST', `/api/events/${eventId}/people/${personId}`, { token: host.facilitatorToken, body: { action, into } });

/** Does this token get write access to the room? The host asks only writers for their state on connect. */
async function canWrite(room: string, token: string): Promise<boolean> {
  const raw = await rawClient(host, room, token);
  await new Promise((r) => setTimeout(r, 300));
  raw.close();
  return raw.step1s > 0;
}

describe('one person, one voice', () => {
  it('voiding a person drops their dots from the open progress and from a closed result, and the change is logged', async () => {
    const ev = await createEventOn(host, 'Голосование');
    const plan = clientOn(host, `${ev.id}/plan`, host.facilitatorToken);
    await plan.ready;
    const boardId = readPlan(plan.doc).boards[0]!.id;
    const board = clientOn(host, `${ev.id}/board/${boardId}`, host.facilitatorToken);
    await board.ready;
    addCard(board.doc, { text: 'Вариант А', authorId: null, authorName: '' }, LOCAL_ORIGIN, 'card-a' as CardId);
    addCard(board.doc, { text: 'Вариант Б', authorId: null, authorName: '' }, LOCAL_ORIGIN, 'card-b' as CardId);
    const items = [
      { boardId, itemId: 'card-a' },
      { boardId, itemId: 'card-b' },
    ];
    let voteId = '';
    await until(async () => {
      const r = await hostApi<{ voteId: string }>(host, 'POST', `/api/events/${ev.id}/votes`, {
        token: host.facilitatorToken,
        body: { title: 'Что делаем', items, perPerson: 3, maxPerItem: 3 },
      });
      voteId = r.body.voteId;
      return r.status === 201;
    }, 'the vote opened once the host has the cards');

    const honest = await joined(ev.joinCode, 'Честный');
    const stuffer = await joined(ev.joinCode, 'Вбросчик');
    const ballot = async (p: JoinResponse, key: string) => {
      const c = clientOn(host, `${ev.id}/person/${p.personId}`, p.token);
      await c.ready;
      c.doc.transact(() => {
        const m = new Y.Map<unknown>();
        c.doc.getMap('votes').set(voteId, m);
        m.set(key, 3);
      }, LOCAL_ORIGIN);
      return c;
    };
    const rooms = [await ballot(honest, `${boardId}:card-b`), await ballot(stuffer, `${boardId}:card-a`)];
    const results = clientOn(host, `${ev.id}/results`, host.facilitatorToken);
    await results.ready;
    const published = () =>
      results.doc.getMap('votes').get(voteId) as { voted?: number; eligible?: number; items?: { itemId: string; total: number }[] } | undefined;
    await until(() => published()?.voted === 2, 'both ballots counted in the open progress');

    expect((await act(ev.id, stuffer.personId, 'void')).status).toBe(200);
    await until(() => published()?.voted === 1 && published()?.eligible === 1, 'the voided ballot left the open progress');

    // Restore, close with both counted, then void again: the closed result is re-counted.
    expect((await act(ev.id, stuffer.personId, 'restore')).status).toBe(200);
    const closed = await hostApi<VoteResults>(host, 'POST', `/api/events/${ev.id}/votes/${voteId}/close`, { token: host.facilitatorToken });
    expect(closed.body.items.find((i) => i.itemId === 'card-a')!.total).toBe(3);
    const voided = await act(ev.id, stuffer.personId, 'void');
    expect(voided.body.audit.map((a) => a.action)).toEqual(['void', 'restore', 'void']);
    await until(() => published()?.items?.find((i) => i.itemId === 'card-a')?.total === 0, 'the voided dots left the closed result');
    expect(published()!.items!.find((i) => i.itemId === 'card-b')!.total).toBe(3);
    expect(published()!.eligible).toBe(1);

    for (const c of [plan, board, results, ...rooms]) c.destroy();
  });

  it('naming another team on the join form gives no access to its team-only boards; only the facilitator assigns teams', async () => {
    const ev = await createEventOn(host, 'Команды');
    const plan = clientOn(host, `${ev.id}/plan`, host.facilitatorToken);
    await plan.ready;
    const teamB = addTeam(plan.doc, 'Команда Б', '#2ca02c', LOCAL_ORIGIN) as TeamId;
    const boardB = addBoard(plan.doc, { title: 'Доска Б', writers: 'team', teamId: teamB }, LOCAL_ORIGIN);
    const rooms = () => hostApi<{ rooms: { name: string }[] }>(host, 'GET', `/api/events/${ev.id}/rooms`, { token: host.facilitatorToken });
    await until(async () => (await rooms()).body.rooms.some((r) => r.name.endsWith(boardB)), 'the host has the team and its board');

    const trick = await joined(ev.joinCode, 'Самозванец', { team: teamB });
    const me = await hostApi<MeResponse>(host, 'GET', '/api/me', { token: trick.token });
    expect(me.body.teamId).toBeNull();
    expect(await canWrite(`${ev.id}/board/${boardB}`, trick.token)).toBe(false);
    const roster = await hostApi<RosterResponse>(host, 'GET', `/api/events/${ev.id}/people`, { token: host.facilitatorToken });
    expect(roster.body.people.find((p) => p.id === trick.personId)!.requestedTeamId).toBe(teamB);

    // The facilitator accepts the request: now, and only now, the board opens.
    const a = await hostApi(host, 'POST', `/api/events/${ev.id}/teams/assign`, {
      token: host.facilitatorToken,
      body: { assignments: { [trick.personId]: teamB } },
    });
    expect(a.status).toBe(200);
    expect(await canWrite(`${ev.id}/board/${boardB}`, trick.token)).toBe(true);
    plan.destroy();
  });

  it('with check-in on, a join waits for the facilitator: no access until approved, none at all if refused', async () => {
    const ev = await createEventOn(host, 'Регистрация');
    const on = await hostApi<RosterResponse>(host, 'PUT', `/api/events/${ev.id}/check-in`, { token: host.facilitatorToken, body: { on: true } });
    expect(on.body.checkIn).toBe(true);
    const p = await joined(ev.joinCode, 'Ожидающий');
    expect(p.status).toBe('pending');
    expect((await hostApi(host, 'GET', '/api/me', { token: p.token })).status).toBe(401);
    expect((await hostApi<JoinStatusResponse>(host, 'GET', '/api/checkin', { token: p.token })).body.status).toBe('pending');
    const plan = clientOn(host, `${ev.id}/plan`, host.facilitatorToken);
    await plan.ready;
    expect(readPlan(plan.doc).people.some((x) => x.id === p.personId)).toBe(false);

    const roster = await hostApi<RosterResponse>(host, 'GET', `/api/events/${ev.id}/people`, { token: host.facilitatorToken });
    expect(roster.body.people.find((x) => x.id === p.personId)!.status).toBe('pending');
    expect((await act(ev.id, p.personId, 'approve')).status).toBe(200);
    expect((await hostApi<JoinStatusResponse>(host, 'GET', '/api/checkin', { token: p.token })).body.status).toBe('active');
    expect((await hostApi<MeResponse>(host, 'GET', '/api/me', { token: p.token })).body.personId).toBe(p.personId);
    await until(() => readPlan(plan.doc).people.some((x) => x.id === p.personId), 'the approved person is on the roster');

    const q = await joined(ev.joinCode, 'Отклонённый');
    expect((await act(ev.id, q.personId, 'deny')).status).toBe(200);
    expect((await hostApi<JoinStatusResponse>(host, 'GET', '/api/checkin', { token: q.token })).body.status).toBe('removed');
    expect((await hostApi(host, 'GET', '/api/me', { token: q.token })).status).toBe(401);
    plan.destroy();
    expect(host.alive()).toBe(true);
  });
  it('39 identities from one address: only the first few are minted, the rest refused with a reason', async () => {
    const ev = await createEventOn(host, 'Потолок');
    const results = [];
    for (let i = 0; i < 39; i++) results.push(await join(ev.joinCode, `Клон ${i}`));
    const ok = results.filter((r) => r.status === 201);
    expect(ok).toHaveLength(3);
    expect(results.slice(3).every((r) => r.status === 429)).toBe(true);
    expect(JSON.stringify(results[3]!.body)).toMatch(/as many people/);
    const roster = await hostApi<RosterResponse>(host, 'GET', `/api/events/${ev.id}/people`, { token: host.facilitatorToken });
    expect(roster.body.people).toHaveLength(3);
    expect(roster.body.people.every((p) => p.address !== null)).toBe(true);
  });
});
