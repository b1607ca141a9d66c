// Figure 8, a phone on the venue Wi-Fi: Chromium at 360×800 opens the join link, waits for the join
// form, types a name and presses join, then waits for the board. Once on loopback at full speed, then
// throttled through CDP as one of 150 phones sharing ~30 Mbit/s: 200 kbit/s down and up, 40 ms
// latency, CPU 4× slower. Bytes are what crossed the network (encodedDataLength, headers included;
// the WebSocket's sync excluded). Every run is a fresh context with the cache off: a first visit.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession } from '@playwright/test';
import { chromium } from '@playwright/test';
import { ROOT, startVecheHost } from './lib/host';
import { emit, log, main } from './lib/report';
import { seedCards, seedEvent } from './lib/seed';
import { figure } from './lib/stats';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

type Profile = { name: string; throttle: boolean };
/** How long a person takes to type a name after the form appears; the board's chunk downloads meanwhile. */
const TYPING_MS = 5_000;

type Run = { formMs: number; boardMs: number; formKiB: number; totalKiB: number; requests: number; files: Record<string, number> };

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 200_000 / 8, uploadThroughput: 200_000 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** One first visit: join link → form → (typing) → join → board. */
async function visit(browser: Browser, url: string, profile: Profile, typingMs: number): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.throttle) await throttle(cdp);
  const urls = new Map<string, string>();
  const bytes = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, new URL(e.request.url).pathname));
  cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength));
  const sent = () => [...bytes.values()].reduce((a, b) => a + b, 0);
  try {
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
    // Interactive: the name field is on screen and accepts typing.
    await page.getByTestId('join.name').waitFor({ state: 'visible', timeout: 180_000 });
    await page.getByTestId('join.name').fill('Анна', { timeout: 180_000 });
    const formMs = Date.now() - t0;
    const formKiB = sent() / 1024;
    if (typingMs > 0) await page.waitForTimeout(typingMs);
    const t1 = Date.now();
    await page.getByTestId('join.submit').click({ timeout: 60_000 });
    await page.getByTestId('board.add-input').waitFor({ state: 'visible', timeout: 180_000 });
    const boardMs = Date.now() - t1;
    await page.waitForTimeout(300); // the last responses finish loading
    const files: Record<string, number> = {};
    for (const [id, n] of bytes) files[urls.get(id) ?? id] = n;
    return { formMs, boardMs, formKiB, totalKiB: sent() / 1024, requests: bytes.size, files };
  } finally {
    await context.close();
  }
}

main(async () => {
  if (!existsSync(join(ROOT, 'out/renderer/.vite/manifest.json'))) throw new Error('out/renderer is missing or old: run `npm run build` first');
  const host = await startVecheHost();
  const browser = await chromium.launch({ executablePath: process.env.VECHE_CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  try {
    const ev = await seedEvent(host.port, host.token, 0);
    await seedCards(host.port, host.token, ev.eventId, ev.sharedBoard, 60);
    const url = `${host.url}/join/${ev.code}`;
    log('fig8: seeded an event with a 60-card board; a phone joins, loopback then throttled');
    const loopback = await visit(browser, url, { name: 'loopback', throttle: false }, 0);
    const slow = await visit(browser, url, { name: 'throttled', throttle: true }, TYPING_MS);
    // The same throttled phone pressing join the instant the form appears: the board's chunk is still on its way.
    const hasty = await visit(browser, url, { name: 'throttled', throttle: true }, 0);
    const kib = (n: number) => Math.round(n * 10) / 10;
    emit(
      [
        figure({
          figure: 8,
          name: 'phone, loopback: join form interactive',
          value: loopback.formMs,
          unit: 'ms',
          target: 2_000,
          op: '<=',
          note: `${kib(loopback.formKiB)} KiB transferred to the form, ${kib(loopback.totalKiB)} KiB to the board (${loopback.requests} requests); board ${loopback.boardMs} ms after join`,
        }),
        figure({
          figure: 8,
          name: 'phone, 200 kbit/s + CPU 4×: join form interactive',
          value: slow.formMs,
          unit: 'ms',
          target: 10_000,
          op: '<=',
          note: `${kib(slow.formKiB)} KiB transferred`,
        }),
        figure({
          figure: 8,
          name: 'phone, 200 kbit/s + CPU 4×: board after pressing join',
          value: slow.boardMs,
          unit: 'ms',
          target: 2_000,
          op: '<=',
          note: `join pressed after ${TYPING_MS / 1000} s of typing; ${kib(slow.totalKiB)} KiB transferred in all`,
        }),
        figure({
          figure: 8,
          name: 'phone, 200 kbit/s + CPU 4×: board, join pressed at once',
          value: hasty.boardMs,
          unit: 'ms',
          target: 2_000,
          op: '<=',
          note: 'join pressed the moment the form appeared: the board waits for its own chunk',
        }),
        figure({
          figure: 8,
          name: 'phone, 200 kbit/s + CPU 4×: first visit transferred',
          value: kib(slow.totalKiB),
          unit: 'KiB',
          target: 400,
          op: '<=',
          note: 'join page and board, fonts included, WebSocket excluded',
        }),
      ],
      { loopback, throttled: slow, throttledAtOnce: hasty },
    );
  } finally {
    await browser.close();
    await host.stop();
  }
});
