import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTeam, readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { TeamOffer } from '@shared/posters/offers';
import { myOffers, readInbox } from '@shared/posters/offers';
import type { PosterSession } from '@shared/posters/session-doc';
import { readThreads } from '@shared/posters/threads';
import type { TestHost } from './helpers/host';
import { VISITOR_LIMITS } from '../../electron/host/posters/visitors';
import { api, connect, createEvent, eventually, join, startTestHost, synced } from './helpers/host';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());

/** A stock client whose socket records every frame the host sends it. */
function tapped(room: string, token: string, frames: Buffer[]) {
  class Tap extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      this.on('message', (d: Buffer) => frames.push(Buffer.from(d)));
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(host.wsBase, room, doc, {
    params: { token },
    WebSocketPolyfill: Tap as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  return { doc, provider };
}

async function posterEvent() {
  const ev = await createEvent(host, 'Вернисаж', 'posters');
  const plan = connect(host, `${ev.id}/plan`, host.facilitatorToken);
  await synced(plan.provider);
  const clowns = addTeam(plan.doc, 'Больничные клоуны', '#e44', LOCAL_ORIGIN);
  const green = addTeam(plan.doc, 'Пермская зелёная коалиция', '#4a4', LOCAL_ORIGIN);
  await eventually(async () => expect((await api<{ teams: unknown[] }>(host, 'GET', `/api/join/${ev.joinCode}`)).body.teams).toHaveLength(2));
  const setup = await api<PosterSession>(host, 'POST', `/api/events/${ev.id}/posters`, { token: host.facilitatorToken, body: {} });
  return { ev, plan, clowns, green, slot: setup.body.slots.find((s) => s.teamId === clowns)! };
}

describe('poster visitors', () => {
  it('threads: a visitor asks, the team answers (marked by the host), nobody else is marked; replies need a real thread', async () => {
    const { ev, plan, clowns, slot } = await posterEvent();
    const member = await join(host, ev.joinCode, 'Клоун Бим', { team: clowns });
    const visitor = await join(host, ev.joinCode, 'Вера');
    const url = `/api/events/${ev.id}/posters/${slot.poster}/comments`;
    const q = await api<{ id: string; answer: boolean }>(host, 'POST', url, { token: visitor.token, body: { text: 'Как стать клоуном?' } });
    expect(q).toMatchObject({ status: 201, body: { answer: false } });
    await api(host, 'POST', url, { token: member.token, body: { text: 'Приходите на обучение', replyTo: q.body.id } });
    await api(host, 'POST', url, { token: visitor.token, body: { text: 'Спасибо!', replyTo: q.body.id } });
    expect((await api(host, 'POST', url, { token: visitor.token, body: { text: 'x', replyTo: 'nothread' } })).status).toBe(404);
    expect((await api(host, 'POST', url, { token: visitor.token, body: { text: '' } })).status).toBe(400);
    const results = connect(host, `${ev.id}/results`, visitor.token);
    await synced(results.provider);
    await eventually(() => {
      const [t] = readThreads(results.doc, slot.poster);
      expect(t?.root.text).toBe('Как стать клоуном?');
      expect(t?.replies.map((r) => [r.authorName, r.answer])).toEqual([
        ['Клоун Бим', true],
        ['Вера', false],
      ]);
    });
    for (const c of [plan, results]) c.provider.destroy();
  });

  it("an offer's contact reaches only the initiative's team, and only with consent; no frame a second visitor receives carries it", async () => {
    const { ev, plan, clowns, slot } = await posterEvent();
    const member = await join(host, ev.joinCode, 'Клоун Бим', { team: clowns });
    const offerer = await join(host, ev.joinCode, 'Вера');
    const other = await join(host, ev.joinCode, 'Пётр');
    const frames: Buffer[] = [];
    const rooms = ['plan', 'results', `person/${other.personId}`, ...readPlan(plan.doc).boards.map((b) => `board/${b.id}`)];
    const taps = rooms.map((r) => tapped(`${ev.id}/${r}`, other.token, frames));
    await Promise.all(taps.slice(0, 4).map((t) => synced(t.provider)));

    const url = `/api/events/${ev.id}/posters/${slot.poster}/offers`;
    const secret = 'vera-no-consent@example.org';
    const shared = '+7 900 111-22-33';
    const a = await api<TeamOffer>(host, 'POST', url, {
      token: offerer.token,
      body: { kind: 'offer', category: 'premises', text: 'Зал в библиотеке', contact: secret, shareContact: false },
    });
    const b = await api<TeamOffer>(host, 'POST', url, {
      token: offerer.token,
      body: { kind: 'volunteer', category: 'volunteers', text: 'По субботам', contact: shared, shareContact: true },
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.contact).toBeNull();

    const inbox = connect(host, `${ev.id}/board/${slot.inbox}`, member.token);
    await synced(inbox.provider);
    await eventually(() => expect(readInbox(inbox.doc).map((o) => o.contact)).toEqual([null, shared]));
    const dec = `/api/events/${ev.id}/posters/offers/${b.body.id}/decision`;
    expect((await api(host, 'POST', dec, { token: other.token, body: { decision: 'declined' } })).status).toBe(403);
    expect((await api(host, 'POST', dec, { token: member.token, body: { decision: 'accepted' } })).status).toBe(200);
    const own = connect(host, `${ev.id}/person/${offerer.personId}`, offerer.token);
    await synced(own.provider);
    await eventually(() =>
      expect(myOffers(own.doc).map((o) => [o.contact, o.status])).toEqual([
        [secret, 'new'],
        [shared, 'accepted'],
      ]),
    );

    // A comment after the offers: once the second visitor has it, the host has sent them everything before it.
    await api(host, 'POST', `/api/events/${ev.id}/posters/${slot.poster}/comments`, { token: offerer.token, body: { text: 'Готова помочь' } });
    const results = taps[1]!;
    await eventually(() => expect(readThreads(results.doc, slot.poster)).toHaveLength(1));
    const seen = Buffer.concat(frames).toString('utf8');
    expect(seen).toContain('Готова помочь');
    expect(seen).not.toContain(secret);
    expect(seen).not.toContain(shared);
    expect(seen).not.toContain('Зал в библиотеке');

    const csv = await fetch(`${host.base}/api/events/${ev.id}/export/needs-offers.csv`, { headers: { authorization: `Bearer ${host.facilitatorToken}` } });
    const text = await csv.text();
    expect(csv.status).toBe(200);
    expect(text).toContain(shared);
    expect(text).toContain('Зал в библиотеке');
    expect(text).not.toContain(secret);
    const byVisitor = await fetch(`${host.base}/api/events/${ev.id}/export/needs-offers.xlsx`, { headers: { authorization: `Bearer ${other.token}` } });
    expect(byVisitor.status).toBe(403);
    for (const c of [plan, inbox, own, ...taps]) c.provider.destroy();
  });

  it('one person cannot flood a poster: a burst of posts and the per-poster offer cap answer 429, and nothing extra is published', async () => {
    const { ev, plan, slot } = await posterEvent();
    const spammer = await join(host, ev.joinCode, 'Спамер');
    const calm = await join(host, ev.joinCode, 'Вера');
    const comments = `/api/events/${ev.id}/posters/${slot.poster}/comments`;
    const statuses: number[] = [];
    for (let i = 0; i < VISITOR_LIMITS.burst + 2; i++)
      statuses.push((await api(host, 'POST', comments, { token: spammer.token, body: { text: `реклама ${i}` } })).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(VISITOR_LIMITS.burst);
    expect(statuses.slice(VISITOR_LIMITS.burst)).toEqual([429, 429]);
    // Someone else is not held back by the spammer.
    expect((await api(host, 'POST', comments, { token: calm.token, body: { text: 'Хороший проект' } })).status).toBe(201);

    const offers = `/api/events/${ev.id}/posters/${slot.poster}/offers`;
    const offer = { kind: 'offer', category: 'media', text: 'Пост в блоге', contact: '', shareContact: false };
    const offerStatuses: number[] = [];
    for (let i = 0; i < VISITOR_LIMITS.offersPerPoster + 1; i++)
      offerStatuses.push((await api(host, 'POST', offers, { token: calm.token, body: offer })).status);
    expect(offerStatuses).toEqual([...Array<number>(VISITOR_LIMITS.offersPerPoster).fill(201), 429]);
    const results = connect(host, `${ev.id}/results`, calm.token);
    await synced(results.provider);
    await eventually(() => expect(readThreads(results.doc, slot.poster)).toHaveLength(VISITOR_LIMITS.burst + 1));
    for (const c of [plan, results]) c.provider.destroy();
  });
});
