import { formatCountdown } from '@shared/clock';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { GridPage, SessionConsole, readTimer } from './pages/session';

const PROBLEMS = /Проблемы, точки роста/;

test.describe('running a strategy session', () => {
  test('a stage timer started on the console reads the same on a phone and the projector, by host time', async ({ host, person }) => {
    const fac = await person();
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Каргополь: таймер'));
    const code = await console.code();
    const session = new SessionConsole(fac.page);
    await session.applyTemplate();
    await session.startStage(PROBLEMS);
    await fac.page.getByTestId('timer.start').click();
    await expect(fac.page.getByTestId('timer.display').first()).toHaveAttribute('data-state', 'running');

    const anna = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Анна', 'residents');
    const projector = await fac.context.newPage();
    await projector.goto(console.eventPath() + '/projector');
    await fac.page.getByTestId('console.projector-timer').click();
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-mode', 'timer');
    await expect(anna.page.getByTestId('stage.title')).toHaveText(PROBLEMS);

    // Running: every screen counts down to the same host instant, and shows what host time says is left.
    const pages = [fac.page, anna.page, projector];
    for (const p of pages) await expect(p.getByTestId('timer.display').first()).toHaveAttribute('data-state', 'running');
    const readings = await Promise.all(pages.map(readTimer));
    expect(new Set(readings.map((r) => r.endsAt)).size).toBe(1);
    for (const r of readings) expect(r.text).toBe(formatCountdown(Number(r.endsAt) - r.hostNow));

    // Paused: the remaining time is stored, so all three show exactly the same minutes and seconds.
    await fac.page.getByTestId('timer.pause').click();
    for (const p of pages) await expect(p.getByTestId('timer.display').first()).toHaveAttribute('data-state', 'paused');
    const paused = await Promise.all(pages.map(readTimer));
    expect(new Set(paused.map((r) => r.text)).size).toBe(1);
    expect(paused[0]!.text).toMatch(/^(39|40):\d\d$/);

    await fac.page.getByTestId('timer.plus5').click();
    const plus = (await readTimer(fac.page)).text;
    for (const p of pages) await expect(p.getByTestId('timer.text').first()).toHaveText(plus);
  });

  test('teams mixed by group get their own copies of a stage board, and follow me takes each phone to its own', async ({ host, person }) => {
    const fac = await person();
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Няндома: команды'));
    const code = await console.code();
    const session = new SessionConsole(fac.page);
    await session.addTeam('Север');
    await session.addTeam('Юг');
    const people: [string, string][] = [
      ['Анна', 'residents'],
      ['Борис', 'business'],
      ['Вера', 'residents'],
      ['Глеб', 'business'],
    ];
    const phones: ParticipantPage[] = [];
    for (const [name, group] of people) phones.push(await new ParticipantPage((await person({ phone: true })).page).join(code, name, group));
    await expect(console.participants).toHaveAttribute('data-count', '4');

    await fac.page.getByTestId('teams.mixed').click();
    await expect(fac.page.getByTestId('teams.status')).toContainText('4');
    // Each team has one resident and one business person.
    const teamOf = async (name: string) => (await session.person(name).getAttribute('data-team-id')) ?? '';
    for (const name of ['Анна', 'Борис', 'Вера', 'Глеб']) await expect(session.person(name)).not.toHaveAttribute('data-team-id', '');
    expect(await teamOf('Анна')).not.toBe(await teamOf('Вера'));
    expect(await teamOf('Борис')).not.toBe(await teamOf('Глеб'));

    await session.applyTemplate();
    await session.startStage(PROBLEMS);
    await fac.page.getByTestId('console.create-boards').click();
    await expect(fac.page.getByTestId('console.board-tab')).toHaveCount(2);
    await fac.page.getByTestId('console.follow').check();
    await session.boardTab('Север').click();

    // Everyone lands on the stage board; each on their own team's copy.
    const north = await session.boardTab('Север').getAttribute('data-board-id');
    const south = await session.boardTab('Юг').getAttribute('data-board-id');
    for (const [i, [name]] of people.entries()) {
      const phone = phones[i]!;
      const own = (await teamOf(name)) === north!.split('_').pop() ? north : south;
      await expect(phone.page.getByTestId('participant.following')).toBeVisible();
      await expect(phone.page.getByTestId('grid.board')).toHaveAttribute('data-board-id', own!);
      await expect(phone.page.getByTestId('participant.team')).toBeVisible();
    }

    // The gallery shows both teams' copies; opening one from there is what the phones follow.
    await fac.page.getByTestId('console.gallery').click();
    await expect(fac.page.getByTestId('gallery.board')).toHaveCount(2);
    await fac.page.getByTestId('gallery.board').filter({ hasText: 'Юг' }).getByTestId('gallery.open').click();
    await expect(session.boardTab('Юг')).toHaveAttribute('aria-selected', 'true');

    // The facilitator moves on to the shared board: the phones follow.
    await fac.page.getByTestId('console.board-select').selectOption({ label: 'Общая доска' });
    for (const phone of phones) await expect(phone.page.getByTestId('board')).toBeVisible();
    // Follow me off: a phone stays where it is and may pick another board.
    await fac.page.getByTestId('console.follow').uncheck();
    await expect(phones[0]!.page.getByTestId('participant.board-picker')).toBeVisible();
  });

  test('a card written on a phone lands in its cell, is dragged to another cell on the console, and shows on the projector', async ({ host, person }) => {
    const fac = await person();
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Плесецк: таблица'));
    const code = await console.code();
    const session = new SessionConsole(fac.page);
    await session.applyTemplate();
    // Shared board for the whole room: the stage is set to one board for all.
    await session.stage(PROBLEMS).getByTestId('agenda.edit').click();
    const form = fac.page.getByTestId('agenda.stage-edit');
    await form.getByTestId('agenda.per-team').uncheck();
    await form.getByTestId('agenda.save').click();
    await session.startStage(PROBLEMS);
    await fac.page.getByTestId('console.create-boards').click();
    await fac.page.getByTestId('console.board-tab').first().click();
    await fac.page.getByTestId('console.follow').check();

    const anna = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Анна', 'youth');
    const phoneGrid = new GridPage(anna.page);
    await expect(anna.page.getByTestId('grid.board')).toBeVisible();
    await phoneGrid.addOnPhone('all:problems', 'Молодёжи негде собираться зимой');

    const grid = new GridPage(fac.page);
    await expect(grid.cell('all', 'problems').getByText('Молодёжи негде собираться зимой')).toBeVisible();
    await grid.drag('Молодёжи негде собираться зимой', grid.cell('all', 'growth'));
    await expect(grid.cell('all', 'growth').getByText('Молодёжи негде собираться зимой')).toBeVisible();
    await expect(grid.cell('all', 'problems')).toHaveAttribute('data-count', '0');

    // The phone sees the move: the card is now in the growth-points cell.
    await anna.page.getByTestId('grid.cell-picker').selectOption('all:growth');
    await expect(phoneGrid.cell('all', 'growth').getByText('Молодёжи негде собираться зимой')).toBeVisible();

    const projector = await fac.context.newPage();
    await projector.goto(console.eventPath() + '/projector');
    await fac.page.getByTestId('console.project-board').click();
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-mode', 'board');
    await expect(new GridPage(projector).cell('all', 'growth').getByText('Молодёжи негде собираться зимой')).toBeVisible();
    await expect(projector.getByTestId('projector.join-code')).toHaveText(code);
  });
});
