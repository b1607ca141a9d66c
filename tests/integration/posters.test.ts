import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRound } from '@shared/doc/championship';
import { addTeam, readBoard, readPlan } from '@shared/doc/plan';
import { readPoster, writePoster } from '@shared/doc/poster';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PosterSession } from '@shared/posters/session-doc';
import type { RoomDescription } from '@shared/protocol/api';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, startTestHost, synced } from './helpers/host';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());

describe('posters', () => {
  it('setup makes a poster and a team-only offers inbox per team; the team edits its poster until the host locks it at editingClosesAt', async () => {
    const fac = { token: host.facilitatorToken };
    const ev = await createEvent(host, 'Вернисаж', 'posters');
    const plan = connect(host, `${ev.id}/plan`, host.facilitatorToken);
    await synced(plan.provider);
    const clowns = addTeam(plan.doc, 'Больничные клоуны', '#e44', LOCAL_ORIGIN);
    addTeam(plan.doc, 'Пермская зелёная коалиция', '#4a4', LOCAL_ORIGIN);
    await eventually(async () => expect((await api<{ teams: unknown[] }>(host, 'GET', `/api/join/${ev.joinCode}`)).body.teams).toHaveLength(2));

    const setup = await api<PosterSession>(host, 'POST', `/api/events/${ev.id}/posters`, { ...fac, body: { editingClosesAt: null } });
    expect(setup.status).toBe(200);
    expect(setup.body.slots).toHaveLength(2);
    const again = await api<PosterSession>(host, 'POST', `/api/events/${ev.id}/posters`, { ...fac, body: {} });
    expect(again.body).toEqual(setup.body);
    const slot = setup.body.slots.find((s) => s.teamId === clowns)!;

    const member = await join(host, ev.joinCode, 'Клоун Бим', { team: clowns });
    const visitor = await join(host, ev.joinCode, 'Гость');
    expect((await api(host, 'POST', `/api/events/${ev.id}/posters`, { token: member.token, body: {} })).status).toBe(403);
    const rooms = (await api<{ rooms: RoomDescription[] }>(host, 'GET', `/api/events/${ev.id}/rooms`, fac)).body.rooms;
    expect(rooms.find((r) => r.name.endsWith(`/board/${slot.poster}`))).toMatchObject({ read: 'everyone in the event', write: 'its team and facilitators' });
    expect(rooms.find((r) => r.name.endsWith(`/board/${slot.inbox}`))).toMatchObject({ read: `team ${clowns} and facilitators`, write: 'facilitators' });

    const mine = connect(host, `${ev.id}/board/${slot.poster}`, member.token);
    const seen = connect(host, `${ev.id}/board/${slot.poster}`, visitor.token);
    await Promise.all([synced(mine.provider), synced(seen.provider)]);
    expect(readPoster(seen.doc).name).toBe('Больничные клоуны');
    writePoster(mine.doc, { problem: 'Детям в больнице страшно' }, LOCAL_ORIGIN);
    await eventually(() => expect(readPoster(seen.doc).problem).toBe('Детям в больнице страшно'));

    await api(host, 'POST', `/api/events/${ev.id}/posters`, { ...fac, body: { editingClosesAt: Date.now() - 1000 } });
    await eventually(() => expect(readBoard(plan.doc, slot.poster)?.locked).toBe(true));
    expect(readRound(plan.doc, setup.body.roundId!)?.lockedAt).not.toBeNull();
    expect(readPlan(plan.doc).boards.filter((b) => b.kind === 'poster')).toHaveLength(4);
    for (const c of [plan, mine, seen]) c.provider.destroy();
  });

  it("titles the host makes follow the console's language: the round, the inboxes and the audience vote in English", async () => {
    const fac = { token: host.facilitatorToken };
    const ev = await createEvent(host, 'Vernissage', 'posters');
    const plan = connect(host, `${ev.id}/plan`, host.facilitatorToken);
    await synced(plan.provider);
    const team = addTeam(plan.doc, 'Hospital clowns', '#e44', LOCAL_ORIGIN);
    addTeam(plan.doc, 'Green coalition', '#4a4', LOCAL_ORIGIN);
    await eventually(async () => expect((await api<{ teams: unknown[] }>(host, 'GET', `/api/join/${ev.joinCode}`)).body.teams).toHaveLength(2));
    const setup = await api<PosterSession>(host, 'POST', `/api/events/${ev.id}/posters`, { ...fac, body: { lang: 'en' } });
    const slot = setup.body.slots.find((s) => s.teamId === team)!;
    const vote = await api(host, 'POST', `/api/events/${ev.id}/championship/audience`, { ...fac, body: { round: setup.body.roundId, lang: 'en' } });
    expect(vote.status).toBe(201);
    await eventually(() => {
      expect(readRound(plan.doc, setup.body.roundId!)?.title).toBe('Poster session');
      expect(readBoard(plan.doc, slot.inbox)?.title).toBe('Offers of help: Hospital clowns');
      expect(readPlan(plan.doc).boards.some((b) => b.title === 'Audience award: Poster session')).toBe(true);
    });
    expect((await api(host, 'POST', `/api/events/${ev.id}/posters`, { ...fac, body: { lang: 'de' } })).status).toBe(400);
    plan.provider.destroy();
  });
});
