import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE } from './fixtures';
import { JurorPage } from './pages/championship';
import { LibraryPage } from './pages/library-page';
import { PosterProjector, PosterSessionConsole } from './pages/poster-session';
import { startTestHost } from './support/host-process';

/**
 * Review screenshots of the poster session's console and projector (not a behaviour test) on the
 * Perm vernissage demo, at 1920×1080, in Russian and English. Opt-in:
 *   VECHE_SCREENSHOTS=1 npx playwright test posters-console-screenshots   (→ out/screenshots/)
 */
const DIR = process.env.VECHE_SCREENSHOTS;
test.skip(!DIR, 'set VECHE_SCREENSHOTS=1 (or a folder) to take the review screenshots');

const outDir = () => (DIR && DIR !== '1' ? resolve(DIR) : resolve(import.meta.dirname, '../../out/screenshots'));
type Lang = 'ru' | 'en';

async function shot(page: Page, name: string, lang: Lang) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(outDir(), `posters-${name}-${lang}.png`) });
}

async function context(browser: Browser, baseURL: string, lang: Lang) {
  const ctx = await browser.newContext({ baseURL, viewport: DESKTOP });
  await ctx.addInitScript((l) => localStorage.setItem('veche.lang', l), lang);
  return ctx.newPage();
}

for (const lang of ['ru', 'en'] as const) {
  test(`review screenshots: poster session console and projector (${lang})`, async ({ browser }) => {
    test.setTimeout(180_000);
    mkdirSync(outDir(), { recursive: true });
    const host = await startTestHost(['--demo']);
    try {
      const fac = await context(browser, host.url, lang);
      await new LibraryPage(fac).openAsFacilitator(host.token);
      await fac.getByTestId('library.event').filter({ hasText: 'вернисаж' }).first().getByTestId('library.open').click();
      const ps = new PosterSessionConsole(fac);
      await expect(ps.panel).toBeVisible();
      await ps.open('setup');
      if (await fac.getByTestId('posterSession.setup').isEnabled()) await fac.getByTestId('posterSession.setup').click();
      await ps.setDeadline(25 * 60);
      await shot(fac, 'console-setup', lang);

      const projectorPage = await fac.context().newPage();
      await projectorPage.goto(`${new URL(fac.url()).pathname}/projector`);
      const projector = new PosterProjector(projectorPage);

      await ps.open('walk');
      await ps.setStandMinutes('4');
      await ps.walk('start');
      await fac.getByTestId('posterSession.walk-project').click();
      await expect(projector.walk).toHaveAttribute('data-phase', 'running');
      await shot(fac, 'console-walk', lang);
      await shot(projectorPage, 'projector-walk', lang);

      await ps.project('carousel');
      await expect(projector.carousel.getByTestId('poster.view')).toBeVisible();
      await shot(fac, 'console-projector', lang);
      await shot(projectorPage, 'projector-carousel', lang);

      await ps.project('nominations');
      await shot(projectorPage, 'projector-nominations-pending', lang);
      await ps.open('nominations');
      await fac.getByTestId('champ.criteria-ready').click();
      // The demo may already hold the audience vote: open it only if it is not there yet.
      await expect(fac.getByTestId('posterSession.audience')).not.toHaveAttribute('data-state', '');
      if (await fac.getByTestId('posterSession.audience-open').isVisible()) await fac.getByTestId('posterSession.audience-open').click();
      await fac.getByTestId('posterSession.audience-close').click();
      await expect(fac.getByTestId('posterSession.audience')).toHaveAttribute('data-state', 'closed');
      const jurorCode = (await fac.getByTestId('console.juror-code').innerText()).trim();
      const jurorCtx = await browser.newContext({ baseURL: host.url, viewport: PHONE, isMobile: true, hasTouch: true });
      const juror = await new JurorPage(await jurorCtx.newPage()).join(jurorCode, 'Елена Жукова');
      const teams = await juror.page.getByTestId('jury.entry').allInnerTexts();
      for (const [i, text] of teams.entries()) await juror.score(text.split('\n')[0]!.trim(), [9 - i, 8 - i, 9 - i, 7, 8 - i]);
      await fac.getByTestId('posterSession.jury-reveal').click();
      await expect(fac.getByTestId('posterSession.jury-done')).toBeVisible();
      await shot(fac, 'console-nominations', lang);
      await shot(projectorPage, 'projector-nominations', lang);
      await ps.close();
      await ps.panel.scrollIntoViewIfNeeded();
      await shot(fac, 'console-panel', lang);
    } finally {
      await host.stop();
    }
  });
}
