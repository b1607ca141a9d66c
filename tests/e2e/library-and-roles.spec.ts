import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';

test.describe('event library, invite codes and language', () => {
  test('the facilitator renames, duplicates, archives and deletes events', async ({ host, person }) => {
    const { page } = await person();
    const library = await new LibraryPage(page).openAsFacilitator(host.token);
    await library.createEvent('Черновик', 'posters');
    await page.getByTestId('console.back').click();

    await library.event('Черновик').getByTestId('library.rename').click();
    await page.getByTestId('library.rename-input').fill('Вернисаж инициатив');
    await page.getByTestId('library.rename-save').click();
    await expect(library.event('Вернисаж инициатив')).toBeVisible();

    await library.event('Вернисаж инициатив').getByTestId('library.duplicate').click();
    await expect(page.getByTestId('library.event')).toHaveCount(2);

    await library.event('Вернисаж инициатив').first().getByTestId('library.archive').click();
    await expect(page.getByTestId('library.event')).toHaveCount(1);
    await page.getByTestId('library.show-archived').check();
    await expect(page.getByTestId('library.event')).toHaveCount(2);

    const doomed = page.getByTestId('library.event').first();
    await doomed.getByTestId('library.delete').click();
    await doomed.getByTestId('library.delete-confirm').click();
    await expect(page.getByTestId('library.event')).toHaveCount(1);
    await expect(page.getByTestId('library.error')).toHaveCount(0);
  });

  test('a juror joins with the jury code and is told plainly that scoring comes later', async ({ host, person }) => {
    const fac = await person();
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Чемпионат', 'championship'));
    const jurorCode = (await fac.page.getByTestId('console.juror-code').innerText()).trim();
    const { page } = await person({ phone: true });
    await page.goto(`/join/${jurorCode}`);
    await expect(page.getByTestId('join.group')).toHaveCount(0);
    await page.getByTestId('join.name').fill('Ольга Ивановна');
    await page.getByTestId('join.submit').click();
    await expect(page).toHaveURL(/\/jury\/[^/]+$/);
    await expect(page.getByTestId('jury.coming-soon')).toBeVisible();
    await expect(console.participants).toHaveAttribute('data-count', '0');
  });

  test('the language can be switched on any screen and is remembered', async ({ host, person }) => {
    const fac = await person();
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Пермь'));
    const code = await console.code();
    const anna = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Анна');
    await expect(anna.page.getByTestId('board.add-submit')).toHaveText('Добавить');
    await anna.page.getByTestId('lang.en').click();
    await expect(anna.page.getByTestId('board.add-submit')).toHaveText('Add');
    await expect(anna.name).toHaveText('You: Анна');
    await anna.page.reload();
    await expect(anna.page.getByTestId('board.add-submit')).toHaveText('Add');
    await expect(anna.page.locator('html')).toHaveAttribute('lang', 'en');

    // The projector has no controls and follows the console window's choice.
    const projector = await fac.context.newPage();
    await projector.goto(console.eventPath() + '/projector');
    await expect(projector.getByTestId('projector.join-code')).toHaveText(code);
    await fac.page.getByTestId('lang.en').click();
    await expect(projector.locator('html')).toHaveAttribute('lang', 'en');
    await expect(projector.getByText('Code', { exact: true })).toBeVisible();
  });
});
