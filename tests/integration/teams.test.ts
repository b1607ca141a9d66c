import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { StageId } from '@shared/doc/agenda';
import type { PersonId } from '@shared/ids';
import { addStage, createStageBoards } from '@shared/doc/agenda';
import { addCard, observeCards, readCards } from '@shared/doc/board';
import { addTeam, readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { BoardId, TeamId } from '@shared/ids';
import type { MeResponse } from '@shared/protocol/api';
import type { TeamAssignResponse } from '@shared/session/protocol';
import { stageBoardId } from '@shared/session/stage-boards';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, startTestHost, synced } from './helpers/host';

let host: TestHost;
let eventId: string;
let joinCode: string;
let fac: ReturnType<typeof connect>;
let teamA: TeamId;
let teamB: TeamId;
let stage: StageId;
const open: WebsocketProvider[] = [];

function tracked(c: ReturnType<typeof connect>) {
  open.push(c.provider);
  return c;
}

function readOnlyReply(provider: WebsocketProvider): Promise<void> {
  return new Promise((resolve) => {
    provider.ws!.addEventListener('message', (e: MessageEvent) => {
      if (new Uint8Array(e.data as ArrayBuffer)[0] === 2) resolve();
    });
  });
}

/** The host's copy of a board, read through a fresh facilitator connection. */
async function hostBoard(boardId: BoardId): Promise<Y.Doc> {
  const c = tracked(connect(host, `${eventId}/board/${boardId}`, host.facilitatorToken));
  await synced(c.provider);
  return c.doc;
}

/**
 * Writes a card as `token` over a fresh stock client; resolves with whether the host kept it:
 * either a facilitator watching the board receives the card, or the host answers "read-only".
 */
async function tryWrite(who: { token: string; personId: string }, name: string, boardId: BoardId, text: string): Promise<boolean> {
  const token = who.token;
  const watcher = tracked(connect(host, `${eventId}/board/${boardId}`, host.facilitatorToken));
  const c = tracked(connect(host, `${eventId}/board/${boardId}`, token));
  await Promise.all([synced(watcher.provider), synced(c.provider)]);
  const kept = new Promise<boolean>((resolve) => {
    const check = () => readCards(watcher.doc).some((x) => x.text === text) && resolve(true);
    observeCards(watcher.doc, check);
  });
  const refused = readOnlyReply(c.provider).then(() => false);
  // The host takes a card only from its author (update guard): the writer's own id and name.
  addCard(c.doc, { text, authorId: who.personId as PersonId, authorName: name }, LOCAL_ORIGIN);
  const result = await Promise.race([kept, refused]);
  if (!result) expect(readCards(await hostBoard(boardId)).map((x) => x.text)).not.toContain(text);
  return result;
}

const assign = (token: string, assignments: Record<string, string | null>, id = eventId) =>
  api<TeamAssignResponse>(host, 'POST', `/api/events/${id}/teams/assign`, { token, body: { assignments } });

beforeAll(async () => {
  host = await startTestHost();
  ({ id: eventId, joinCode } = await createEvent(host));
  fac = tracked(connect(host, `${eventId}/plan`, host.facilitatorToken));
  await synced(fac.provider);
  teamA = addTeam(fac.doc, 'Каргопольский район', '#1f77b4', LOCAL_ORIGIN);
  teamB = addTeam(fac.doc, 'Плесецкий район', '#2ca02c', LOCAL_ORIGIN);
  stage = addStage(
    fac.doc,
    { title: 'Проектные идеи', method: { kind: 'board', boardKind: 'cards', template: null, perTeam: true }, durationMin: 30 },
    LOCAL_ORIGIN,
  );
  createStageBoards(fac.doc, stage, LOCAL_ORIGIN);
  await eventually(async () => {
    const r = await api<{ teams: unknown[] }>(host, 'GET', `/api/join/${joinCode}`);
    expect(r.body.teams).toHaveLength(2);
  });
});
afterAll(async () => {
  for (const p of open) p.destroy();
  await host.stop();
});

describe('team assignment through the host', () => {
  it('is refused to participants and to requests without a token', async () => {
    const p = await join(host, joinCode, 'Участник');
    expect((await assign(p.token, { [p.personId]: teamA })).status).toBe(403);
    expect((await api(host, 'POST', `/api/events/${eventId}/teams/assign`, { body: { assignments: {} } })).status).toBe(401);
    expect((await api(host, 'POST', `/api/events/${eventId}/teams/auto`, { token: p.token, body: { mode: 'random' } })).status).toBe(403);
  });

  it('refuses unknown people, unknown teams and malformed bodies, changing nobody', async () => {
    const p = await join(host, joinCode, 'Осторожный', { team: teamA });
    expect((await assign(host.facilitatorToken, { nobody: teamA })).status).toBe(400);
    expect((await assign(host.facilitatorToken, { [p.personId]: teamB, other: 'no-such-team' })).status).toBe(400);
    expect((await assign(host.facilitatorToken, { [p.personId]: 'no-such-team' })).status).toBe(400);
    const bad = await api(host, 'POST', `/api/events/${eventId}/teams/assign`, { token: host.facilitatorToken, body: { assignments: { 'a/b': teamA } } });
    expect(bad.status).toBe(400);
    const me = await api<MeResponse>(host, 'GET', '/api/me', { token: p.token });
    expect(me.body.teamId).toBe(teamA);
  });

  it('a new team changes which boards a person can write, once their client reconnects', async () => {
    const boardA = stageBoardId(stage, teamA);
    const boardB = stageBoardId(stage, teamB);
    const p = await join(host, joinCode, 'Мария', { team: teamA });
    expect(await tryWrite(p, 'Мария', boardA, 'идея команды А')).toBe(true);
    expect(await tryWrite(p, 'Мария', boardB, 'чужая доска')).toBe(false);

    // An open socket on team B's board, still read-only: it must be closed and reopened with the new team.
    const live = tracked(connect(host, `${eventId}/board/${boardB}`, p.token));
    await synced(live.provider);
    const closedWith = new Promise<number>((r) => live.provider.once('connection-close', (e) => r(e?.code ?? 0)));
    const r = await assign(host.facilitatorToken, { [p.personId]: teamB });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ changed: [p.personId], people: [{ id: p.personId, teamId: teamB }] });
    expect(await closedWith).toBe(4509);
    await synced(live.provider);
    addCard(live.doc, { text: 'после смены команды', authorId: p.personId, authorName: 'Мария' }, LOCAL_ORIGIN);
    await eventually(async () => expect(readCards(await hostBoard(boardB)).map((c) => c.text)).toContain('после смены команды'));

    expect(await tryWrite(p, 'Мария', boardA, 'уже не моя доска')).toBe(false);
    expect((await api<MeResponse>(host, 'GET', '/api/me', { token: p.token })).body.teamId).toBe(teamB);
    await eventually(() => expect(readPlan(fac.doc).people.find((x) => x.id === p.personId)?.teamId).toBe(teamB));
  });

  it('assigning the team a person already has closes nothing; null takes them out of every team', async () => {
    const p = await join(host, joinCode, 'Пётр', { team: teamA });
    expect((await assign(host.facilitatorToken, { [p.personId]: teamA })).body.changed).toEqual([]);
    expect((await assign(host.facilitatorToken, { [p.personId]: null })).body.people).toEqual([{ id: p.personId, teamId: null }]);
    expect(await tryWrite(p, 'Пётр', stageBoardId(stage, teamA), 'без команды')).toBe(false);
  });

  it('a co-facilitator may assign teams in their own event, not in another', async () => {
    const other = await createEvent(host, 'Другая сессия');
    const co = await api<{ cofacilitatorCode: string }>(host, 'GET', `/api/events/${eventId}`, { token: host.facilitatorToken });
    const cofac = await join(host, co.body.cofacilitatorCode, 'Со-модератор');
    const p = await join(host, joinCode, 'Ольга');
    expect((await assign(cofac.token, { [p.personId]: teamB })).status).toBe(200);
    expect((await assign(cofac.token, {}, other.id)).status).toBe(403);
  });
});

describe('automatic teams', () => {
  it("mixes participants by stakeholder group over the plan's teams, evenly", async () => {
    const ev = await createEvent(host, 'Смешанные команды');
    const plan = tracked(connect(host, `${ev.id}/plan`, host.facilitatorToken));
    await synced(plan.provider);
    const t1 = addTeam(plan.doc, 'Команда 1', '#111111', LOCAL_ORIGIN);
    const t2 = addTeam(plan.doc, 'Команда 2', '#222222', LOCAL_ORIGIN);
    await eventually(async () => expect((await api<{ teams: unknown[] }>(host, 'GET', `/api/join/${ev.joinCode}`)).body.teams).toHaveLength(2));
    const groups = ['residents', 'residents', 'authorities', 'authorities', 'youth', 'youth'];
    const people = [];
    for (const [i, group] of groups.entries()) people.push({ group, ...(await join(host, ev.joinCode, `Человек ${i}`, { group })) });
    const r = await api<TeamAssignResponse>(host, 'POST', `/api/events/${ev.id}/teams/auto`, {
      token: host.facilitatorToken,
      body: { mode: 'mixed', seed: 7 },
    });
    expect(r.status).toBe(200);
    expect(r.body.people).toHaveLength(6);
    const teamOf = new Map(r.body.people.map((x) => [x.id, x.teamId]));
    for (const group of new Set(groups)) {
      const teams = people.filter((x) => x.group === group).map((x) => teamOf.get(x.personId));
      expect(teams.sort()).toEqual([t1, t2].sort());
    }
    const me = await api<MeResponse>(host, 'GET', '/api/me', { token: people[0]!.token });
    expect(me.body.teamId).toBe(teamOf.get(people[0]!.personId));
  });
});
