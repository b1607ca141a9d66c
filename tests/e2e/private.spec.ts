import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { PrivateRound } from './pages/voting';
import { startTestHost } from './support/host-process';

test.describe('private writing on a grid board', () => {
  test('a named round lands each card in the cell its author picked, with the name; a reopened round reveals only new cards', async ({ person }) => {
    // The demo strategy event: its running stage is the problems / growth points / advantages grid.
    // (The fixture's own host stays idle: people here get the demo host's address as their base URL.)
    const host = await startTestHost(['--demo']);
    try {
      const facilitator = await person({ baseURL: host.url });
      await new LibraryPage(facilitator.page).openAsFacilitator(host.token);
      await facilitator.page.getByTestId('library.event').filter({ hasText: 'ПРОЕКТируем' }).first().getByTestId('library.open').click();
      const code = (await facilitator.page.getByTestId('console.join-code').innerText()).trim();
      const olga = await new ParticipantPage((await person({ baseURL: host.url })).page).join(code, 'Ольга Смирнова', 'ngo');
      const petr = await new ParticipantPage((await person({ phone: true, baseURL: host.url })).page).join(code, 'Пётр Иванов', 'business');

      const control = new PrivateRound(facilitator.page);
      await control.controls.getByTestId('private.anonymous').uncheck();
      await control.controls.getByTestId('private.open').click();
      await expect(control.controls).toHaveAttribute('data-state', 'open');

      const olgaPrivate = new PrivateRound(olga.page);
      await olga.page.getByTestId('private.cell').selectOption({ value: 'all:advantages' });
      await olgaPrivate.write('Бережливые и дружные соседи');
      const petrPrivate = new PrivateRound(petr.page);
      await petrPrivate.write('Нет врача-педиатра в посёлке');
      await expect(petr.page.getByText('Бережливые и дружные соседи')).toHaveCount(0);
      await expect(facilitator.page.getByText('Нет врача-педиатра в посёлке')).toHaveCount(0);

      await control.controls.getByTestId('private.reveal').click();
      await expect(control.controls).toHaveAttribute('data-state', 'revealed');
      const advantages = facilitator.page.locator('[data-testid="grid.cell"][data-column="advantages"]');
      const olgaCard = advantages.getByTestId('grid.card').filter({ hasText: 'Бережливые и дружные соседи' });
      await expect(olgaCard).toBeVisible();
      await expect(olgaCard.getByTestId('grid.card-author')).toContainText('Ольга Смирнова');
      await expect(facilitator.page.locator('[data-testid="grid.cell"][data-column="problems"]').getByText('Нет врача-педиатра в посёлке')).toBeVisible();
      await expect(olga.page.getByTestId('private.revealed')).toBeVisible();

      // Second pass: what was revealed is not offered again as private, and only the new card is added.
      await control.controls.getByTestId('private.reopen').click();
      await expect(olgaPrivate.panel).toBeVisible();
      await expect(olgaPrivate.card('Бережливые и дружные соседи')).toHaveCount(0);
      await olgaPrivate.write('Свой музей ремёсел');
      await control.controls.getByTestId('private.reveal').click();
      await expect(control.controls.getByTestId('private.status')).toContainText(/: 1\b/);
      await expect(facilitator.page.getByTestId('grid.card').filter({ hasText: 'Бережливые и дружные соседи' })).toHaveCount(1);
      await expect(facilitator.page.getByTestId('grid.card').filter({ hasText: 'Свой музей ремёсел' })).toHaveCount(1);
    } finally {
      await host.stop();
    }
  });
});
