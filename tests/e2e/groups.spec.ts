import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Groups, Missing } from './pages/groups';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { Ballot, VotingConsole } from './pages/voting';

/**
 * Grouping duplicates before a vote, and the facilitator's "who is missing". With VECHE_PREVIEWS=1 the
 * spec runs in Russian and English and saves its screens under docs/previews/ for review.
 */
const PREVIEWS = resolve(import.meta.dirname, '../../docs/previews');
const SAVE = !!process.env.VECHE_PREVIEWS;
const LAPTOP = { width: 1366, height: 768 };

async function shot(page: Page, name: string) {
  if (!SAVE) return;
  mkdirSync(PREVIEWS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(PREVIEWS, name) });
}

const TEXT = {
  ru: { a: 'Нет автобуса до райцентра', b: 'Нет автобуса в райцентр', c: 'Коворкинг при библиотеке', title: 'Транспорт', vote: 'Что берём?' },
  en: { a: 'No bus to the town', b: 'No bus into town', c: 'A coworking space at the library', title: 'Transport', vote: 'What do we take on?' },
} as const;

for (const lang of SAVE ? (['ru', 'en'] as const) : (['ru'] as const)) {
  test(`two duplicate cards grouped by drag on a laptop count as one item; the console names who has not voted until they do (${lang})`, async ({
    host,
    person,
  }) => {
    test.setTimeout(180_000);
    const T = TEXT[lang];
    const inLang = async (opts: { phone?: boolean } = {}) => {
      const p = await person(opts);
      await p.context.addInitScript((l) => localStorage.setItem('veche.lang', l), lang);
      return p;
    };
    const facilitator = await inLang();
    await facilitator.page.setViewportSize(LAPTOP);
    const console = await new LibraryPage(facilitator.page).openAsFacilitator(host.token).then((l) => l.createEvent('Каргополь-2030'));
    const code = await console.code();
    const anna = await new ParticipantPage((await inLang({ phone: true })).page).join(code, 'Анна');
    const borisPerson = await inLang();
    await borisPerson.page.setViewportSize(LAPTOP);
    const boris = await new ParticipantPage(borisPerson.page).join(code, 'Борис');

    await anna.board.add(T.a);
    await boris.board.add(T.b);
    await boris.board.add(T.c);

    // Boris, on a 1366×768 laptop, drags his card onto Anna's: a group, without touching her card.
    const borisGroups = new Groups(boris.page);
    await borisGroups.drag(T.b, T.a);
    await expect(borisGroups.groups).toHaveCount(1);
    await expect(borisGroups.groups.first()).toHaveAttribute('data-count', '2');
    await borisGroups.rename(T.a, T.title);
    // Everyone sees it: the console and Anna's phone, titled; Anna cannot undo Boris's group.
    const consoleGroups = new Groups(facilitator.page);
    await expect(consoleGroups.group(T.a)).toHaveAttribute('data-count', '2');
    await expect(consoleGroups.group(T.a).getByTestId('groups.title')).toHaveValue(T.title);
    const annaGroups = new Groups(anna.page);
    await expect(annaGroups.group(T.b).getByTestId('groups.title-text')).toHaveText(T.title);
    await expect(annaGroups.group(T.b).getByTestId('groups.ungroup')).toHaveCount(0);
    await expect(annaGroups.board.card(T.a)).toBeVisible();
    await shot(boris.page, `groups-laptop-${lang}.png`);
    await shot(anna.page, `groups-phone-${lang}.png`);

    // The vote: every card of the board picked, the group is one item.
    const voting = new VotingConsole(facilitator.page);
    await facilitator.page.getByTestId('vote.new').click();
    await facilitator.page.getByTestId('vote.title').fill(T.vote);
    await facilitator.page.getByTestId('vote.per-person').fill('2');
    await facilitator.page.getByTestId('vote.max-per-item').fill('1');
    const pick = facilitator.page.getByTestId('vote.pick-board').first();
    await pick.locator('summary').click();
    await expect(pick.getByTestId('vote.pick-item')).toHaveCount(2);
    await pick.getByTestId('vote.pick-all').click();
    await facilitator.page.getByTestId('vote.open').click();
    const row = voting.row(T.vote);
    await expect(row).toHaveAttribute('data-state', 'open');

    // Who is missing: both names, beside the counts.
    const missing = new Missing(row);
    await missing.expectNames(['Анна', 'Борис']);
    await shot(facilitator.page, `missing-console-${lang}.png`);
    // Once a vote is open, participants no longer group.
    await expect(boris.page.getByTestId('groups.take')).toHaveCount(0);

    const annaBallot = new Ballot(anna.page);
    await expect(annaBallot.page.getByTestId('vote.item')).toHaveCount(2);
    await expect(annaBallot.item(T.title).getByTestId('vote.item-members')).toContainText(T.a);
    await shot(anna.page, `groups-ballot-phone-${lang}.png`);
    await annaBallot.plus(T.title);
    await missing.expectNames(['Борис']);
    const borisBallot = new Ballot(boris.page);
    await borisBallot.plus(T.title);
    await borisBallot.plus(T.c);
    await missing.expectNames([]);
    await expect(row.getByTestId('missing.none')).toBeVisible();

    await voting.close(T.vote);
    const rows = row.getByTestId('vote.result-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText(T.title);
    await expect(rows.first()).toHaveAttribute('data-total', '2');
    // The participant's own rule held: Anna's card is still hers, untouched by the grouping.
    await expect(annaGroups.board.card(T.a).getByTestId('board.card-mine')).toBeVisible();
  });
}

test('a private round: the console names who has not yet written, and a name leaves once they write', async ({ host, person }) => {
  test.setTimeout(120_000);
  const facilitator = await person();
  const console = await new LibraryPage(facilitator.page).openAsFacilitator(host.token).then((l) => l.createEvent('Кого нет'));
  const code = await console.code();
  const anna = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Анна');
  await new ParticipantPage((await person({ phone: true })).page).join(code, 'Борис');
  const controls = facilitator.page.getByTestId('private.controls');
  await controls.getByTestId('private.open').click();
  const missing = new Missing(controls);
  await missing.expectNames(['Анна', 'Борис']);
  await anna.page.getByTestId('private.input').fill('Моя мысль');
  await anna.page.getByTestId('private.add').click();
  await missing.expectNames(['Борис']);
});
