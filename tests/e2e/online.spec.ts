import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { expect, test } from '@playwright/test';
import WebSocket, { WebSocketServer } from 'ws';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import type { TestHost } from './support/host-process';
import { startTestHost } from './support/host-process';
import type { RunningNginx } from './support/nginx';
import { findNginx, freePort, locationFromDocs, mainConfig, selfSignedCertificate, siteFromDocs, startNginx } from './support/nginx';
import { SCHEMA_FINGERPRINT } from '@shared/doc/schema';

/** How long the sockets sit idle: over three times nginx's read timeout here. */
const IDLE_MS = 10_000;
const READ_TIMEOUT = '3s';

async function personAt(browser: Browser, baseURL: string, phone: boolean, cspErrors: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    ignoreHTTPSErrors: true,
    locale: 'ru-RU',
    viewport: phone ? { width: 360, height: 740 } : { width: 1440, height: 900 },
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
  });
  context.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  return context;
}

/** A socket through the proxy that never sends a byte of its own (it answers pings, as browsers do). */
function idleSocket(url: string, origin?: string) {
  const ws = new WebSocket(url, { rejectUnauthorized: false, ...(origin ? { origin } : {}) });
  const state = { open: false, closed: false, pings: 0 };
  ws.on('open', () => (state.open = true));
  ws.on('ping', () => (state.pings += 1));
  ws.on('close', () => (state.closed = true));
  ws.on('error', () => {});
  return { ws, state };
}

/**
 * A join sent to nginx from another loopback address (Linux routes all of 127/8 to lo): nginx puts
 * that address in X-Forwarded-For, as it would a participant's at home.
 */
function joinThroughProxy(port: number, code: string, name: string, from: string, forged?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers = { host: `localhost:${port}`, 'content-type': 'application/json', ...(forged ? { 'x-forwarded-for': forged } : {}) };
    const req = request(
      { host: '127.0.0.1', servername: 'localhost', port, path: '/api/join', method: 'POST', localAddress: from, rejectUnauthorized: false, headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ code, name }));
  });
}

test.describe('online mode behind nginx with TLS', () => {
  test('a participant joins by the public URL through nginx, the console sees the card, idle sockets outlive the proxy timeout, and the identity cap counts forwarded addresses', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    findNginx(); // fails at once, saying what to install, when nginx is missing
    const dir = mkdtempSync(join(tmpdir(), 'veche-online-'));
    const contexts: BrowserContext[] = [];
    const cspErrors: string[] = [];
    let host: TestHost | null = null;
    let nginx: RunningNginx | null = null;
    // The control: a WebSocket server that never pings, behind the same documented proxying.
    const silent = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    try {
      const { cert, key } = selfSignedCertificate(dir);
      const [port, controlPort] = [await freePort(), await freePort()];
      const publicUrl = `https://localhost:${port}`;
      host = await startTestHost(['--public-url', publicUrl, '--trusted-proxy', '127.0.0.1', '--ping-seconds', '1']);
      const silentPort = (silent.address() as { port: number }).port;
      const site = siteFromDocs({ port, upstreamPort: host.port, readTimeout: READ_TIMEOUT, cert, key, dir });
      const control = `server {\n    listen 127.0.0.1:${controlPort};\n${locationFromDocs(silentPort, READ_TIMEOUT)}}\n`;
      nginx = await startNginx(dir, mainConfig(dir, site + control), port);

      // The facilitator runs the console through the proxy too.
      const facilitator = await personAt(browser, publicUrl, false, cspErrors);
      contexts.push(facilitator);
      const consolePage = await facilitator.newPage();
      const console = await new LibraryPage(consolePage).openAsFacilitator(host.token).then((l) => l.createEvent('Онлайн-кафе: 4 программы'));
      const code = await console.code();
      const joinUrl = `${publicUrl}/join/${code}`;
      await expect(consolePage.getByTestId('console.join-url')).toHaveText(`localhost:${port}/join/${code}`);
      await expect(consolePage.getByTestId('qr').first()).toHaveAttribute('data-qr-text', joinUrl);

      // A participant at home opens the public link.
      const phone = await personAt(browser, publicUrl, true, cspErrors);
      contexts.push(phone);
      const phonePage = await phone.newPage();
      const sockets: { url: string; closed: boolean }[] = [];
      phonePage.on('websocket', (ws) => {
        const entry = { url: ws.url(), closed: false };
        sockets.push(entry);
        ws.on('close', () => (entry.closed = true));
      });
      const anna = await new ParticipantPage(phonePage).join(code, 'Анна из дома', 'residents');
      expect(phonePage.url().startsWith(`${publicUrl}/p/`)).toBe(true);
      await anna.board.add('Запись трансляции для тех, кто на смене');
      await console.board.expectTexts(['Запись трансляции для тех, кто на смене']);
      expect(sockets.length).toBeGreaterThan(0);
      for (const s of sockets) expect(s.url.startsWith(`wss://localhost:${port}/sync/`)).toBe(true);

      // Idle: nothing is written for IDLE_MS. The host's pings keep its sockets alive through nginx;
      // the silent server's socket, behind the very same proxying, is closed by nginx's read timeout.
      const eventId = /\/event\/([^/]+)$/.exec(consolePage.url())![1]!;
      const busyBefore = sockets.filter((s) => s.closed).length;
      // With the page's Origin, so with the schema fingerprint a page sends (an Origin without one is an out-of-date page, refused).
      const viaHost = idleSocket(
        `wss://localhost:${port}/sync/${eventId}/plan?token=${host.token}&schema=${encodeURIComponent(SCHEMA_FINGERPRINT)}`,
        publicUrl,
      );
      const viaControl = idleSocket(`ws://127.0.0.1:${controlPort}/`);
      await expect.poll(() => viaHost.state.open && viaControl.state.open, { timeout: 15_000 }).toBe(true);
      const idleFrom = Date.now();
      await expect.poll(() => viaControl.state.closed, { timeout: 30_000, message: 'nginx closes a socket nobody pings' }).toBe(true);
      await expect.poll(() => Date.now() - idleFrom >= IDLE_MS, { timeout: IDLE_MS + 5_000, intervals: [500] }).toBe(true);
      expect(viaHost.state.closed, 'the host’s pinged socket is still open').toBe(false);
      expect(viaHost.state.pings).toBeGreaterThanOrEqual(3);
      expect(sockets.filter((s) => s.closed).length, 'no browser socket was dropped while idle').toBe(busyBefore);
      await anna.expectConnection('connected');

      // And the old sockets still carry edits both ways.
      await anna.board.add('Вопросы в чат, ответы в конце');
      await console.board.expectTexts(['Вопросы в чат, ответы в конце']);
      viaHost.ws.terminate();
      viaControl.ws.terminate();

      // The identity cap (3 per address) counts the address nginx saw, and what a client forges is ignored.
      const joins = [];
      for (let i = 0; i < 4; i++) joins.push(await joinThroughProxy(port, code, `Гость ${i}`, '127.0.0.2', `198.51.100.${i + 1}`));
      expect(joins).toEqual([201, 201, 201, 429]);
      expect(await joinThroughProxy(port, code, 'Сосед', '127.0.0.3')).toBe(201);
      expect(cspErrors, 'Content-Security-Policy violations').toEqual([]);
    } catch (err) {
      if (nginx) await test.info().attach('nginx.log', { body: nginx.log(), contentType: 'text/plain' });
      if (host) await test.info().attach('host.log', { body: host.log(), contentType: 'text/plain' });
      throw err;
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
      await nginx?.stop();
      await host?.stop();
      await new Promise<void>((r) => silent.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
