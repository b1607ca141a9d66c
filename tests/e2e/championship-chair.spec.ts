import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { DESKTOP } from './fixtures';
import { ChampConsole } from './pages/championship';
import { LibraryPage } from './pages/library-page';
import { startTestHost } from './support/host-process';

/**
 * The jury chair on the demo championship (four jurors have scored six teams): sets a panel, watches the
 * confidential score matrix, moderates one mark with a reason, reveals stepwise to the projector. The
 * matrix, the projector and a team's feedback sheet are saved under docs/previews/ for review when
 * VECHE_PREVIEWS=1 (a plain test run never writes into the repository).
 */
const PREVIEWS = resolve(import.meta.dirname, '../../docs/previews');
const SAVE = !!process.env.VECHE_PREVIEWS;

async function shot(page: Page, name: string) {
  if (!SAVE) return;
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(PREVIEWS, name) });
}

const REASON = { ru: 'Ошибка ввода: член жюри подтвердил 3', en: 'Typing error: the juror confirmed 3' } as const;

for (const lang of ['ru', 'en'] as const) {
  test(`the chair sets panels, watches the matrix, moderates a mark and reveals stepwise (${lang})`, async ({ browser }) => {
    test.setTimeout(180_000);
    if (SAVE) mkdirSync(PREVIEWS, { recursive: true });
    const host = await startTestHost(['--demo']);
    try {
      const ctx = await browser.newContext({ baseURL: host.url, viewport: DESKTOP });
      await ctx.addInitScript((l) => localStorage.setItem('veche.lang', l), lang);
      const fac = await ctx.newPage();
      await new LibraryPage(fac).openAsFacilitator(host.token);
      await fac.getByTestId('library.event').filter({ hasText: 'чемпионат' }).first().getByTestId('library.open').click();
      await expect(fac.getByTestId('champ.panel')).toBeVisible();
      const champ = new ChampConsole(fac);

      await champ.open('setup');
      const panelBox = fac.getByTestId('champ.round-jury').first().locator('[data-testid="champ.panel"]').first();
      await panelBox.check();
      await expect(panelBox).toBeChecked();

      await champ.open('results');
      const matrix = fac.getByTestId('champ.matrix');
      await expect(matrix).toBeVisible();
      await expect(fac.getByTestId('champ.matrix-cell').first()).toBeVisible();
      const cell = fac.locator('[data-testid="champ.matrix-cell"][data-moderated="false"]').nth(7);
      const scorer = await cell.getAttribute('data-scorer');
      const team = await cell.getAttribute('data-team');
      const criterion = await cell.getAttribute('data-criterion');
      await cell.getByRole('button').click();
      await fac.getByTestId('champ.moderate-score').fill('3');
      await fac.getByTestId('champ.moderate-reason').fill(REASON[lang]);
      await fac.getByTestId('champ.moderate-save').click();
      const moderated = fac.locator(`[data-testid="champ.matrix-cell"][data-scorer="${scorer}"][data-team="${team}"][data-criterion="${criterion}"]`);
      await expect(moderated).toHaveAttribute('data-moderated', 'true');
      await expect(moderated).toContainText('3');
      await matrix.scrollIntoViewIfNeeded();
      await shot(fac, `championship-matrix-${lang}.png`);

      const projector = await ctx.newPage();
      await projector.goto(`${new URL(fac.url()).pathname}/projector`);
      await fac.getByTestId('champ.project-leaderboard').click();
      await fac.getByTestId('champ.reveal').click();
      for (let i = 0; i < 6; i++) await fac.getByTestId('champ.reveal-next').click();
      await expect(projector.getByTestId('leaderboard.row')).toHaveCount(6);
      await expect(projector.getByTestId('leaderboard.scale')).toHaveAttribute('data-kind', 'raw');
      await expect(fac.getByTestId('champ.status')).toHaveAttribute('data-frozen', 'true');
      // Legible from the back of the hall: the round's title and what the total means are ≥ 28 px at 1080p
      // (the title's style once lived only in the console's stylesheet, which the projector page never loads).
      const px = (l: Locator) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(await px(projector.locator('.proj-lb__title'))).toBeGreaterThanOrEqual(28);
      expect(await px(projector.getByTestId('leaderboard.scale'))).toBeGreaterThanOrEqual(28);
      await projector.waitForTimeout(800); // review only: let the last row's entry animation finish
      await shot(projector, `championship-projector-frozen-${lang}.png`);

      // The feedback sheet of the team whose mark was moderated, rendered to PNG when pdftoppm is there.
      const res = await fac.request.get(
        `/api/events/${new URL(fac.url()).pathname.split('/').pop()}/championship/feedback/${team}.pdf?anonymous=1&lang=${lang}`,
        {
          headers: { authorization: `Bearer ${host.token}` },
        },
      );
      expect(res.status()).toBe(200);
      const pdf = await res.body();
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      try {
        const dir = mkdtempSync(join(tmpdir(), 'veche-feedback-'));
        writeFileSync(join(dir, 'f.pdf'), pdf);
        execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', join(dir, 'f.pdf'), join(dir, 'p')]);
        const png = readdirSync(dir).find((f) => f.endsWith('.png'));
        if (png && SAVE) renameSync(join(dir, png), join(PREVIEWS, `championship-feedback-sheet-${lang}.png`));
      } catch {
        // pdftoppm missing: the PDF itself was checked above; the preview is only for review.
      }
    } finally {
      await host.stop();
    }
  });
}
