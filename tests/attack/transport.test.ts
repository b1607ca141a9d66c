import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinResponse } from '@shared/protocol/api';
import type { HostProcess } from './support/host-process';
import { clientOn, createEventOn, hostApi, joinOn, startHostProcess, until } from './support/host-process';
import { honestEditArrives, sharedBoard } from './support/honest';
import { rawRequest, slowlorisConnection, upgradeText } from './support/raw';

// Black-box: the host is a separate process; everything reaches it over loopback TCP. The attacker
// comes from other loopback addresses (127.0.0.3…) than the honest clients (127.0.0.1), as another
// device on the venue Wi-Fi would.
let host: HostProcess;
let eventId: string;
let boardId: string;
let anna: JoinResponse;
let boris: JoinResponse;
let mallory: JoinResponse;

beforeAll(async () => {
  host = await startHostProcess();
  const ev = await createEventOn(host, 'Атаки на транспорт');
  eventId = ev.id;
  anna = await joinOn(host, ev.joinCode, 'Анна');
  boris = await joinOn(host, ev.joinCode, 'Борис');
  mallory = await joinOn(host, ev.joinCode, 'Мэллори');
  boardId = await sharedBoard(host, eventId, anna.token);
}, 60_000);
afterAll(() => host?.stop());

const stackLines = () =>
  host
    .log()
    .split('\n')
    .filter((l) => /^\s+at /.test(l));

describe('nothing a client sends crashes the host', () => {
  it('answers malformed targets, escapes, huge headers and odd methods with 4xx, and keeps serving', async () => {
    const p = host.port;
    const H = `Host: 127.0.0.1:${p}\r\n`;
    const cases: [string, string, number[]][] = [
      ['upgrade //[ without a token', upgradeText(p, '//['), [400, 404]],
      ['upgrade /sync/%ZZ with a participant token', upgradeText(p, `/sync/%ZZ?token=${mallory.token}`), [400]],
      ['upgrade with an absolute-form target', upgradeText(p, `http://evil/sync/${eventId}/plan?token=${mallory.token}`), [400]],
      ['upgrade with a lone surrogate escape', upgradeText(p, `/sync/${eventId}%2F%ED%A0%80?token=${mallory.token}`), [400]],
      ['GET //[', `GET //[ HTTP/1.1\r\n${H}\r\n`, [400, 404]],
      ['GET a file with a bad escape', `GET /assets/%ZZ.js HTTP/1.1\r\n${H}\r\n`, [400]],
      ['GET an API path with a bad escape', `GET /api/events/%E0%A4%A HTTP/1.1\r\n${H}Authorization: Bearer ${mallory.token}\r\n\r\n`, [400, 404]],
      ['a 64 KiB header', `GET /api/health HTTP/1.1\r\n${H}X-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`, [431]],
      ['an unknown method', `BREW /api/health HTTP/1.1\r\n${H}\r\n`, [400]],
      ['TRACE on the API', `TRACE /api/health HTTP/1.1\r\n${H}\r\n`, [400, 405]],
      ['OPTIONS on the app', `OPTIONS / HTTP/1.1\r\n${H}\r\n`, [405]],
      ['not HTTP at all', '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n', [400]],
      ['a header without a colon', `GET / HTTP/1.1\r\n${H}nonsense\r\n\r\n`, [400]],
    ];
    for (const [what, text, allowed] of cases) {
      const r = await rawRequest(p, text, { localAddress: '127.0.0.3' });
      expect(allowed, `${what}: got ${r.status} (${r.head.split('\r\n')[0]})`).toContain(r.status);
    }
    // A client that resets its connection in the middle of an upgrade.
    for (let i = 0; i < 20; i++) {
      const { connect } = await import('node:net');
      const s = connect({ host: '127.0.0.1', port: p, localAddress: '127.0.0.3' });
      s.on('error', () => {});
      s.on('connect', () => {
        s.write(upgradeText(p, `/sync/${eventId}/plan?token=${mallory.token}`));
        s.resetAndDestroy();
      });
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(host.alive()).toBe(true);
    expect((await hostApi(host, 'GET', '/api/health')).status).toBe(200);
    expect(stackLines(), 'the host logged a stack trace').toEqual([]);
    await honestEditArrives(host, eventId, boardId, anna.token, boris.token, 'после мусора');
  }, 60_000);
});

/** Reads the host's resident memory every 100 ms until stopped; resolves with the highest value seen. */
function sampleRss(h: HostProcess): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, (await h.rss()) || 0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}

function attackerSocket(room: string, token: string, localAddress: string): Promise<WebSocket | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${host.wsBase}/${room}?token=${token}`, { localAddress });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => resolve(0));
  });
}

describe('one connection cannot cost the host without bound', () => {
  it('2,000 six-byte sync requests on the read-only plan from sockets that never read: memory stays bounded, honest edits flow', async () => {
    // A plan of ~2 MB, as a long session's plan can be: every unbounded answer would copy it.
    const fac = clientOn(host, `${eventId}/plan`, host.facilitatorToken);
    await fac.ready;
    const filler = fac.doc.getMap<string>('filler');
    for (let i = 0; i < 20; i++) filler.set(`k${i}`, String(i).padEnd(100_000, 'ж'));
    const other = clientOn(host, `${eventId}/plan`, anna.token);
    await other.ready;
    await until(() => other.doc.getMap('filler').size === 20, 'the filler reaching a reader', 30_000);
    other.destroy();
    fac.destroy();

    const before = await host.rss();
    const sampler = sampleRss(host);
    // Step 1 naming a client the host does not know: [sync, step1, len 3, 1 entry, client 5, clock 1].
    const frame = Buffer.from([0, 0, 3, 1, 5, 1]);
    const sockets: WebSocket[] = [];
    for (let s = 0; s < 20; s++) {
      const ws = await attackerSocket(`${eventId}/plan`, mallory.token, '127.0.0.4');
      if (typeof ws === 'number') continue;
      (ws as unknown as { _socket: { pause(): void } })._socket.pause();
      sockets.push(ws);
      for (let i = 0; i < 100; i++) ws.send(frame);
    }
    expect(sockets.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 3_000));
    await honestEditArrives(host, eventId, boardId, anna.token, boris.token, 'во время атаки');
    const peak = await sampler.stop();
    expect(host.alive()).toBe(true);
    expect(peak - before, `host RSS grew from ${before >> 20} MiB to ${peak >> 20} MiB`).toBeLessThan(300 * 1024 * 1024);

    // The host cut every one of those sockets (overload 1013, too many requests 1008, or cut hard).
    const closed = sockets.map((ws) => new Promise<void>((r) => (ws.readyState === ws.CLOSED ? r() : ws.once('close', () => r()))));
    for (const ws of sockets) (ws as unknown as { _socket: { resume(): void } })._socket.resume();
    await Promise.race([Promise.all(closed), new Promise((_, no) => setTimeout(() => no(new Error('attacker sockets still open')), 15_000))]);
  }, 90_000);

  it('one token cannot hold more than its share of websockets; an honest client still gets in', async () => {
    const results = await Promise.all(Array.from({ length: 150 }, () => attackerSocket(`${eventId}/plan`, mallory.token, '127.0.0.5')));
    const open = results.filter((r): r is WebSocket => typeof r !== 'number');
    const refused = results.filter((r) => r === 429);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThanOrEqual(64);
    expect(refused.length).toBe(150 - open.length);
    await honestEditArrives(host, eventId, boardId, anna.token, boris.token, 'после наплыва');
    for (const ws of open) ws.terminate();
  }, 60_000);

  it('half-open connections (slowloris) neither lock others out nor stay open for long', async () => {
    const lorises = Array.from({ length: 300 }, () => slowlorisConnection(host.port, '127.0.0.6'));
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await hostApi(host, 'GET', '/api/health')).status).toBe(200);
    await honestEditArrives(host, eventId, boardId, anna.token, boris.token, 'при медленных соединениях');
    // The header timeout (10 s, checked every second) closes every one of them, dripping or not.
    await Promise.race([
      Promise.all(lorises.map((l) => l.closed)),
      new Promise((_, no) => setTimeout(() => no(new Error('half-open connections still open after 25 s')), 25_000)),
    ]);
    expect(host.alive()).toBe(true);
  }, 60_000);
});
