import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { ChampConsole, FrameTap, JurorPage } from './pages/championship';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { SessionConsole } from './pages/session';
import type { TestHost } from './support/host-process';
import { acceptTeamRequest, eventIdOf } from './support/teams';

const TEAMS = { a: 'Городские соседи', b: 'Пермь на ладони' };
const ROUND = 'Финал: город, которым управляют жители';
/** Juror 1's comments: strings that must never reach another juror's or a participant's socket before the reveal. */
const SECRETS = ['Секрет-жюри-Аи: смета не сходится', 'Секрет-жюри-Би: нет партнёров'];

/** Joins asking for a team; the facilitator then grants it (the form's team is only a request). */
async function joinTeam(host: TestHost, p: ParticipantPage, code: string, name: string, team: string): Promise<ParticipantPage> {
  await p.page.goto(`/join/${code}`);
  await p.page.getByTestId('join.name').fill(name);
  await p.page.getByTestId('join.team').selectOption({ label: team });
  await p.page.getByTestId('join.submit').click();
  await expect(p.name).toContainText(name);
  await acceptTeamRequest(host, eventIdOf(p.page.url()), name);
  return p;
}

test.describe('case championship', () => {
  test('a deadline locks the boards, jurors score on phones in private, the leaderboard is revealed from the last place, the protocol downloads', async ({
    host,
    person,
  }) => {
    test.setTimeout(240_000);
    const fac = await person();
    const consolePage = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Уральский чемпионат кейсов', 'championship'));
    const session = new SessionConsole(fac.page);
    await session.addTeam(TEAMS.a);
    await session.addTeam(TEAMS.b);
    const code = await consolePage.code();
    const jurorCode = (await fac.page.getByTestId('console.juror-code').innerText()).trim();

    // Frames are tapped from the first page load: a participant of team A and the second juror.
    const annaCtx = await person({ phone: true });
    const annaTap = new FrameTap(annaCtx.page);
    const anna = await joinTeam(host, new ParticipantPage(annaCtx.page), code, 'Анна Котова', TEAMS.a);
    const boris = await joinTeam(host, new ParticipantPage((await person({ phone: true })).page), code, 'Борис Лыков', TEAMS.b);

    const juror1 = await new JurorPage((await person({ phone: true })).page).join(jurorCode, 'Ирина Мельникова');
    const j2 = await person({ phone: true });
    const juror2Tap = new FrameTap(j2.page);
    const juror2 = await new JurorPage(j2.page).join(jurorCode, 'Олег Данилов');
    await expect(juror1.page.getByTestId('jury.coming-soon')).toBeVisible();

    // --- setup: a round with both teams, the ready criteria, the solution boards ---
    const champ = new ChampConsole(fac.page);
    await champ.open('setup');
    await champ.addRound(ROUND);
    await expect(champ.round(ROUND).getByTestId('champ.round-team')).toHaveCount(2);
    await champ.readyCriteria();
    await champ.round(ROUND).getByTestId('champ.round-boards').click();
    await expect(champ.round(ROUND).getByTestId('champ.round-boards')).toContainText('6');
    await expect(fac.page.getByTestId('champ.juror')).toHaveCount(2);

    // Anna works on her team's problem tree: writable until the deadline.
    await anna.page.getByTestId('participant.board-picker').selectOption({ label: `Дерево проблем — ${TEAMS.a}` });
    const tree = anna.page.getByTestId('tree.board');
    await expect(tree).toHaveAttribute('data-writable', 'true');
    await expect(anna.page.getByTestId('champ.part-round')).toHaveAttribute('data-locked', 'false');

    // --- the deadline, a few seconds ahead in host time, locks it (waited for, not slept) ---
    await champ.setDeadline(ROUND, 4);
    await expect(anna.page.getByTestId('champ.part-deadline')).toHaveAttribute('data-phase', 'before');
    await expect(anna.page.getByTestId('champ.part-round')).toHaveAttribute('data-locked', 'true', { timeout: 30_000 });
    await expect(tree).toHaveAttribute('data-writable', 'false');
    await expect(anna.page.getByTestId('champ.deadline-passed')).toBeVisible();
    await expect(champ.round(ROUND).getByTestId('champ.round-locked')).toBeVisible();
    await fac.page.getByTestId('champ.close').click();

    // --- both jurors score on phones; juror 1 comments ---
    await expect(juror1.page.getByTestId('jury.progress')).toHaveAttribute('data-total', '2');
    await juror1.score(TEAMS.a, [9, 8, 9, 8, 9], SECRETS[0]);
    await juror1.score(TEAMS.b, [6, 5, 7, 6, 5], SECRETS[1]);
    await expect(juror1.page.getByTestId('jury.progress')).toHaveAttribute('data-scored', '2');
    await juror2.score(TEAMS.a, [8, 8, 8, 7, 9]);
    // Juror 2 sees nothing of juror 1's marks: their own form for team B starts empty.
    await juror2.entry(TEAMS.b).click();
    await expect(juror2.page.getByTestId('jury.criterion').first()).toHaveAttribute('data-score', '');
    await expect(juror2.page.getByTestId('jury.comment').first()).toHaveValue('');
    await juror2.page.getByTestId('jury.back').click();
    await juror2.score(TEAMS.b, [5, 6, 6, 5, 6]);
    await expect(juror2.page.getByTestId('jury.progress')).toHaveAttribute('data-scored', '2');

    // --- status before the reveal: progress per juror and the agreement ---
    await champ.open('results');
    await expect(fac.page.getByTestId('champ.juror-progress')).toHaveCount(2);
    for (const p of await fac.page.getByTestId('champ.juror-progress').all()) await expect(p).toHaveAttribute('data-scored', '2');
    await expect(fac.page.getByTestId('champ.kendall')).toHaveAttribute('data-band', 'strong');

    // Nothing juror 1 wrote reached a participant's or the other juror's socket. The tap works: the
    // round title, written after the tap began, did arrive at both.
    for (const tap of [annaTap, juror2Tap]) {
      expect(tap.frames.length).toBeGreaterThan(0);
      expect(tap.carries(ROUND)).toBe(true);
      for (const s of SECRETS) expect(tap.carries(s), s).toBe(false);
    }

    // --- the projector shows the leaderboard; the reveal goes from the last place up ---
    const projector = await fac.context.newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.goto(`${consolePage.eventPath()}/projector`);
    await fac.page.getByTestId('champ.project-leaderboard').click();
    await expect(projector.getByTestId('projector.leaderboard')).toBeVisible();
    await fac.page.getByTestId('champ.reveal').click();
    const board = projector.getByTestId('leaderboard');
    await expect(board).toHaveAttribute('data-revealed', '0');
    await expect(projector.getByTestId('leaderboard.hidden')).toHaveCount(2);
    await fac.page.getByTestId('champ.reveal-next').click();
    await expect(board).toHaveAttribute('data-revealed', '1');
    await expect(projector.getByTestId('leaderboard.row')).toHaveCount(1);
    await expect(projector.getByTestId('leaderboard.row')).toHaveAttribute('data-rank', '2');
    await expect(projector.getByTestId('leaderboard.row')).toContainText(TEAMS.b);
    await fac.page.getByTestId('champ.reveal-next').click();
    await expect(board).toHaveAttribute('data-complete', 'true');
    await expect(projector.getByTestId('leaderboard.row').first()).toContainText(TEAMS.a);
    await expect(projector.getByTestId('leaderboard.row').first()).toHaveAttribute('data-rank', '1');
    await expect(fac.page.getByTestId('champ.reveal-done')).toBeVisible();
    // After the reveal the jurors see the leaderboard too.
    await expect(juror2.page.getByTestId('jury.results').getByTestId('leaderboard.row')).toHaveCount(2);
    await expect(boris.page.getByTestId('champ.participant')).toBeVisible();

    // --- the protocol ---
    for (const [format, magic] of [
      ['pdf', '%PDF'],
      ['docx', 'PK'],
    ] as const) {
      const [download] = await Promise.all([fac.page.waitForEvent('download'), fac.page.getByTestId(`champ.protocol-${format}`).click()]);
      const bytes = readFileSync((await download.path())!);
      expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
  });
});

test('peer review: a team member scores the other team on the phone and is never offered their own', async ({ host, person }) => {
  test.setTimeout(120_000);
  const fac = await person();
  const consolePage = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Взаимная оценка', 'championship'));
  const session = new SessionConsole(fac.page);
  await session.addTeam(TEAMS.a);
  await session.addTeam(TEAMS.b);
  const anna = await joinTeam(host, new ParticipantPage((await person({ phone: true })).page), await consolePage.code(), 'Анна Котова', TEAMS.a);
  const champ = new ChampConsole(fac.page);
  await champ.open('setup');
  await champ.addRound(ROUND);
  await champ.readyCriteria();
  await fac.page.getByTestId('champ.peer').check();

  await anna.page.getByTestId('peer.toggle').click();
  const entries = anna.page.getByTestId('jury.entry');
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText(TEAMS.b);
  const peer = new JurorPage(anna.page);
  await peer.score(TEAMS.b, [7, 7, 6, 8, 7]);
  await expect(anna.page.getByTestId('peer.toggle')).toContainText(/1\D+1/);
});
