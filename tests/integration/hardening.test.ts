import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, rawSocket, startTestHost, synced } from './helpers/host';

let host: TestHost;
let eventId: string;
let joinCode: string;

beforeAll(async () => {
  host = await startTestHost({ joinBurst: 1000, joinPerMinute: 1000 });
  ({ id: eventId, joinCode } = await createEvent(host));
});
afterAll(() => host.stop());

/** A request with a Host header of our choosing (fetch will not let us set it). */
function rawHttp(path: string, headers: Record<string, string>, method = 'GET', body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method, headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('who may connect', () => {
  it('refuses an upgrade without a token, and with a wrong one', async () => {
    expect((await rawSocket(`${host.wsBase}/${eventId}/plan`)).status).toBe(401);
    expect((await rawSocket(`${host.wsBase}/${eventId}/plan?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(401);
  });

  it('refuses a WebSocket from a foreign Origin (cross-site WebSocket hijacking)', async () => {
    const url = `${host.wsBase}/${eventId}/plan?token=${host.facilitatorToken}`;
    expect((await rawSocket(url, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await rawSocket(url, { Origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403);
    const same = await rawSocket(url, { Origin: `http://127.0.0.1:${host.port}` });
    expect(same.status).toBeNull();
    same.ws.close();
  });

  it('refuses a foreign Host header on WebSocket and HTTP (DNS rebinding)', async () => {
    const url = `${host.wsBase}/${eventId}/plan?token=${host.facilitatorToken}`;
    expect((await rawSocket(url, { Host: `evil.example:${host.port}` })).status).toBe(421);
    const r = await rawHttp('/api/events', { Host: `rebind.evil.example:${host.port}`, Authorization: `Bearer ${host.facilitatorToken}` });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error.code).toBe('forbidden');
    expect((await rawHttp('/api/health', { Host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses a state-changing request from a foreign Origin', async () => {
    const r = await rawHttp(
      '/api/events',
      { Host: `127.0.0.1:${host.port}`, Origin: 'http://evil.example', Authorization: `Bearer ${host.facilitatorToken}`, 'Content-Type': 'application/json' },
      'POST',
      JSON.stringify({ title: 'x', format: 'strategy' }),
    );
    expect(r.status).toBe(403);
  });
});

describe('frames', () => {
  it('closes an over-size frame with 1009 and nothing else', async () => {
    const p = await join(host, joinCode, 'Олег');
    const other = connect(host, `${eventId}/plan`, host.facilitatorToken);
    await synced(other.provider);
    const { ws, closed } = await rawSocket(`${host.wsBase}/${eventId}/person/${p.personId}?token=${p.token}`);
    ws.send(new Uint8Array(2 * 1024 * 1024 + 16));
    expect((await closed).code).toBe(1009);
    expect(other.provider.wsconnected).toBe(true);
    other.provider.destroy();
  });

  it('closes a malformed frame with 1007', async () => {
    const { ws, closed } = await rawSocket(`${host.wsBase}/${eventId}/plan?token=${host.facilitatorToken}`);
    ws.send(new Uint8Array([0, 2, 200, 1, 2, 3]));
    expect((await closed).code).toBe(1007);
  });
});

describe('presence', () => {
  it('binds awareness to the connection: name and role come from the token, and nobody speaks for another client', async () => {
    const a = await join(host, joinCode, 'Пётр');
    const b = await join(host, joinCode, 'Рита');
    const ca = connect(host, `${eventId}/plan`, a.token);
    const cb = connect(host, `${eventId}/plan`, b.token);
    await Promise.all([synced(ca.provider), synced(cb.provider)]);
    ca.provider.awareness.setLocalState({ user: { name: 'Мэр города', role: 'facilitator' }, cursor: 1 });
    await eventually(() => {
      const seen = cb.provider.awareness.getStates().get(ca.doc.clientID) as { user: { name: string; role: string } } | undefined;
      expect(seen?.user).toEqual({ name: 'Пётр', role: 'participant', personId: a.personId });
    });
    // B forges an update for A's client id, trying to remove A.
    const forged = new awarenessProtocol.Awareness(new Y.Doc());
    forged.clientID = ca.doc.clientID;
    forged.setLocalState({ user: { name: 'поддельный' } });
    const { ws } = await rawSocket(`${host.wsBase}/${eventId}/plan?token=${b.token}`);
    // claim our own id first, then try to speak for A
    const mine = new awarenessProtocol.Awareness(new Y.Doc());
    mine.setLocalState({ hello: true });
    for (const aw of [mine, forged]) {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(aw, [aw.clientID]));
      ws.send(encoding.toUint8Array(e));
    }
    await new Promise((r) => setTimeout(r, 200));
    const seen = cb.provider.awareness.getStates().get(ca.doc.clientID) as { user: { name: string } };
    expect(seen.user.name).toBe('Пётр');
    ws.close();
    ca.provider.destroy();
    cb.provider.destroy();
  });
});

describe('join', () => {
  it('rate-limits join attempts per address', async () => {
    const strict = await startTestHost({ joinBurst: 3, joinPerMinute: 1 });
    const { joinCode: code } = await createEvent(strict);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await api(strict, 'POST', '/api/join', { body: { code, name: `n${i}` } })).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    await strict.stop();
  });
});
