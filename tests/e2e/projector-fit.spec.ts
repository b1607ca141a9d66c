import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ProjectorPage } from './pages/projector';

const PREVIEWS = resolve(import.meta.dirname, '../../docs/previews');
/** Representative screens for reviewers, refreshed on request: VECHE_PREVIEWS=1. */
const savePreview = async (page: Page, name: string) => {
  if (!process.env.VECHE_PREVIEWS) return;
  mkdirSync(PREVIEWS, { recursive: true });
  await page.screenshot({ path: resolve(PREVIEWS, `${name}.png`) });
};

const CARD = (i: number) => `Идея ${i + 1}: маршрут выходного дня по деревням Кенозерья с гостевыми домами и мастерами`;

test.describe('the projector fits the screen and reads from the back row', () => {
  test('a card wall too long for one screen keeps 28 px type, stays clear of the QR box and pages from the console', async ({ host, person }) => {
    test.setTimeout(120_000);
    const fac = await person();
    await fac.page.setViewportSize({ width: 1366, height: 768 });
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Каргополь-2030'));
    // A new event opens on its shared board, named in the console's language. (Reading the select at
    // once could catch it still on "all boards of the event" before it settles.)
    const board = 'Общая доска';
    await expect(fac.page.getByTestId('console.board-select').locator('option:checked')).toHaveText(board);
    const projector = await ProjectorPage.open(fac.page);
    await fac.page.getByTestId('console.project-board').click();
    await expect(projector.page.getByTestId('projector')).toHaveAttribute('data-mode', 'board');
    // The header names the board shown.
    await expect(projector.title).toHaveText(board.trim());

    for (let i = 0; i < 24; i++) await console.board.add(CARD(i));
    await expect(projector.page.getByTestId('projector.card')).toHaveCount(24);
    await expect(projector.pageLabel).toBeVisible();
    const pages = Number(await projector.pageLabel.getAttribute('data-pages'));
    expect(pages).toBeGreaterThan(1);
    const seen = new Set<string>();
    const first = await projector.expectReadable();
    expect(first.items).toBeGreaterThan(0);
    await savePreview(projector.page, 'projector-cards-page1-ru');

    // The facilitator takes over paging (the projector turned pages by itself meanwhile); every card
    // shows whole on some page, each within the screen.
    await fac.page.getByTestId('console.projector-page-prev').click();
    for (let p = 0; p < pages; p++) {
      if (p > 0) await fac.page.getByTestId('console.projector-page-next').click();
      await expect(projector.pageLabel).toHaveAttribute('data-page', String(p));
      await projector.expectReadable();
      const texts = await projector.page.locator('[data-testid="projector.card"]:not([data-pj-off])').allInnerTexts();
      texts.forEach((t) => seen.add(t.trim()));
    }
    for (let i = 0; i < 24; i++) expect([...seen].some((t) => t.startsWith(CARD(i)))).toBe(true);
    await expect(projector.pageLabel).toContainText(`из ${pages}`);

    await fac.page.getByTestId('lang.en').first().click();
    await expect(projector.pageLabel).toContainText(`of ${pages}`);
    await savePreview(projector.page, 'projector-cards-page2-en');
  });

  test('the demo’s 27-node problem tree shows a part at a time with a mini-map, every node at 28 px and clear of the QR box', async ({ browser }) => {
    test.setTimeout(120_000);
    const { startTestHost } = await import('./support/host-process');
    const host = await startTestHost(['--demo']);
    try {
      const ctx = await browser.newContext({ baseURL: host.url, viewport: { width: 1920, height: 1080 } });
      const fac = await ctx.newPage();
      await new LibraryPage(fac).openAsFacilitator(host.token);
      await fac.getByTestId('library.event').filter({ hasText: 'ПРОЕКТируем' }).first().getByTestId('library.open').click();
      await fac.getByTestId('console.board-select').selectOption({ label: 'Дерево проблем: отток молодёжи' });
      const projector = await ProjectorPage.open(fac);
      await fac.getByTestId('console.project-board').click();
      await expect(projector.title).toHaveText('Дерево проблем: отток молодёжи');
      await expect(projector.page.getByTestId('tree.minimap')).toBeVisible();
      const pages = Number(await projector.pageLabel.getAttribute('data-pages'));
      expect(pages).toBeGreaterThan(1);
      const seen = new Set<string>();
      for (let p = 0; p < pages; p++) {
        if (p > 0) await fac.getByTestId('console.projector-page-next').click();
        await expect(projector.pageLabel).toHaveAttribute('data-page', String(p));
        const f = await projector.expectReadable();
        expect(f.items).toBeGreaterThan(1);
        for (const id of await projector.page.getByTestId('tree.node').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')!))) seen.add(id);
        if (p === 0) await savePreview(projector.page, 'projector-tree-ru');
      }
      expect(seen.size).toBe(27);
      await ctx.close();
    } finally {
      await host.stop();
    }
  });
});
