import type { Page } from '@playwright/test';
import type { TeamId } from '@shared/ids';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { PassportPage, seedTeamPassport } from './pages/passport';
import type { TestHost } from './support/host-process';
import { SessionConsole } from './pages/session';

/** A new event with team «Север», its trees and passport, shown to everyone with follow me. */
async function facilitatorWithPassport(page: Page, host: TestHost) {
  const console = await new LibraryPage(page).openAsFacilitator(host.token).then((l) => l.createEvent('Каргополь-2030'));
  const eventId = new URL(page.url()).pathname.split('/')[2]!;
  const session = new SessionConsole(page);
  await session.addTeam('Север');
  const teamId = (await page.getByTestId('console.team').first().getAttribute('data-team-id')) as TeamId;
  const { passportId } = await seedTeamPassport(host, eventId, teamId);
  await page.getByTestId('console.board-select').selectOption(passportId);
  await page.getByTestId('console.follow').check();
  const passport = new PassportPage(page);
  await expect(passport.board).toBeVisible();
  return { code: await console.code(), session, passport };
}

/** Joins and is put into team «Север» by the facilitator; lands on the passport through follow me. */
async function teamMember(page: Page, fac: Awaited<ReturnType<typeof facilitatorWithPassport>>, name: string, group: string) {
  await new ParticipantPage(page).join(fac.code, name, group);
  const person = fac.session.person(name);
  if (!(await person.isVisible())) await fac.session.page.locator('details:has([data-testid="teams.person"]) > summary').first().click();
  await person.getByTestId('teams.person-team').selectOption({ label: 'Север' });
  await expect(person).not.toHaveAttribute('data-team-id', '');
  const passport = new PassportPage(page);
  await expect(passport.board).toHaveAttribute('data-writable', 'true');
  return passport;
}

/** `value` is `a` with `b` inserted whole at one place, or `b` with `a` inserted whole. */
function isMergeOf(value: string, a: string, b: string): boolean {
  const without = (whole: string, part: string) => (whole.includes(part) ? whole.replace(part, '') : null);
  return value.length === a.length + b.length && (without(value, b) === a || without(value, a) === b);
}

test.describe('project passport', () => {
  test('two members of a team co-edit one passport, fill it from their goal tree, and see a bad date flagged', async ({ host, person }) => {
    const fac = await facilitatorWithPassport((await person()).page, host);
    const anna = await teamMember((await person()).page, fac, 'Анна', 'youth');
    const boris = await teamMember((await person({ phone: true })).page, fac, 'Борис', 'business');

    // Different sections at once, then the same section at once: nobody's words are lost.
    await Promise.all([anna.typeAtEnd('name', 'Коворкинг «Коммутатор»'), boris.typeAtEnd('geography', 'Каргопольский округ')]);
    for (const p of [anna, boris, fac.passport]) {
      await expect(p.field('name')).toHaveValue('Коворкинг «Коммутатор»');
      await expect(p.field('geography')).toHaveValue('Каргопольский округ');
    }
    // Two carets at one spot: whoever starts second may split the other's word (as in any shared
    // editor), but every character of both arrives, each person's run stays in order, and all agree.
    const [annaText, borisText] = ['Место для встреч. ', 'Школа проектов. '];
    await Promise.all([anna.typeAtEnd('summary', annaText), boris.typeAtEnd('summary', borisText)]);
    await expect.poll(async () => isMergeOf(await anna.field('summary').inputValue(), annaText, borisText)).toBe(true);
    await expect(boris.field('summary')).toHaveValue(await anna.field('summary').inputValue());

    // Fill from the goal tree: goal, tasks and plan rows arrive for everyone; typed text stays.
    await anna.fillFromGoalTree();
    for (const p of [anna, boris]) {
      await expect(p.field('goal')).toHaveValue('Молодёжь остаётся в малых городах района и возвращается после учёбы');
      await expect(p.rows('tasks')).toHaveCount(6);
      await expect(p.rows('calendar')).toHaveCount(9);
    }
    await expect(boris.field('name')).toHaveValue('Коворкинг «Коммутатор»');

    // A project that ends before it starts is flagged beside the end date on every screen.
    await boris.field('dateStart').fill('2020-06-30');
    await anna.field('dateEnd').fill('2019-07-01');
    for (const p of [anna, boris]) {
      const error = p.board.getByTestId('passport.problem').filter({ hasText: 'Окончание раньше начала' });
      await expect(error).toBeVisible();
      await expect(p.field('dateEnd')).toHaveAttribute('aria-invalid', 'true');
    }
    await anna.field('dateEnd').fill('2020-12-31');
    await expect(boris.field('dateEnd')).not.toHaveAttribute('aria-invalid', 'true');

    // The applicant's INN is checked as it is typed, beside the field, and the export lists it before the download.
    await anna.typeAtEnd('orgInn', '2911008432');
    const inn = boris.board.locator('#passport-f-orgInn-error');
    await expect(inn).toHaveAttribute('data-code', 'inn_invalid');
    await expect(boris.field('orgInn')).toHaveAttribute('aria-invalid', 'true');
    await boris.board.getByTestId('passport.export.warnings').locator('summary').click();
    await expect(boris.board.getByTestId('passport.export.warnings')).toContainText('ИНН: ИНН должен быть из 10 цифр');
    await anna.field('orgInn').fill('2911008431');
    await expect(inn).toHaveCount(0);
  });
});
