import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { TeamId } from '@shared/ids';
import { DESKTOP, PHONE } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { PassportPage, fillPassportContent, seedTeamPassport } from './pages/passport';
import { SessionConsole } from './pages/session';
import { startTestHost } from './support/host-process';

/**
 * Review screenshots of the project passport (not a behaviour test): console at 1920×1080 (top and
 * calendar plan), projector at 1920×1080, a team member's phone at 360×740, Russian and English.
 * Opt-in: VECHE_SCREENSHOTS=1 npx playwright test passport-screenshots   (→ out/screenshots/)
 */
const DIR = process.env.VECHE_SCREENSHOTS;
test.skip(!DIR, 'set VECHE_SCREENSHOTS=1 (or a folder) to take the review screenshots');

const outDir = () => (DIR && DIR !== '1' ? resolve(DIR) : resolve(import.meta.dirname, '../../out/screenshots'));
type Lang = 'ru' | 'en';

async function shot(page: Page, name: string, lang: Lang, focus?: Locator) {
  if (focus) await focus.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(outDir(), `${name}-${lang}.png`) });
}

async function context(browser: Browser, baseURL: string, phone: boolean, lang: Lang) {
  const ctx = await browser.newContext({
    baseURL,
    viewport: phone ? PHONE : DESKTOP,
    ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  await ctx.addInitScript((l) => localStorage.setItem('veche.lang', l), lang);
  return ctx.newPage();
}

for (const lang of ['ru', 'en'] as const) {
  test(`review screenshots: project passport (${lang})`, async ({ browser }) => {
    test.setTimeout(180_000);
    mkdirSync(outDir(), { recursive: true });
    const host = await startTestHost(['--bind', '0.0.0.0']);
    try {
      const fac = await context(browser, host.url, false, lang);
      const console = await new LibraryPage(fac).openAsFacilitator(host.token).then((l) => l.createEvent('Каргополь-2030'));
      const eventId = new URL(fac.url()).pathname.split('/')[2]!;
      const session = new SessionConsole(fac);
      await session.addTeam('Север');
      const teamId = (await fac.getByTestId('console.team').first().getAttribute('data-team-id')) as TeamId;
      const ids = await seedTeamPassport(host, eventId, teamId);
      await fillPassportContent(host, eventId, ids.passportId, ids.goalId, ids.problemId);
      await fac.getByTestId('console.board-select').selectOption(ids.passportId);
      await fac.getByTestId('console.follow').check();
      const passport = new PassportPage(fac);
      await expect(passport.rows('calendar')).toHaveCount(9);
      await shot(fac, 'passport-console', lang, passport.board);
      await shot(fac, 'passport-console-calendar', lang, fac.getByTestId('passport.table.calendar'));

      const phone = await context(browser, host.url, true, lang);
      await new ParticipantPage(phone).join(await console.code(), 'Анна Петрова', 'youth');
      await session.person('Анна Петрова').getByTestId('teams.person-team').selectOption({ label: 'Север' });
      const mine = new PassportPage(phone);
      await expect(mine.board).toHaveAttribute('data-writable', 'true');
      await expect(mine.field('name')).toHaveValue('ПРОЕКТируем будущее малых территорий');
      await shot(phone, 'passport-phone', lang);
      await shot(phone, 'passport-phone-calendar', lang, phone.getByTestId('passport.table.calendar'));

      await fac.getByTestId('console.project-board').click();
      const projector = await fac.context().newPage();
      await projector.goto(`/event/${eventId}/projector`);
      await expect(projector.getByTestId('passport.view')).toBeVisible();
      await shot(projector, 'passport-projector', lang);
    } finally {
      await host.stop();
    }
  });
}
