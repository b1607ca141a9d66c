import { readFile, stat } from 'node:fs/promises';
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventSummary, JoinInfo, MeResponse, RoomsResponse } from '@shared/protocol/api';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, join, startTestHost, synced } from './helpers/host';
import { readPlan } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import { planRoom } from '@shared/protocol/rooms';

let host: TestHost;
const fac = () => ({ token: host.facilitatorToken });

beforeAll(async () => {
  host = await startTestHost({ joinBurst: 1000, joinPerMinute: 1000 });
});
afterAll(() => host.stop());

describe('the JSON API', () => {
  it('answers health without a token', async () => {
    const r = await api<{ ok: boolean; version: string }>(host, 'GET', '/api/health');
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(true);
    expect(r.body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('writes host.json with mode 0600 and the documented fields', async () => {
    const file = joinPath(host.dataDir, 'host.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const json = JSON.parse(await readFile(file, 'utf8'));
    expect(json).toMatchObject({
      version: 1,
      pid: process.pid,
      port: host.port,
      localUrl: `http://127.0.0.1:${host.port}`,
      facilitatorToken: host.facilitatorToken,
    });
    expect(Array.isArray(json.lanUrls)).toBe(true);
  });

  it('needs the facilitator token for the library', async () => {
    expect((await api(host, 'GET', '/api/events')).status).toBe(401);
    const p = await join(host, (await createEvent(host)).joinCode, 'Участник');
    const r = await api<{ error: { code: string } }>(host, 'GET', '/api/events', { token: p.token });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('forbidden');
  });

  it('creates, lists, renames, archives, duplicates and deletes events', async () => {
    const created = await createEvent(host, 'Каргополь', 'strategy');
    expect(created.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    let list = (await api<{ events: EventSummary[] }>(host, 'GET', '/api/events', fac())).body.events;
    expect(list.find((e) => e.id === created.id)).toMatchObject({ title: 'Каргополь', format: 'strategy', archived: false });

    const renamed = await api<EventSummary>(host, 'PATCH', `/api/events/${created.id}`, { ...fac(), body: { title: 'Каргопольский район' } });
    expect(renamed.body.title).toBe('Каргопольский район');
    const archived = await api<EventSummary>(host, 'PATCH', `/api/events/${created.id}`, { ...fac(), body: { archived: true } });
    expect(archived.body.archived).toBe(true);
    expect((await api(host, 'GET', `/api/join/${created.joinCode}`)).status).toBe(404);
    await api(host, 'PATCH', `/api/events/${created.id}`, { ...fac(), body: { archived: false } });

    const dup = await api<{ id: string; joinCode: string }>(host, 'POST', `/api/events/${created.id}/duplicate`, { ...fac(), body: {} });
    expect(dup.status).toBe(201);
    expect(dup.body.joinCode).not.toBe(created.joinCode);
    const dupSummary = (await api<EventSummary>(host, 'GET', `/api/events/${dup.body.id}`, fac())).body;
    expect(dupSummary.title).toBe('Каргопольский район (2)');

    expect((await api(host, 'DELETE', `/api/events/${created.id}`, fac())).status).toBe(200);
    list = (await api<{ events: EventSummary[] }>(host, 'GET', '/api/events', fac())).body.events;
    expect(list.some((e) => e.id === created.id)).toBe(false);
    expect((await api(host, 'GET', `/api/events/${created.id}`, fac())).status).toBe(404);
  });

  it('names a new event’s first board in the language of the console that created it', async () => {
    const titles = async (lang?: 'ru' | 'en') => {
      const r = await api<{ id: EventId }>(host, 'POST', '/api/events', {
        ...fac(),
        body: { title: 'Kargopol', format: 'strategy', ...(lang ? { lang } : {}) },
      });
      expect(r.status).toBe(201);
      const { doc, provider } = connect(host, planRoom(r.body.id), host.facilitatorToken);
      await synced(provider);
      const out = readPlan(doc).boards.map((b) => b.title);
      provider.destroy();
      return out;
    };
    expect(await titles('en')).toEqual(['Shared board']);
    expect(await titles('ru')).toEqual(['Общая доска']);
    expect(await titles()).toEqual(['Общая доска']);
    const bad = await api(host, 'POST', '/api/events', { ...fac(), body: { title: 'X', format: 'strategy', lang: 'de' } });
    expect(bad.status).toBe(400);
  });

  it('rejects bad bodies with a clear 400', async () => {
    const r = await api<{ error: { code: string; message: string } }>(host, 'POST', '/api/events', { ...fac(), body: { title: '', format: 'party' } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('bad_request');
    expect(r.body.error.message).toMatch(/title|format/);
    const notJson = await fetch(`${host.base}/api/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host.facilitatorToken}`, 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
  });

  it('joins by code with a group and a team, and the token says who you are', async () => {
    const { id, joinCode } = await createEvent(host, 'Няндома');
    const info = (await api<JoinInfo>(host, 'GET', `/api/join/${joinCode.toLowerCase()}`)).body;
    expect(info).toMatchObject({ eventId: id, title: 'Няндома', role: 'participant' });
    expect(info.groups.map((g) => g.id)).toContain('ngo');
    const p = await join(host, joinCode, 'Светлана', { group: 'ngo' });
    expect(p).toMatchObject({ eventId: id, role: 'participant' });
    expect(p.token.length).toBeGreaterThanOrEqual(22);
    const me = (await api<MeResponse>(host, 'GET', '/api/me', { token: p.token })).body;
    expect(me).toMatchObject({ name: 'Светлана', group: 'ngo', role: 'participant', personId: p.personId });
    expect((await api(host, 'POST', '/api/join', { body: { code: joinCode, name: 'X', group: 'martians' } })).status).toBe(400);
    expect((await api(host, 'POST', '/api/join', { body: { code: 'ZZZZZZ', name: 'X' } })).status).toBe(404);
  });

  it('gives jurors and co-facilitators their roles through their own codes', async () => {
    const { id } = await createEvent(host, 'Чемпионат', 'championship');
    const ev = (await api<EventSummary>(host, 'GET', `/api/events/${id}`, fac())).body;
    expect((await join(host, ev.jurorCode, 'Судья')).role).toBe('juror');
    const co = await join(host, ev.cofacilitatorCode, 'Помощник');
    expect(co.role).toBe('cofacilitator');
    expect((await api(host, 'GET', `/api/events/${id}/rooms`, { token: co.token })).status).toBe(200);
    expect((await api(host, 'GET', '/api/events', { token: co.token })).status).toBe(403);
    expect((await api(host, 'GET', '/api/host', { token: co.token })).status).toBe(200);
  });

  it('lists every room of an event with who may read and write it', async () => {
    const { id, joinCode } = await createEvent(host, 'Плесецк');
    const p = await join(host, joinCode, 'Тимур');
    const rooms = (await api<RoomsResponse>(host, 'GET', `/api/events/${id}/rooms`, fac())).body.rooms;
    const kinds = rooms.map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['plan', 'board', 'person', 'results']));
    expect(rooms.find((r) => r.kind === 'plan')).toMatchObject({ name: `${id}/plan`, write: 'facilitators' });
    expect(rooms.find((r) => r.kind === 'person')).toMatchObject({ name: `${id}/person/${p.personId}`, write: 'that person' });
    expect(rooms.find((r) => r.kind === 'results')).toMatchObject({ write: 'the host only' });
  });

  it('exports an event file and imports it as a new event', async () => {
    const { id } = await createEvent(host, 'На вынос');
    const res = await fetch(`${host.base}/api/events/${id}/file`, { headers: { authorization: `Bearer ${host.facilitatorToken}` } });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const imported = await host.importEventFile(bytes);
    expect(imported.id).not.toBe(id);
    const summary = (await api<EventSummary>(host, 'GET', `/api/events/${imported.id}`, fac())).body;
    expect(summary.title).toBe('На вынос');
    const garbage = await fetch(`${host.base}/api/events/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host.facilitatorToken}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array([1, 2, 3, 4]),
    });
    expect(garbage.status).toBe(400);
  });

  it('answers unknown endpoints with a JSON 404', async () => {
    const r = await api<{ error: { code: string } }>(host, 'GET', '/api/nothing', fac());
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });
});
