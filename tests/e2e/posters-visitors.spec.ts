import type { TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { PostersPage, bigPhoto, setupPosters } from './pages/posters';
import { SessionConsole } from './pages/session';
import { openRoom } from './pages/tree-doc';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { setWalkOrder, startWalk } from '@shared/posters/gallery';
import type { TestHost } from './support/host-process';
import { acceptTeamRequest, eventIdOf } from './support/teams';

const TEAMS = { garden: 'Сад на Компросе', bikes: 'Велопермь' };
const PRIVATE_CONTACT = '+7 912 000-11-22';
const SHARED_CONTACT = 'vera.sokolova@example.ru';

/** Joins; with a team, asks for it and the facilitator grants it (the form's team is only a request). */
async function joinAs(host: TestHost, page: PostersPage['page'], code: string, name: string, team?: string): Promise<PostersPage> {
  await page.goto(`/join/${encodeURIComponent(code)}`);
  await page.getByTestId('join.name').fill(name);
  if (team) await page.getByTestId('join.team').selectOption({ label: team });
  await page.getByTestId('join.submit').click();
  await expect(page.getByTestId('participant.name')).toContainText(name);
  if (team) await acceptTeamRequest(host, eventIdOf(page.url()), name);
  const posters = new PostersPage(page);
  await expect(posters.home).toBeVisible();
  return posters;
}

async function shot(p: PostersPage, info: TestInfo, name: string): Promise<void> {
  const hasScroll = await p.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(hasScroll, `${name}: no horizontal scroll at 360 px`).toBe(false);
  await p.page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
}

test.describe('poster session: visitors and initiatives', () => {
  test('a team fills its poster; a visitor asks, the team answers, offers of help reach the team with only consented contacts and come back decided', async ({
    host,
    person,
  }, info) => {
    test.setTimeout(180_000);
    const fac = await person();
    const consolePage = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Вернисаж гражданских инициатив', 'posters'));
    const eventId = new URL(fac.page.url()).pathname.split('/')[2]!;
    const session = new SessionConsole(fac.page);
    await session.addTeam(TEAMS.garden);
    await session.addTeam(TEAMS.bikes);
    const { slots } = await setupPosters(host, eventId, Date.now() + 60 * 60_000);
    const code = await consolePage.code();

    // --- Anna fills her initiative's poster on her phone ---
    const anna = await joinAs(host, (await person({ phone: true })).page, code, 'Анна Котова', TEAMS.garden);
    await expect(anna.items).toHaveCount(2);
    await anna.openMine();
    await expect(anna.editor).toBeVisible();
    await expect(anna.page.getByTestId('poster.deadline-countdown')).toHaveAttribute('data-phase', 'before');
    // Two members fill different fields at the same moment: both texts stay.
    const boris = await joinAs(host, (await person({ phone: true })).page, code, 'Борис Лыков', TEAMS.garden);
    await boris.openMine();
    await Promise.all([
      anna.field('problem').pressSequentially('Пустырь во дворе зарастает и превращается в свалку.'),
      boris.field('contacts').pressSequentially('vk.com/sad_komprosa'),
    ]);
    for (const p of [anna, boris]) {
      await expect(p.field('problem')).toHaveValue('Пустырь во дворе зарастает и превращается в свалку.');
      await expect(p.field('contacts')).toHaveValue('vk.com/sad_komprosa');
    }
    await anna.fill(
      {
        name: 'Сад на Компросе',
        who: 'Соседи с улицы Газеты «Звезда»: 12 человек, с 2021 года.',
        doing: 'Разбиваем общественный сад, проводим субботники и мастер-классы для детей.',
        results: '3 субботника, 40 посаженных деревьев, 120 жителей участвовали.',
      },
      { volunteers: '10 человек на весенний субботник', premises: 'Сарай или кладовая для инвентаря' },
    );
    await expect(anna.page.getByTestId('poster.field.who').locator('xpath=..').getByText('/ 2000')).toBeVisible();
    const photo = await bigPhoto(anna.page);
    expect((photo.buffer.length * 4) / 3).toBeGreaterThan(200_000);
    await anna.pickImage(photo);
    await shot(anna, info, 'editor-360');

    // --- Vera, a visitor without a team, finds it in the gallery ---
    const vera = await joinAs(host, (await person({ phone: true })).page, code, 'Вера Соколова');
    await expect(vera.page.getByTestId('offers.inbox-open')).toHaveCount(0);
    const card = vera.item('Сад на Компросе');
    await expect(card.locator('[data-category="volunteers"]')).toBeVisible();
    await expect(card.locator('[data-category="premises"]')).toBeVisible();
    // The facilitator's gallery walk starts at the bikes' stand: the banner says so and opens it.
    const bikesPoster = (await vera.item(TEAMS.bikes).getAttribute('data-poster-id'))!;
    const bikesTeam = slots.find((sl) => sl.poster === bikesPoster)!.teamId;
    const plan = await openRoom(host, `${eventId}/plan`);
    setWalkOrder(plan.doc, [bikesTeam], LOCAL_ORIGIN);
    startWalk(plan.doc, Date.now(), LOCAL_ORIGIN);
    await plan.close();
    const walk = vera.page.getByTestId('gallery.walk');
    await expect(walk).toHaveAttribute('data-team-id', bikesTeam);
    await expect(walk).toContainText(`Сейчас: стенд «${TEAMS.bikes}»`);
    await expect(walk).toContainText(/осталось \d\d:\d\d/);
    await expect(vera.items.first()).toHaveAttribute('data-poster-id', bikesPoster);
    await shot(vera, info, 'gallery-360');
    await walk.click();
    await expect(vera.view).toHaveAttribute('data-poster-id', bikesPoster);
    await vera.back();
    await vera.open('Сад на Компросе');
    await expect(vera.editor).toHaveCount(0);
    await expect(vera.view).toContainText('40 посаженных деревьев');
    await expect(vera.view.locator('img')).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
    await vera.ask('Можно ли прийти с детьми на субботник?');

    // --- Anna answers from her poster: marked as the initiative's answer ---
    await expect(anna.thread('Можно ли прийти с детьми')).toBeVisible();
    await anna.reply('Можно ли прийти с детьми', 'Конечно! Перчатки и грабли дадим.');
    const answer = vera.thread('Можно ли прийти с детьми').getByTestId('poster.comment').filter({ hasText: 'Перчатки и грабли' });
    await expect(answer).toHaveAttribute('data-answer', 'true');
    await expect(answer.getByTestId('poster.answer-badge')).toHaveText('Ответ инициативы');
    await expect(vera.thread('Можно ли прийти с детьми').getByTestId('poster.comment').first()).toHaveAttribute('data-answer', 'false');

    // --- Vera offers premises without consent, and signs up as a volunteer with consent ---
    await vera.offer({ kind: 'offer', category: 'premises', text: 'Могу отдать под инвентарь гараж во дворе', contact: PRIVATE_CONTACT, share: false });
    await vera.offer({ kind: 'volunteer', text: 'Приду на субботник по выходным', contact: SHARED_CONTACT, share: true });
    await expect(vera.myOffer('гараж во дворе')).toHaveAttribute('data-status', 'new');
    await expect(vera.myOffer('по выходным')).toHaveAttribute('data-status', 'new');
    await shot(vera, info, 'detail-360');

    // --- Anna sees both, the contact only of the consented one, and decides ---
    await expect(anna.inboxOpen).toHaveAttribute('data-new', '2');
    await anna.openInbox();
    const garage = anna.inboxItem('гараж во дворе');
    const weekends = anna.inboxItem('по выходным');
    await expect(garage.getByTestId('offers.from')).toHaveText('Вера Соколова');
    await expect(garage.getByTestId('offers.item-no-contact')).toBeVisible();
    await expect(weekends.getByTestId('offers.item-contact')).toContainText(SHARED_CONTACT);
    await expect(anna.page.getByTestId('offers.inbox')).not.toContainText(PRIVATE_CONTACT);
    await anna.decide('по выходным', 'accept');
    await anna.decide('гараж во дворе', 'decline');
    await expect(anna.page.getByTestId('offers.inbox-count')).toHaveAttribute('data-new', '0');
    await shot(anna, info, 'inbox-360');

    // --- Vera sees the decisions ---
    await expect(vera.myOffer('по выходным')).toHaveAttribute('data-status', 'accepted');
    await expect(vera.myOffer('гараж во дворе')).toHaveAttribute('data-status', 'declined');
    await vera.back();
    await expect(vera.item('Сад на Компросе').getByTestId('gallery.item-comments')).toHaveAttribute('data-count', '2');

    // --- The poster on the projector, as the hall sees it ---
    await fac.page.getByTestId('console.board-select').selectOption({ label: 'Сад на Компросе' });
    await fac.page.getByTestId('console.project-board').click();
    const projector = await fac.context.newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.goto(`/event/${eventId}/projector`);
    await expect(projector.getByTestId('poster.view')).toContainText('40 посаженных деревьев');
    await projector.screenshot({ path: info.outputPath('projector-1920.png') });

    // --- The deadline closes editing: Anna's form turns into the poster, answering still works ---
    await anna.back();
    await anna.openMine();
    await setupPosters(host, eventId, Date.now() + 1_500);
    await expect(anna.page.getByTestId('poster.closed')).toBeVisible({ timeout: 30_000 });
    await expect(anna.editor).toHaveCount(0);
    await expect(anna.view).toContainText('Сарай или кладовая');
    await expect(anna.page.getByTestId('poster.reply-open')).toBeVisible();
  });
});
