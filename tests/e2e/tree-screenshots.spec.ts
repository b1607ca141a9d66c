import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { TreeBoardPage } from './pages/tree';
import { startTestHost } from './support/host-process';

/**
 * Not a behaviour test: review screenshots of the tree boards on the demo strategy session (its
 * 27-node problem tree on the outflow of young people and the goal tree built from it): console and
 * projector at 1920×1080, phone at 360×740, Russian and English. Opt-in:
 *   VECHE_SCREENSHOTS=1 npx playwright test tree-screenshots   (→ out/screenshots/)
 */
const DIR = process.env.VECHE_SCREENSHOTS;
test.skip(!DIR, 'set VECHE_SCREENSHOTS=1 (or a folder) to take the review screenshots');

const outDir = () => (DIR && DIR !== '1' ? resolve(DIR) : resolve(import.meta.dirname, '../../out/screenshots'));
const PROBLEM = 'Дерево проблем: отток молодёжи';
const GOAL = 'Дерево целей: молодёжь остаётся в районе';

async function shot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(outDir(), `${name}.png`) });
}

async function newPage(browser: Browser, baseURL: string, phone: boolean) {
  const ctx = await browser.newContext({
    baseURL,
    viewport: phone ? PHONE : DESKTOP,
    ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  return ctx.newPage();
}

async function openBoard(page: Page, title: string) {
  await page.getByTestId('console.board-select').selectOption({ label: title });
  const tree = new TreeBoardPage(page);
  await expect(tree.nodes.nth(20)).toBeVisible();
  await page.getByTestId('tree.zoom-fit').click();
  return tree;
}

test('tree screenshots: console, goal tree, projector and phone in Russian and English', async ({ browser }) => {
  test.setTimeout(180_000);
  mkdirSync(outDir(), { recursive: true });
  const host = await startTestHost(['--demo']);
  try {
    const fac = await newPage(browser, host.url, false);
    await new LibraryPage(fac).openAsFacilitator(host.token);
    await fac.getByTestId('library.event').filter({ hasText: 'ПРОЕКТируем' }).first().getByTestId('library.open').click();
    const code = (await fac.getByTestId('console.join-code').innerText()).trim();
    const tree = await openBoard(fac, PROBLEM);
    await tree.select(tree.nodes.nth(3));
    await shot(fac, 'tree-console-ru');

    const projector = await fac.context().newPage();
    await projector.goto(fac.url().replace(host.url, '') + '/projector');
    await fac.getByTestId('console.project-board').click();
    await expect(projector.getByTestId('tree.canvas')).toBeVisible();
    await shot(projector, 'tree-projector-ru');

    const phone = await newPage(browser, host.url, true);
    await new ParticipantPage(phone).join(code, 'Анна Петрова', 'youth');
    const picker = phone.getByTestId('participant.board-picker');
    if ((await picker.count()) > 0) await picker.selectOption({ label: PROBLEM });
    const phoneTree = new TreeBoardPage(phone);
    await expect(phone.getByTestId('tree.outline')).toBeVisible();
    await phoneTree.root.getByTestId('tree.node-text').tap();
    await phoneTree.root.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(phone, 'tree-phone-ru');
    await tree.select(tree.nodes.nth(5)); // the facilitator's mark shows on the phone
    await phone.getByTestId('tree.board').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(phone, 'tree-phone-top-ru');

    await openBoard(fac, GOAL);
    await shot(fac, 'tree-goal-console-ru');

    await fac.getByTestId('lang.en').first().click();
    await expect(fac.locator('html')).toHaveAttribute('lang', 'en');
    await shot(fac, 'tree-goal-console-en');
    await openBoard(fac, PROBLEM);
    await shot(fac, 'tree-console-en');
    await expect(projector.locator('html')).toHaveAttribute('lang', 'en');
    await shot(projector, 'tree-projector-en');
    await phone.getByTestId('lang.en').first().click();
    await phoneTree.root.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(phone, 'tree-phone-en');
  } finally {
    await host.stop();
  }
});
