import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { Roster } from './pages/roster';
import { SessionConsole } from './pages/session';
import { Ballot, VotingConsole } from './pages/voting';

const PROBLEMS = /Проблемы, точки роста/;
const PHONE_TALL = { width: 360, height: 800 };
const LAPTOP = { width: 1366, height: 768 };

/** The screenshots reviewers look at: opt-in, like screenshots.spec.ts (VECHE_SCREENSHOTS=1 → out/screenshots/). */
const SHOTS = process.env.VECHE_SCREENSHOTS;
const shotDir = () => (SHOTS && SHOTS !== '1' ? resolve(SHOTS) : resolve(import.meta.dirname, '../../out/screenshots'));

async function setLang(page: Page, lang: 'ru' | 'en') {
  await page.getByTestId(`lang.${lang}`).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test.describe('the facilitator’s roster', () => {
  test('with check-in on a phone waits until it is let in; a team asked for on the join form counts only once the facilitator accepts it', async ({
    host,
    person,
  }) => {
    test.setTimeout(180_000);
    const fac = await person();
    await fac.page.setViewportSize(LAPTOP);
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Вельск: вход по подтверждению'));
    const code = await console.code();
    const session = new SessionConsole(fac.page);
    await session.addTeam('Север');
    await session.addTeam('Юг');
    await session.applyTemplate();
    await session.startStage(PROBLEMS);
    await fac.page.getByTestId('console.create-boards').click();
    await expect(fac.page.getByTestId('console.board-tab')).toHaveCount(2);
    const south = await session.boardTab('Юг').getAttribute('data-board-id');

    const roster = new Roster(fac.page);
    await roster.setCheckIn(true);

    // Check-in: the phone is told to wait and gets nowhere near the event until the facilitator says so.
    const annaPhone = (await person({ phone: true })).page;
    await annaPhone.setViewportSize(PHONE_TALL);
    const anna = new ParticipantPage(annaPhone);
    await anna.fillJoinForm(code, 'Анна', 'residents');
    await expect(annaPhone.getByTestId('join.waiting')).toBeVisible();
    await expect(annaPhone.getByTestId('join.submit')).toHaveCount(0);
    await expect(annaPhone).toHaveURL(/\/join\//);
    await expect(roster.person('Анна')).toHaveAttribute('data-status', 'pending');
    await expect(roster.panel).toContainText(/Ждут подтверждения: 1/);
    await expect(console.participants).toHaveAttribute('data-count', '0');

    await roster.approve('Анна');
    await expect(annaPhone).toHaveURL(/\/p\/[^/]+$/);
    await expect(anna.name).toContainText('Анна');
    await expect(annaPhone.getByTestId('grid.board').or(annaPhone.getByTestId('board'))).toBeVisible();
    await expect(roster.auditLines.first()).toHaveAttribute('data-action', 'approve');
    await expect(console.participants).toHaveAttribute('data-count', '1');

    // Refused: the phone is told so, and the person leaves the roster (the log keeps the refusal).
    const gleb = new ParticipantPage((await person({ phone: true })).page);
    await gleb.fillJoinForm(code, 'Глеб');
    await expect(gleb.page.getByTestId('join.waiting')).toBeVisible();
    await roster.person('Глеб').getByTestId('roster.deny').click();
    await expect(roster.person('Глеб')).toHaveCount(0);
    await expect(roster.auditLines.first()).toHaveAttribute('data-action', 'deny');
    await expect(gleb.page.getByTestId('join.refused')).toBeVisible();
    await expect(gleb.page.getByTestId('join.waiting')).toHaveCount(0);
    await expect(gleb.page).toHaveURL(/\/join\//);

    // Check-in off again: the next phone goes straight in, but the team it picked is only a request.
    await roster.setCheckIn(false);
    const boris = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Борис', 'business', 'Юг');
    await expect(boris.page.getByTestId('participant.team')).toHaveCount(0);
    const accept = roster.person('Борис').getByTestId('roster.accept-team');
    await expect(accept).toContainText('Юг');
    await roster.acceptTeam('Борис');
    await expect(boris.page.getByTestId('participant.team')).toHaveText('Юг');
    await expect(boris.page.getByTestId('grid.board')).toHaveAttribute('data-board-id', south!);
    // The facilitator's team panel shows the same membership.
    await expect(session.person('Борис')).not.toHaveAttribute('data-team-id', '');
  });

  test('voiding a person takes their dots out of an open vote, and the change is logged', async ({ host, person }) => {
    test.setTimeout(180_000);
    const fac = await person();
    await fac.page.setViewportSize(LAPTOP);
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Коноша: голоса'));
    const code = await console.code();
    const anna = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Анна', 'residents');
    const boris = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Борис', 'business');
    const idea = 'Отремонтировать мост через Вель';
    await anna.board.add(idea);
    await console.board.expectTexts([idea]);

    const voting = new VotingConsole(fac.page);
    const row = await voting.open('Что делаем первым?', { perPerson: 1, maxPerItem: 1 }, ['Общая доска']);
    const progress = row.getByTestId('vote.progress');
    await expect(progress).toHaveAttribute('data-eligible', '2');
    await new Ballot(anna.page).plus(idea);
    await new Ballot(boris.page).plus(idea);
    await expect(progress).toHaveAttribute('data-voted', '2');

    const roster = new Roster(fac.page);
    await roster.voidVotes('Борис');
    await expect(progress).toHaveAttribute('data-voted', '1');
    await expect(roster.person('Борис')).toContainText('голоса не учитываются');
    await roster.openAudit();
    const line = roster.auditLines.first();
    await expect(line).toBeVisible();
    await expect(line).toHaveAttribute('data-action', 'void');
    await expect(line).toContainText('Борис');

    // A closed vote counts only those who count: Boris's dot is not in the result.
    await voting.close('Что делаем первым?');
    await expect(row.getByTestId('vote.result-row')).toHaveAttribute('data-total', '1');

    // Counted again: the closed result takes his dot back, and the log says so.
    await roster.person('Борис').getByTestId('roster.restore').click();
    await expect(roster.person('Борис')).toHaveAttribute('data-status', 'active');
    await expect(row.getByTestId('vote.result-row')).toHaveAttribute('data-total', '2');
    await expect(roster.auditLines.first()).toHaveAttribute('data-action', 'restore');
  });

  test('review screenshots: the roster at 1366×768 and the check-in wait on a 360×800 phone, Russian and English', async ({ host, person }) => {
    test.skip(!SHOTS, 'set VECHE_SCREENSHOTS=1 (or a folder) to take the review screenshots');
    test.setTimeout(180_000);
    mkdirSync(shotDir(), { recursive: true });
    const fac = await person();
    await fac.page.setViewportSize(LAPTOP);
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Вельск: стратегическая сессия'));
    const code = await console.code();
    const session = new SessionConsole(fac.page);
    await session.addTeam('Север');
    await session.addTeam('Юг');
    await new ParticipantPage((await person({ phone: true })).page).join(code, 'Анна Петрова', 'residents');
    await new ParticipantPage((await person({ phone: true })).page).join(code, 'Борис Смирнов', 'business', 'Юг');
    const roster = new Roster(fac.page);
    await roster.voidVotes('Анна Петрова');
    await roster.setCheckIn(true);
    const phone = (await person({ phone: true })).page;
    await phone.setViewportSize(PHONE_TALL);
    await new ParticipantPage(phone).fillJoinForm(code, 'Вера Ершова', 'youth', 'Север');
    await expect(phone.getByTestId('join.waiting')).toBeVisible();
    await expect(roster.person('Вера Ершова')).toHaveAttribute('data-status', 'pending');
    await roster.openAudit();

    for (const lang of ['ru', 'en'] as const) {
      await setLang(fac.page, lang);
      await setLang(phone, lang);
      await roster.panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await fac.page.evaluate(() => document.fonts.ready);
      await fac.page.screenshot({ path: join(shotDir(), `roster-console-${lang}.png`) });
      await phone.evaluate(() => document.fonts.ready);
      await phone.screenshot({ path: join(shotDir(), `checkin-waiting-phone-${lang}.png`) });
    }
  });
});
