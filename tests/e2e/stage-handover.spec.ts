import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { SessionConsole, readTimer } from './pages/session';

test.describe('stages hand over cleanly', () => {
  test('a stage change moves a participant who had picked another board, with a banner, and a stage can start its timer', async ({ host, person }) => {
    test.setTimeout(120_000);
    const fac = await person();
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Няндома: этапы'));
    const code = await console.code();
    const session = new SessionConsole(fac.page);
    await session.addTeam('Север');
    const anna = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Анна Петрова', 'residents');
    await expect(console.participants).toHaveAttribute('data-count', '1');
    await fac.page.getByTestId('teams.mixed').click();
    await expect(session.person('Анна')).not.toHaveAttribute('data-team-id', '');
    await session.applyTemplate();
    await session.startStage(/Проблемы, точки роста/);
    await fac.page.getByTestId('console.create-boards').click();
    const stageOne = await session.boardTab('Север').getAttribute('data-board-id');
    await expect(anna.page.getByTestId('grid.board')).toHaveAttribute('data-board-id', stageOne!);
    // Anna wanders off to the shared board by hand (follow me is off).
    await anna.page.getByTestId('participant.board-picker').selectOption({ label: 'Общая доска' });
    await expect(anna.page.getByTestId('board')).toBeVisible();

    // The next stage starts, with its timer: Anna is taken to its board and told why.
    await session.stage('Образ будущего').getByTestId('agenda.start-timed').click();
    await expect(session.stage('Образ будущего')).toHaveAttribute('data-status', 'active');
    await fac.page.getByTestId('console.create-boards').click();
    await expect(anna.page.getByTestId('participant.moved')).toContainText('Образ будущего');
    // At 360 px the banner is whole on screen, above the board.
    const banner = await anna.page.getByTestId('participant.moved').boundingBox();
    expect(banner!.x).toBeGreaterThanOrEqual(0);
    expect(banner!.x + banner!.width).toBeLessThanOrEqual(360);
    if (process.env.VECHE_PREVIEWS) await anna.page.screenshot({ path: resolve(import.meta.dirname, '../../docs/previews/phone-stage-moved-ru.png') });
    const stageTwo = await session.boardTab('Север').getAttribute('data-board-id');
    expect(stageTwo).not.toBe(stageOne);
    await expect(anna.page.getByTestId('grid.board')).toHaveAttribute('data-board-id', stageTwo!);
    await expect(anna.page.getByTestId('timer.display').first()).toHaveAttribute('data-state', 'running');
    expect((await readTimer(fac.page)).state).toBe('running');

    // A pick made during this stage holds until the next one.
    await anna.page.getByTestId('participant.moved-ok').click();
    await expect(anna.page.getByTestId('participant.moved')).toHaveCount(0);
    await anna.page.getByTestId('participant.board-picker').selectOption({ label: 'Общая доска' });
    await expect(anna.page.getByTestId('board')).toBeVisible();
    await expect(anna.page.getByTestId('participant.moved')).toHaveCount(0);
  });
});
