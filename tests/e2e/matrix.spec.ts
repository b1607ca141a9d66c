import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { ProjectorPage } from './pages/projector';

/** The 2×2 matrix from a 360×800 phone to a 1920×1080 projector. VECHE_PREVIEWS=1 saves the screens under docs/previews/. */
const PREVIEWS = resolve(import.meta.dirname, '../../docs/previews');
const SAVE = !!process.env.VECHE_PREVIEWS;
async function shot(page: Page, name: string) {
  if (!SAVE) return;
  mkdirSync(PREVIEWS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(PREVIEWS, name) });
}

const IDEAS = ['Автобус до райцентра', 'Коворкинг при библиотеке'];

for (const lang of SAVE ? (['ru', 'en'] as const) : (['ru'] as const)) {
  test(`a phone places an idea by impact and effort; the console and the projector show the average, readable and clear of the QR box (${lang})`, async ({
    host,
    person,
  }) => {
    test.setTimeout(180_000);
    const fac = await person();
    await fac.context.addInitScript((l) => localStorage.setItem('veche.lang', l), lang);
    await fac.page.setViewportSize({ width: 1366, height: 768 });
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Каргополь-2030'));
    for (const text of IDEAS) await console.board.add(text);
    const shared = (await fac.page.getByTestId('console.board-select').locator('option:checked').innerText()).trim();

    await fac.page.locator('.navigator__add > summary').click();
    await fac.page.getByTestId('console.board-title').fill('Приоритеты');
    await fac.page.getByTestId('console.board-kind').selectOption('board:matrix');
    await fac.page.getByTestId('console.board-add').click();
    await fac.page.getByTestId('console.board-select').selectOption({ label: 'Приоритеты' });
    await expect(fac.page.getByTestId('matrix')).toBeVisible();
    await fac.page.getByTestId('matrix.source').selectOption({ label: shared });
    await expect(fac.page.getByTestId('matrix.legend-item')).toHaveCount(2);

    const phone = await person({ phone: true });
    await phone.context.addInitScript((l) => localStorage.setItem('veche.lang', l), lang);
    await phone.page.setViewportSize({ width: 360, height: 800 });
    const anna = await new ParticipantPage(phone.page).join(await console.code(), 'Анна');
    await anna.page.getByTestId('participant.board-picker').selectOption({ label: 'Приоритеты' });
    const idea = anna.page.getByTestId('matrix.idea').filter({ hasText: IDEAS[0]! });
    await expect(anna.page.getByTestId('matrix.idea')).toHaveCount(2);
    await idea.getByTestId('matrix.impact').fill('8');
    await idea.getByTestId('matrix.effort').fill('2');
    await expect(idea).toHaveAttribute('data-placed', 'true');
    // Nothing sticks out of a 360 px phone.
    expect(await anna.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(anna.page, `matrix-phone-${lang}.png`);

    const point = fac.page.getByTestId('matrix.point');
    await expect(point).toHaveCount(1);
    await expect(point).toHaveAttribute('data-impact', '8');
    await expect(point).toHaveAttribute('data-effort', '2');
    await expect(fac.page.getByTestId('matrix.legend-item').first()).toHaveAttribute('data-count', '1');
    await shot(fac.page, `matrix-console-${lang}.png`);

    const projector = await ProjectorPage.open(fac.page);
    await fac.page.getByTestId('console.project-board').click();
    await expect(projector.page.getByTestId('matrix.point')).toHaveAttribute('data-impact', '8');
    const faults = await projector.expectReadable();
    expect(faults.items).toBe(3); // one point, two legend rows
    await shot(projector.page, `matrix-projector-${lang}.png`);
  });
}
