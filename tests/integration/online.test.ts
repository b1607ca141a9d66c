import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { HostInfo } from '@shared/protocol/api';
import type { TestHost } from './helpers/host';
import { api, createEvent, eventually, startTestHost } from './helpers/host';

let host: TestHost | null = null;
afterEach(async () => {
  await host?.stop();
  host = null;
});

/** A join as it arrives through a proxy (or a client pretending to be one): the forwarded header is ours to set. */
async function joinAs(h: TestHost, code: string, name: string, forwardedFor?: string): Promise<number> {
  const headers = forwardedFor === undefined ? undefined : { 'x-forwarded-for': forwardedFor };
  return (await api(h, 'POST', '/api/join', { body: { code, name }, headers })).status;
}

/** A raw request, for a Host header fetch() will not let us set. */
function rawStatus(h: TestHost, path: string, headers: Record<string, string>, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: h.port, path, method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

describe('identity cap and join rate behind a proxy', () => {
  it('without --trusted-proxy a forged X-Forwarded-For changes nothing: the cap counts the socket address', async () => {
    host = await startTestHost({ capLoopback: true, identitiesPerAddress: 3 });
    const { joinCode } = await createEvent(host);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await joinAs(host, joinCode, `Гость ${i}`, `10.0.0.${i + 1}`));
    expect(statuses).toEqual([201, 201, 201, 429]);
  });

  it('with --trusted-proxy the cap counts per forwarded address, and a spoofed left-most entry is ignored', async () => {
    host = await startTestHost({ capLoopback: true, identitiesPerAddress: 3, trustedProxy: '127.0.0.1' });
    const { joinCode } = await createEvent(host);
    for (let i = 0; i < 3; i++) expect(await joinAs(host, joinCode, `Анна ${i}`, '203.0.113.7')).toBe(201);
    expect(await joinAs(host, joinCode, 'Анна 4', '203.0.113.7')).toBe(429);
    // The client wrote an address of its own choosing at the left; the proxy appended the real one.
    expect(await joinAs(host, joinCode, 'Анна 5', '198.51.100.99, 203.0.113.7')).toBe(429);
    // Another device behind the same proxy is another address.
    expect(await joinAs(host, joinCode, 'Борис', '203.0.113.8')).toBe(201);
  });

  it('the join rate limit is per forwarded address: one flooding device does not lock the others out', async () => {
    host = await startTestHost({ trustedProxy: '127.0.0.1', joinBurst: 2, joinPerMinute: 1 });
    const { joinCode } = await createEvent(host);
    const info = (address: string) => api(host!, 'GET', `/api/join/${joinCode}`, { headers: { 'x-forwarded-for': address } });
    expect((await info('203.0.113.7')).status).toBe(200);
    expect((await info('203.0.113.7')).status).toBe(200);
    expect((await info('203.0.113.7')).status).toBe(429);
    expect((await info('203.0.113.8')).status).toBe(200);
  });
});

describe('--public-url', () => {
  it('its host name is allowed, its origin may change state, and /api/host gives it to the join QR', async () => {
    host = await startTestHost({ publicUrl: 'https://veche.example.org' });
    expect(await rawStatus(host, '/api/health', { host: 'veche.example.org' })).toBe(200);
    expect(await rawStatus(host, '/api/health', { host: 'attacker.example' })).toBe(403);
    const post = { host: 'veche.example.org', 'content-type': 'application/json', authorization: `Bearer ${host.facilitatorToken}` };
    // Refused for the origin, before the body is even read: 403 rather than a 400 for the empty title.
    expect(await rawStatus(host, '/api/events', { ...post, origin: 'https://evil.example' }, 'POST')).toBe(403);
    expect(await rawStatus(host, '/api/events', { ...post, origin: 'https://veche.example.org' }, 'POST')).toBe(400);
    const info = await api<HostInfo>(host, 'GET', '/api/host', { token: host.facilitatorToken });
    expect(info.body.publicUrl).toBe('https://veche.example.org');
    expect(host.publicUrl).toBe('https://veche.example.org');
  });

  it('a host without it reports none', async () => {
    host = await startTestHost();
    const info = await api<HostInfo>(host, 'GET', '/api/host', { token: host.facilitatorToken });
    expect(info.body.publicUrl).toBeNull();
  });
});

describe('keeping sockets alive through a proxy', () => {
  it('the host pings every socket at the configured interval and closes one that stops answering', async () => {
    host = await startTestHost({ pingMs: 200 });
    const { id } = await createEvent(host);
    const url = `${host.wsBase}/${id}/plan?token=${host.facilitatorToken}`;
    const alive = new WebSocket(url);
    const dead = new WebSocket(url, { autoPong: false });
    let pings = 0;
    alive.on('ping', () => (pings += 1));
    const deadClosed = new Promise<void>((r) => dead.on('close', () => r()));
    await eventually(() => expect(pings).toBeGreaterThanOrEqual(4), 15_000);
    await deadClosed;
    expect(alive.readyState).toBe(WebSocket.OPEN);
    alive.close();
  });
});
