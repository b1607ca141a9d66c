import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DESKTOP, expect, test } from './fixtures';
import { JurorPage } from './pages/championship';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { PosterProjector, PosterSessionConsole } from './pages/poster-session';
import { SessionConsole } from './pages/session';
import { Ballot } from './pages/voting';
import type { TestHost } from './support/host-process';
import { acceptTeamRequest, eventIdOf } from './support/teams';

/** Initiatives of a civic vernissage (seeds/001, Perm). */
const A = 'Соседский центр «Заречье»';
const B = 'Велодвор: ремонт для всех';
const C = 'ТОС «Гайва»: дворы без мусора';

/** Joins asking for a team; the facilitator then grants it (the form's team is only a request). */
async function joinTeam(host: TestHost, page: Page, code: string, name: string, team: string): Promise<ParticipantPage> {
  const p = new ParticipantPage(page);
  await page.goto(`/join/${code}`);
  await page.getByTestId('join.name').fill(name);
  await page.getByTestId('join.team').selectOption({ label: team });
  await page.getByTestId('join.submit').click();
  await expect(p.name).toContainText(name);
  await acceptTeamRequest(host, eventIdOf(page.url()), name);
  return p;
}

test.describe('poster session: the facilitator and the projector', () => {
  test('posters with a deadline, a gallery walk the projector follows, carousel and one poster, both nominations revealed', async ({ host, person }) => {
    test.setTimeout(240_000);
    const fac = await person();
    const consolePage = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Гражданский вернисаж, Пермь', 'posters'));
    const session = new SessionConsole(fac.page);
    for (const name of [A, B, C]) await session.addTeam(name);
    const ps = new PosterSessionConsole(fac.page);
    await expect(ps.panel).toBeVisible();

    // --- posters for the three initiatives, and when editing closes ---
    await ps.setUpPosters(3);
    await ps.setDeadline(600);
    await expect(fac.page.getByTestId('posterSession.deadline')).not.toHaveAttribute('data-deadline', '');
    for (const name of [A, B, C]) await expect(ps.initiative(name).getByTestId('posterSession.comments')).toHaveAttribute('data-count', '0');

    // The session's files: the poster catalogue and the needs ↔ offers matrix (CSV with a BOM for Excel).
    for (const [id, magic] of [
      ['posterSession.export-posters-pdf', Buffer.from('%PDF')],
      ['posterSession.export-needs-offers-xlsx', Buffer.from('PK')],
      ['posterSession.export-needs-offers-csv', Buffer.from([0xef, 0xbb, 0xbf])],
    ] as const) {
      const [download] = await Promise.all([fac.page.waitForEvent('download'), fac.page.getByTestId(id).click()]);
      const bytes = readFileSync((await download.path())!);
      expect(bytes.subarray(0, magic.length).equals(magic), id).toBe(true);
    }

    // The initiative's poster opens in the console's main area.
    await ps.initiative(B).getByTestId('posterSession.open-poster').click();
    await expect(fac.page.getByTestId('posterSession.dialog')).toBeHidden();
    await expect(fac.page.getByTestId('console.board-select')).toHaveValue(/^poster_/);

    // --- the walk: C first (moved up twice with the keyboard), a minute per stand ---
    await ps.open('walk');
    expect(await ps.walkOrder()).toEqual([A, B, C]);
    await ps.moveUp(C, 2);
    expect(await ps.walkOrder()).toEqual([C, A, B]);
    await ps.setStandMinutes('1');

    const projectorPage = await fac.context.newPage();
    await projectorPage.setViewportSize(DESKTOP);
    await projectorPage.goto(`${consolePage.eventPath()}/projector`);
    const projector = new PosterProjector(projectorPage);
    await fac.page.getByTestId('posterSession.walk-project').click();
    await expect(projector.walk).toHaveAttribute('data-phase', 'idle');

    await ps.walk('start');
    await expect(projector.walk).toHaveAttribute('data-phase', 'running');
    await expect(projector.walkCurrent).toHaveText(C);
    await expect(projectorPage.getByTestId('projector.posters.walk-next')).toContainText(A);
    await expect(projector.walkLeft).toHaveText(/^(01:00|00:[0-5]\d)$/);
    const left = Number(await projector.walkLeft.getAttribute('data-left-ms'));
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(60_000);
    // The countdown runs on the projector by itself.
    await expect.poll(async () => Number(await projector.walkLeft.getAttribute('data-left-ms')), { timeout: 10_000 }).toBeLessThan(left);
    await expect(fac.page.getByTestId('posterSession.walk-current')).toHaveText(C);

    await ps.walk('next');
    await expect(projector.walkCurrent).toHaveText(A);
    await expect(projector.walk).toHaveAttribute('data-stand', '1');
    await expect(projectorPage.getByTestId('projector.posters.walk-stand').nth(1)).toHaveAttribute('data-current', 'true');
    await ps.walk('pause');
    await expect(projector.walk).toHaveAttribute('data-phase', 'paused');
    await ps.walk('resume');
    await expect(projector.walk).toHaveAttribute('data-phase', 'running');
    await expect(projector.walkCurrent).toHaveText(A);

    // --- the carousel turns by itself; one poster stays ---
    await ps.open('projector');
    const seconds = fac.page.getByTestId('posterSession.carousel-seconds');
    await seconds.fill('5');
    await seconds.press('Enter');
    await ps.project('carousel');
    await expect(projector.carousel).toHaveAttribute('data-count', '3');
    await expect(projectorPage.getByTestId('projector.posters.position')).toHaveText(/^[1-3] \/ 3$/);
    await expect(projector.carousel.getByTestId('poster.view')).toBeVisible();
    const first = await projector.carousel.getAttribute('data-index');
    await expect(projector.carousel).not.toHaveAttribute('data-index', first!, { timeout: 15_000 });

    await ps.projectPoster(B);
    await expect(projector.poster.getByTestId('poster.view.name')).toHaveText(B);

    // --- nominations: nothing announced yet ---
    await ps.project('nominations');
    await expect(projector.jury.getByTestId('projector.posters.pending')).toBeVisible();
    await expect(projector.audience.getByTestId('projector.posters.pending')).toBeVisible();

    // The jury scores the posters' round on /jury, with the ready criteria.
    await ps.open('nominations');
    await fac.page.getByTestId('champ.criteria-ready').click();
    await expect(fac.page.getByTestId('champ.criterion')).toHaveCount(5);
    const jurorCode = (await fac.page.getByTestId('console.juror-code').innerText()).trim();
    const juror = await new JurorPage((await person({ phone: true })).page).join(jurorCode, 'Ирина Мельникова');
    await expect(juror.page.getByTestId('jury.progress')).toHaveAttribute('data-total', '3');
    await juror.score(A, [9, 9, 8, 9, 9]);
    await juror.score(B, [6, 7, 6, 5, 6]);
    await juror.score(C, [5, 5, 6, 5, 4]);
    await expect(juror.page.getByTestId('jury.progress')).toHaveAttribute('data-scored', '3');

    // The audience votes with one dot each on their phones.
    await fac.page.getByTestId('posterSession.audience-open').click();
    await expect(fac.page.getByTestId('posterSession.audience')).toHaveAttribute('data-state', 'open');
    const code = await consolePage.code();
    for (const [name, team] of [
      ['Анна Котова', A],
      ['Борис Лыков', C],
    ] as const) {
      const p = await joinTeam(host, (await person({ phone: true })).page, code, name, team);
      const ballot = new Ballot(p.page);
      await ballot.plus(B);
      await ballot.expectCount(B, 1);
    }
    await expect(projector.audience.getByTestId('projector.posters.pending')).toContainText('2');

    await fac.page.getByTestId('posterSession.audience-close').click();
    await expect(fac.page.getByTestId('posterSession.audience')).toHaveAttribute('data-state', 'closed');
    await expect(projector.audience.getByTestId('projector.posters.winner')).toContainText(B);
    await expect(projector.jury.getByTestId('projector.posters.pending')).toBeVisible();

    await fac.page.getByTestId('posterSession.jury-reveal').click();
    await expect(fac.page.getByTestId('posterSession.jury-done')).toBeVisible();
    await expect(projector.jury.getByTestId('projector.posters.winner')).toContainText(A);
    await expect(projector.jury.locator('.proj-noms__rest li')).toHaveText([B, C]);
  });
});
