import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, readCards } from '@shared/doc/board';
import { addBoard, addTeam, readPlan, setBoardField } from '@shared/doc/plan';
import type { BoardId } from '@shared/ids';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { closeRound, openPrivateRound } from '@shared/doc/private';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, rawSocket, startTestHost, synced, writeThenReadBack } from './helpers/host';

let host: TestHost;
let eventId: string;
let joinCode: string;
let fac: ReturnType<typeof connect>;
let sharedBoard: BoardId;

beforeAll(async () => {
  host = await startTestHost();
  ({ id: eventId, joinCode } = await createEvent(host));
  fac = connect(host, `${eventId}/plan`, host.facilitatorToken);
  await synced(fac.provider);
  sharedBoard = readPlan(fac.doc).boards[0]!.id;
});
afterAll(async () => {
  fac.provider.destroy();
  await host.stop();
});

/** Sends a raw update over a fresh socket, as a misbehaving client would, and waits until the host has handled it. */
const pushRaw = (room: string, token: string, change: (doc: Y.Doc) => void) => writeThenReadBack(host, room, token, change);

describe('rooms and roles', () => {
  it('two participants on one board converge', async () => {
    const a = await join(host, joinCode, 'Анна');
    const b = await join(host, joinCode, 'Борис');
    const ca = connect(host, `${eventId}/board/${sharedBoard}`, a.token);
    const cb = connect(host, `${eventId}/board/${sharedBoard}`, b.token);
    await Promise.all([synced(ca.provider), synced(cb.provider)]);
    addCard(ca.doc, { text: 'Карточка Анны', authorId: a.personId, authorName: 'Анна' }, LOCAL_ORIGIN);
    addCard(cb.doc, { text: 'Карточка Бориса', authorId: b.personId, authorName: 'Борис' }, LOCAL_ORIGIN);
    await eventually(() => {
      expect(
        readCards(ca.doc)
          .map((c) => c.text)
          .sort(),
      ).toEqual(['Карточка Анны', 'Карточка Бориса']);
      expect(Y.encodeStateVector(ca.doc)).toEqual(Y.encodeStateVector(cb.doc));
    });
    ca.provider.destroy();
    cb.provider.destroy();
  });

  it('a participant cannot write to the plan room', async () => {
    const p = await join(host, joinCode, 'Вера');
    const c = connect(host, `${eventId}/plan`, p.token);
    await synced(c.provider);
    expect(readPlan(c.doc).title).toBe('Тестовая сессия');
    await pushRaw(`${eventId}/plan`, p.token, (d) => d.getMap('meta').set('title', 'взлом'));
    c.doc.getMap('meta').set('title', 'тоже взлом');
    await new Promise((r) => setTimeout(r, 200));
    expect(readPlan(fac.doc).title).toBe('Тестовая сессия');
    c.provider.destroy();
  });

  it("a participant cannot open another person's room, and may open their own", async () => {
    const a = await join(host, joinCode, 'Глеб');
    const b = await join(host, joinCode, 'Дина');
    expect((await rawSocket(`${host.wsBase}/${eventId}/person/${b.personId}?token=${a.token}`)).status).toBe(403);
    const own = await rawSocket(`${host.wsBase}/${eventId}/person/${a.personId}?token=${a.token}`);
    expect(own.status).toBeNull();
    own.ws.close();
  });

  it("the facilitator cannot read a person's private room either", async () => {
    const a = await join(host, joinCode, 'Ева');
    expect((await rawSocket(`${host.wsBase}/${eventId}/person/${a.personId}?token=${host.facilitatorToken}`)).status).toBe(403);
  });

  it('the results room is read-only for everyone, facilitators included', async () => {
    const p = await join(host, joinCode, 'Жанна');
    const watcher = connect(host, `${eventId}/results`, p.token);
    await synced(watcher.provider);
    await pushRaw(`${eventId}/results`, host.facilitatorToken, (d) => d.getMap('tally').set('x', 1));
    await pushRaw(`${eventId}/results`, p.token, (d) => d.getMap('tally').set('y', 1));
    await new Promise((r) => setTimeout(r, 200));
    expect(watcher.doc.getMap('tally').size).toBe(0);
    watcher.provider.destroy();
  });

  it('a locked board is read-only for participants and still writable by facilitators', async () => {
    const boardId = addBoard(fac.doc, { title: 'Замок', writers: 'all' }, LOCAL_ORIGIN);
    const p = await join(host, joinCode, 'Зоя');
    const facBoard = connect(host, `${eventId}/board/${boardId}`, host.facilitatorToken);
    await eventually(() => expect(facBoard.provider.synced).toBe(true));
    setBoardField(fac.doc, boardId, 'locked', true, LOCAL_ORIGIN);
    await new Promise((r) => setTimeout(r, 100));
    await pushRaw(`${eventId}/board/${boardId}`, p.token, (d) => addCard(d, { text: 'после дедлайна', authorId: p.personId, authorName: 'Зоя' }, 'x'));
    addCard(facBoard.doc, { text: 'от модератора', authorId: null, authorName: 'М' }, LOCAL_ORIGIN);
    const reader = connect(host, `${eventId}/board/${boardId}`, p.token);
    await synced(reader.provider);
    await eventually(() => expect(readCards(reader.doc).map((c) => c.text)).toEqual(['от модератора']));
    setBoardField(fac.doc, boardId, 'locked', false, LOCAL_ORIGIN);
    await new Promise((r) => setTimeout(r, 100));
    await pushRaw(`${eventId}/board/${boardId}`, p.token, (d) => addCard(d, { text: 'снова можно', authorId: p.personId, authorName: 'Зоя' }, 'x'));
    await eventually(() =>
      expect(
        readCards(facBoard.doc)
          .map((c) => c.text)
          .sort(),
      ).toEqual(['от модератора', 'снова можно']),
    );
    facBoard.provider.destroy();
    reader.provider.destroy();
  });

  it('a board under an open private round is read-only for participants until the round ends', async () => {
    const boardId = addBoard(fac.doc, { title: 'Личный раунд', writers: 'all' }, LOCAL_ORIGIN);
    const p = await join(host, joinCode, 'Юлия');
    openPrivateRound(fac.doc, boardId, { anonymous: true }, LOCAL_ORIGIN);
    await new Promise((r) => setTimeout(r, 100));
    await pushRaw(`${eventId}/board/${boardId}`, p.token, (d) => addCard(d, { text: 'мимо личного раунда', authorId: p.personId, authorName: 'Юлия' }, 'x'));
    closeRound(fac.doc, boardId, LOCAL_ORIGIN);
    await new Promise((r) => setTimeout(r, 100));
    await pushRaw(`${eventId}/board/${boardId}`, p.token, (d) => addCard(d, { text: 'после раунда', authorId: p.personId, authorName: 'Юлия' }, 'x'));
    const view = connect(host, `${eventId}/board/${boardId}`, host.facilitatorToken);
    await synced(view.provider);
    await eventually(() => expect(readCards(view.doc).map((c) => c.text)).toEqual(['после раунда']));
    view.provider.destroy();
  });

  it('a team-only board is closed to other teams, and writable only by its team', async () => {
    const red = addTeam(fac.doc, 'Красные', '#f00', LOCAL_ORIGIN);
    const blue = addTeam(fac.doc, 'Синие', '#00f', LOCAL_ORIGIN);
    const hidden = addBoard(fac.doc, { title: 'Только красные', teamId: red, visibility: 'team', writers: 'team' }, LOCAL_ORIGIN);
    const open = addBoard(fac.doc, { title: 'Красные пишут, все читают', teamId: red, visibility: 'all', writers: 'team' }, LOCAL_ORIGIN);
    await new Promise((r) => setTimeout(r, 150));
    const r = await join(host, joinCode, 'Ира', { team: red });
    const b = await join(host, joinCode, 'Кирилл', { team: blue });
    expect((await rawSocket(`${host.wsBase}/${eventId}/board/${hidden}?token=${b.token}`)).status).toBe(403);
    const ok = await rawSocket(`${host.wsBase}/${eventId}/board/${hidden}?token=${r.token}`);
    expect(ok.status).toBeNull();
    ok.ws.close();
    await pushRaw(`${eventId}/board/${open}`, b.token, (d) => addCard(d, { text: 'чужая', authorId: b.personId, authorName: 'Кирилл' }, 'x'));
    await pushRaw(`${eventId}/board/${open}`, r.token, (d) => addCard(d, { text: 'своя', authorId: r.personId, authorName: 'Ира' }, 'x'));
    const view = connect(host, `${eventId}/board/${open}`, host.facilitatorToken);
    await synced(view.provider);
    await eventually(() => expect(readCards(view.doc).map((c) => c.text)).toEqual(['своя']));
    view.provider.destroy();
  });

  it('making a board team-only closes the sockets of people outside the team', async () => {
    const team = addTeam(fac.doc, 'Зелёные', '#0f0', LOCAL_ORIGIN);
    const boardId = addBoard(fac.doc, { title: 'Скоро закрытая', teamId: team, visibility: 'all' }, LOCAL_ORIGIN);
    await new Promise((r) => setTimeout(r, 150));
    const outsider = await join(host, joinCode, 'Лев');
    const sock = await rawSocket(`${host.wsBase}/${eventId}/board/${boardId}?token=${outsider.token}`);
    expect(sock.status).toBeNull();
    setBoardField(fac.doc, boardId, 'visibility', 'team', LOCAL_ORIGIN);
    expect((await sock.closed).code).toBe(4403);
  });

  it('a juror reads boards but cannot write them', async () => {
    const ev = (await api<{ jurorCode: string }>(host, 'GET', `/api/events/${eventId}`, { token: host.facilitatorToken })).body;
    const j = await join(host, ev.jurorCode, 'Эксперт');
    expect(j.role).toBe('juror');
    await pushRaw(`${eventId}/board/${sharedBoard}`, j.token, (d) => addCard(d, { text: 'от жюри', authorId: null, authorName: 'x' }, 'x'));
    const view = connect(host, `${eventId}/board/${sharedBoard}`, host.facilitatorToken);
    await synced(view.provider);
    await new Promise((r) => setTimeout(r, 100));
    expect(readCards(view.doc).some((c) => c.text === 'от жюри')).toBe(false);
    view.provider.destroy();
  });

  it('a room name that is not part of an event is refused and never created', async () => {
    const p = await join(host, joinCode, 'Мила');
    for (const room of [
      `${eventId}/board/nosuchboard`,
      `${eventId}/person/nosuchperson`,
      `nosuchevent/plan`,
      `${eventId}/other`,
      `${eventId}/plan/x`,
      `..%2F..%2Fetc`,
    ]) {
      expect((await rawSocket(`${host.wsBase}/${room}?token=${p.token}`)).status, room).toBe(403);
      expect((await rawSocket(`${host.wsBase}/${room}?token=${host.facilitatorToken}`)).status, room).toBe(403);
    }
    const rooms = (await api<{ rooms: { name: string }[] }>(host, 'GET', `/api/events/${eventId}/rooms`, { token: host.facilitatorToken })).body.rooms;
    expect(rooms.some((r) => r.name.includes('nosuch'))).toBe(false);
  });

  it('participants of one event cannot open rooms of another', async () => {
    const other = await createEvent(host, 'Другая');
    const p = await join(host, joinCode, 'Ника');
    expect((await rawSocket(`${host.wsBase}/${other.id}/plan?token=${p.token}`)).status).toBe(403);
  });
});
