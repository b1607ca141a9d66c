// Figure 5, the renderer in Chromium (Playwright, Performance API): 60- and 500-node problem trees (first
// render: picking the board in the console until all nodes are painted; add-node to paint), each at
// full speed and with the CPU throttled 4× through CDP as a weak phone's would be; and a
// grid board of 2,000 cards (frame rate while panning with the wheel and while zooming with the grid's
// own zoom buttons). The docs are seeded through the host with the stock client; the console page
// shows them. The tree is timed first, on fresh pages, so its room is opened (and synced) for the
// first time; the median of a few samples is the figure, every sample is in the note.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type * as Y from 'yjs';
import { addBoard } from '@shared/doc/plan';
import { ROOT_ID, addNode, initTree, readNodes } from '@shared/doc/tree';
import type { NodeId } from '@shared/tree/types';
import { ROOT, startVecheHost } from './lib/host';
import { api } from './lib/api';
import { connect, disconnect, within } from './lib/clients';
import { emit, log, main } from './lib/report';
import { seedCards, showOnConsole, waitForHost } from './lib/seed';
import type { Page } from '@playwright/test';
import { figure, fpsOf, percentile } from './lib/stats';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function seedTree(port: number, token: string, eventId: string, boardId: string, count: number): Promise<void> {
  const c = connect(port, '/sync', `${eventId}/board/${boardId}`, token);
  await within(c.synced, 20_000, 'tree sync');
  initTree(c.doc, 'problem-tree', 'local', { text: 'Молодёжь уезжает из района' });
  // A realistic shape: a few levels of causes below and consequences above, ~5 children each.
  const ids: NodeId[] = [ROOT_ID];
  c.doc.transact(() => {
    for (let i = 1; i < count; i++) {
      const parent = i <= 10 ? ROOT_ID : ids[Math.floor((i - 1) / 5)]!;
      const side = i <= 10 ? (i % 2 ? 'cause' : 'consequence') : (readNodes(c.doc).find((n) => n.id === parent)?.kind ?? 'cause');
      const r = addNode(c.doc, { parentId: parent, kind: side as 'cause' | 'consequence', text: `Причина ${i}: нет работы по специальности` }, 'local');
      if (r.ok) ids.push(r.value);
    }
  }, 'local');
  await waitForHost(port, token, `${eventId}/board/${boardId}`, (d: Y.Doc) => d.getMap('nodes').size >= count, 60_000);
  disconnect(c);
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
const samples = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');

/**
 * Picks a board in the console's list as a person does (the select changes, its change event fires)
 * and resolves with the ms until 500 tree nodes are painted. Not Playwright's selectOption: its
 * locator query walks the whole DOM (~40,000 nodes with the grid shown) inside the timed span.
 */
const pickTree = (page: Page, boardId: string, count = 500) =>
  page.evaluate(
    ({ id, count }) =>
      new Promise<number>((done) => {
        const select = document.querySelector<HTMLSelectElement>('[data-testid="console.board-select"]')!;
        const t0 = performance.now();
        select.value = id;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const check = () => {
          // The frame after the nodes are in the DOM is the one that paints them.
          if (document.querySelectorAll('[data-testid="tree.node"]').length >= count)
            requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { id: boardId, count },
  );

/** A weak phone's CPU, as Chromium's DevTools emulate it (1 = this machine). */
async function slowCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Selects the root, presses "add cause", and resolves with the ms until the new node is painted. */
async function addCause(page: Page): Promise<number> {
  // The root may sit outside the viewport of a 500-node canvas: dispatch the click, no scrolling.
  await page.locator('[data-testid="tree.node"][data-kind="problem"] [data-testid="tree.node-text"]').first().dispatchEvent('click');
  await page.waitForSelector('[data-testid="tree.add-cause"]:not([disabled])', { timeout: 10_000 });
  await page.waitForTimeout(300);
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const before = document.querySelectorAll('[data-testid="tree.node"]').length;
        const t0 = performance.now();
        (document.querySelector('[data-testid="tree.add-cause"]') as HTMLButtonElement).click();
        const check = () => {
          if (document.querySelectorAll('[data-testid="tree.node"]').length > before)
            requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** Frames per second (requestAnimationFrame) while the wheel pans the grid for 3 s. */
async function panFps(page: Page): Promise<number> {
  await page.mouse.move(800, 500);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__frames = [];
    w.__stop = false;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const panUntil = Date.now() + 3000;
  for (let i = 0; Date.now() < panUntil; i++) await page.mouse.wheel(i % 7 === 0 ? 60 : 0, i % 40 < 20 ? 120 : -120);
  return fpsOf(await page.evaluate(() => (((window as unknown as { __stop: boolean }).__stop = true), (window as unknown as { __frames: number[] }).__frames)));
}

/** The console grid's own zoom (a CSS transform, GridZoom), driven as a pinch would: one step per frame for 3 s, in for four frames, out for four. */
async function zoomFps(page: Page): Promise<{ fps: number; scales: [number, number] }> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const { frames, scales } = await page.evaluate(
    () =>
      new Promise<{ frames: number[]; scales: [number, number] }>((done) => {
        const times: number[] = [];
        const start = performance.now();
        const zoomIn = document.querySelector<HTMLButtonElement>('[data-testid="grid.zoom-in"]');
        const zoomOut = document.querySelector<HTMLButtonElement>('[data-testid="grid.zoom-out"]');
        const zoom = document.querySelector('[data-testid="grid.zoom"]');
        if (!zoomIn || !zoomOut || !zoom) throw new Error('the console grid has no zoom buttons');
        let lo = 1;
        let hi = 1;
        const step = (t: number) => {
          times.push(t);
          (times.length % 8 < 4 ? zoomOut : zoomIn).click();
          const s = Number(zoom.getAttribute('data-scale'));
          lo = Math.min(lo, s);
          hi = Math.max(hi, s);
          if (t - start < 3000) requestAnimationFrame(step);
          else done({ frames: times, scales: [lo, hi] });
        };
        requestAnimationFrame(step);
      }),
  );
  // The steps go out four and in four, so the scale may well end at 100 %: what matters is that it moved.
  if (scales[0] === 1 && scales[1] === 1) log('fig5: zoom: the scale did not move');
  return { fps: fpsOf(frames), scales };
}

main(async () => {
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) throw new Error('out/renderer is missing: run `npx electron-vite build` first');
  const host = await startVecheHost();
  const browser = await chromium.launch({ executablePath: process.env.VECHE_CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  try {
    const ev = await api<{ id: string }>(host.port, 'POST', '/api/events', { token: host.token, body: { title: 'Каргополь-2030', format: 'strategy' } });
    const plan = connect(host.port, '/sync', `${ev.id}/plan`, host.token);
    await within(plan.synced, 20_000, 'plan sync');
    const treeId = addBoard(plan.doc, { title: 'Дерево проблем', kind: 'problem-tree' }, 'local');
    const smallTreeId = addBoard(plan.doc, { title: 'Дерево целей', kind: 'problem-tree' }, 'local');
    const gridId = addBoard(plan.doc, { title: 'Проблемы, точки роста, преимущества', kind: 'grid', template: 'problems-growth-advantages' }, 'local');
    await waitForHost(host.port, host.token, `${ev.id}/plan`, (d) => (d.getMap('boards').size ?? 0) >= 4);
    // The event's own shared board, empty: the console shows it when the tree is picked.
    const emptyId = [...plan.doc.getMap('boards').keys()].find((id) => id !== treeId && id !== gridId && id !== smallTreeId)! as typeof gridId;
    disconnect(plan);
    await seedTree(host.port, host.token, ev.id, treeId, 500);
    await seedTree(host.port, host.token, ev.id, smallTreeId, 60);
    const cells = ['problems', 'growth', 'advantages'].map((column) => ({ row: 'all', column }));
    await seedCards(host.port, host.token, ev.id, gridId, 2000, cells);
    log('fig5: seeded a 500-node tree and a 2,000-card grid; opening the console in Chromium');

    // A fresh context per sample: no room in memory, no offline copy in IndexedDB, as on first open.
    const open = async () => {
      await showOnConsole(host.port, host.token, ev.id, emptyId);
      const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
      const page = await context.newPage();
      // tsx (esbuild keepNames) wraps named functions in __name(), also inside page.evaluate callbacks.
      await page.addInitScript('window.__name = (f) => f');
      await page.goto(`${host.url}/event/${ev.id}?token=${encodeURIComponent(host.token)}`);
      await page.waitForSelector('[data-testid="console.board-select"]', { timeout: 60_000 });
      await page.waitForTimeout(500);
      return { context, page };
    };
    const freshRender = async (id: string, count: number, rate: number) => {
      const { context, page } = await open();
      if (rate > 1) await slowCpu(page, rate);
      const ms = await pickTree(page, id, count);
      await context.close();
      return ms;
    };
    const small: number[] = [];
    for (let i = 0; i < 3; i++) small.push(await freshRender(smallTreeId, 60, 1));
    const small4: number[] = [];
    for (let i = 0; i < 2; i++) small4.push(await freshRender(smallTreeId, 60, 4));
    const large4: number[] = [];
    for (let i = 0; i < 2; i++) large4.push(await freshRender(treeId, 500, 4));
    const firstRenders: number[] = [];
    for (let i = 0; i < 2; i++) firstRenders.push(await freshRender(treeId, 500, 1));
    const { page } = await open();
    firstRenders.push(await pickTree(page, treeId));
    const adds: number[] = [];
    for (let i = 0; i < 5; i++) adds.push(await addCause(page));
    await slowCpu(page, 4);
    const adds4: number[] = [];
    for (let i = 0; i < 3; i++) adds4.push(await addCause(page));
    await slowCpu(page, 1);

    await page.getByTestId('console.board-select').selectOption(gridId);
    await page.waitForFunction(() => document.querySelectorAll('.gcard').length >= 2000, null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    const pan = await panFps(page);
    const zoom = await zoomFps(page);
    // For the record: back from the 2,000-card grid to the tree (the tree's room may still be open).
    const fromGrid = await pickTree(page, treeId);

    emit(
      [
        figure({
          figure: 5,
          name: 'tree 60 nodes: first render',
          value: median(small),
          unit: 'ms',
          target: 100,
          op: '<=',
          note: `median of ${samples(small)} ms: board picked on a fresh page → 60 nodes painted, room sync included`,
        }),
        figure({
          figure: 5,
          name: 'tree 500 nodes: first render',
          value: median(firstRenders),
          unit: 'ms',
          target: 150,
          op: '<=',
          note: `median of ${samples(firstRenders)} ms: board picked on a fresh page → 500 nodes painted, room sync included`,
        }),
        figure({ figure: 5, name: 'tree: add node to paint', value: median(adds), unit: 'ms', target: 50, op: '<=', note: `median of ${samples(adds)} ms` }),
        // A phone several times slower than these cores: the same, under CDP CPU throttling 4× (the targets are the 1× ones times four).
        figure({
          figure: 5,
          name: 'tree 60 nodes: first render, CPU 4×',
          value: median(small4),
          unit: 'ms',
          target: 400,
          op: '<=',
          note: `median of ${samples(small4)} ms`,
        }),
        figure({
          figure: 5,
          name: 'tree 500 nodes: first render, CPU 4×',
          value: median(large4),
          unit: 'ms',
          target: 600,
          op: '<=',
          note: `median of ${samples(large4)} ms`,
        }),
        figure({
          figure: 5,
          name: 'tree: add node to paint, CPU 4×',
          value: median(adds4),
          unit: 'ms',
          target: 200,
          op: '<=',
          note: `median of ${samples(adds4)} ms`,
        }),
        figure({ figure: 5, name: 'grid 2,000 cards: pan', value: pan, unit: 'fps', target: 50, op: '>=' }),
        figure({
          figure: 5,
          name: 'grid 2,000 cards: zoom',
          value: zoom.fps,
          unit: 'fps',
          target: 50,
          op: '>=',
          note: `one zoom step a frame, between ${Math.round(zoom.scales[0] * 100)} and ${Math.round(zoom.scales[1] * 100)} %`,
        }),
      ],
      { chromium: browser.version(), firstRenders, adds, small, small4, large4, adds4, zoomScales: zoom.scales, treeFromGridMs: fromGrid },
    );
  } finally {
    await browser.close();
    await host.stop();
  }
});
