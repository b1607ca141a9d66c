import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { QuestionsConsole, QuestionsPhone, addAudienceBoard } from './pages/audience';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { ProjectorPage } from './pages/projector';

const PREVIEWS = resolve(import.meta.dirname, '../../docs/previews');
/** Review screenshots of each audience view, refreshed on request: VECHE_PREVIEWS=1. */
const savePreview = async (page: Page, name: string) => {
  if (!process.env.VECHE_PREVIEWS) return;
  mkdirSync(PREVIEWS, { recursive: true });
  await page.screenshot({ path: resolve(PREVIEWS, `${name}.png`) });
};

const PHONE = { width: 360, height: 800 };
const QUESTION = 'Когда отремонтируют дорогу от вокзала до больницы и кто за это отвечает?';
const OTHER = 'Будет ли в Заречье новый сквер с детской площадкой?';

/** A participant on a 360×800 phone, on the board the facilitator shows. */
async function phone(person: (o?: { phone?: boolean }) => Promise<{ page: Page }>, code: string, name: string, group: string) {
  const { page } = await person({ phone: true });
  await page.setViewportSize(PHONE);
  return new ParticipantPage(page).join(code, name, group);
}

/** The participant opens a board by hand from the picker (nobody is being led in these tests). */
const pick = (page: Page, title: string) => page.getByTestId('participant.board-picker').selectOption({ label: title });

/** The page has no horizontal scroll at 360 px. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

/** Preview shots in both languages: the console switches itself and the projector; each phone switches on its own. */
async function previews(pages: { name: string; page: Page }[], consolePage: Page, lang: 'ru' | 'en') {
  if (!process.env.VECHE_PREVIEWS) return;
  if (lang === 'en') {
    await consolePage.getByTestId('lang.en').first().click();
    for (const p of pages) if (p.page !== consolePage && !p.name.includes('projector')) await p.page.getByTestId('lang.en').first().click();
    await expect(consolePage.getByTestId('lang.en').first()).toHaveAttribute('aria-pressed', 'true');
  }
  for (const p of pages) await savePreview(p.page, `${p.name}-${lang}`);
}

test.describe('audience instruments', () => {
  test('the question session from join to "answered" on the projector', async ({ host, person }) => {
    test.setTimeout(180_000);
    const fac = await person();
    await fac.page.setViewportSize({ width: 1366, height: 768 });
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Кофе с мэром'));
    const code = (await console.joinCode.innerText()).trim();
    await addAudienceBoard(fac.page, 'Вопросы мэру', 'questions');
    const projector = await ProjectorPage.open(fac.page);
    await fac.page.getByTestId('console.project-board').click();
    await expect(projector.title).toHaveText('Вопросы мэру');

    const anna = await phone(person, code, 'Анна Петрова', 'residents');
    const boris = await phone(person, code, 'Борис Ким', 'business');
    for (const p of [anna, boris]) await pick(p.page, 'Вопросы мэру');
    const annaQ = new QuestionsPhone(anna.page);
    const borisQ = new QuestionsPhone(boris.page);
    await expect(annaQ.view).toBeVisible();
    await expect(borisQ.view).toBeVisible();

    // Anna asks anonymously; the question waits for moderation and nobody else sees it yet.
    await annaQ.ask(QUESTION, true);
    await expect(annaQ.mine(QUESTION)).toHaveAttribute('data-status', 'pending');
    await annaQ.ask(OTHER, false);
    const queue = new QuestionsConsole(fac.page);
    await expect(queue.item(QUESTION)).toHaveAttribute('data-status', 'pending');
    await expect(queue.item(QUESTION)).toContainText('Аноним');
    await expect(queue.item(QUESTION)).not.toContainText('Анна');
    await expect(queue.item(OTHER)).toContainText('Анна Петрова');
    await expect(borisQ.item(QUESTION)).toHaveCount(0);

    await queue.item(QUESTION).getByTestId('questions.approve').click();
    await queue.item(OTHER).getByTestId('questions.approve').click();
    await expect(borisQ.item(QUESTION)).toBeVisible();
    await expect(borisQ.item(QUESTION)).toContainText('Аноним');
    await expect(borisQ.item(QUESTION)).not.toContainText('Анна');
    // Boris upvotes; Anna cannot upvote her own question.
    await borisQ.item(QUESTION).getByTestId('questions.upvote').click();
    await expect(borisQ.item(QUESTION).getByTestId('questions.upvote')).toHaveAttribute('aria-pressed', 'true');
    await expect(queue.item(QUESTION).getByTestId('questions.votes')).toContainText('1');
    await expect(annaQ.item(QUESTION).getByTestId('questions.upvote')).toHaveCount(0);
    await expect(annaQ.mine(QUESTION)).toHaveAttribute('data-status', 'approved');
    // The most upvoted question leads the projector's list.
    await expect(projector.page.getByTestId('questions.projector-item').first()).toContainText(QUESTION);

    await queue.item(QUESTION).getByTestId('questions.answer-now').click();
    const nowText = projector.page.getByTestId('questions.projector-now-text');
    await expect(nowText).toHaveText(QUESTION);
    await expect(anna.page.getByTestId('questions.now')).toContainText(QUESTION);
    await expect(boris.page.getByTestId('questions.now')).toContainText(QUESTION);
    const faults = await projector.expectReadable();
    expect(faults.items).toBeGreaterThanOrEqual(2);
    const nowPx = await nowText.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(nowPx).toBeGreaterThanOrEqual(28);
    for (const p of [anna.page, boris.page]) expect(await fitsWidth(p)).toBe(true);
    await previews(
      [
        { name: 'questions-phone', page: boris.page },
        { name: 'questions-console', page: fac.page },
        { name: 'questions-projector', page: projector.page },
      ],
      fac.page,
      'ru',
    );

    await fac.page.getByTestId('questions.mark-answered').click();
    await expect(nowText).toHaveCount(0);
    await expect(annaQ.mine(QUESTION)).toHaveAttribute('data-status', 'answered');
    await expect(boris.page.getByTestId('questions.answered').filter({ hasText: QUESTION })).toBeVisible();
    await expect(queue.item(QUESTION)).toHaveAttribute('data-status', 'answered');
    await expect(projector.page.getByTestId('questions.projector-item')).toHaveCount(1);
    await expect(projector.page.getByTestId('questions.projector-item')).toContainText(OTHER);

    if (process.env.VECHE_PREVIEWS) {
      await queue.item(OTHER).getByTestId('questions.answer-now').click();
      await expect(nowText).toHaveText(OTHER);
      await previews(
        [
          { name: 'questions-phone', page: boris.page },
          { name: 'questions-console', page: fac.page },
          { name: 'questions-projector', page: projector.page },
        ],
        fac.page,
        'en',
      );
    }
  });

  test('a scale question and an open question: phones answer, the console and the projector show the distribution by group and the word cloud', async ({
    host,
    person,
  }) => {
    test.setTimeout(180_000);
    const fac = await person();
    await fac.page.setViewportSize({ width: 1366, height: 768 });
    const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Опрос зала'));
    const code = (await console.joinCode.innerText()).trim();
    await addAudienceBoard(fac.page, 'Оценка благоустройства', 'scale');
    await fac.page.getByTestId('audience.prompt').fill('Насколько вы довольны благоустройством района?');
    await fac.page.getByTestId('audience.save').click();
    const projector = await ProjectorPage.open(fac.page);
    await fac.page.getByTestId('console.project-board').click();
    await expect(projector.title).toHaveText('Оценка благоустройства');

    const people = [
      await phone(person, code, 'Анна', 'residents'),
      await phone(person, code, 'Борис', 'business'),
      await phone(person, code, 'Вера', 'residents'),
    ];
    for (const p of people) await pick(p.page, 'Оценка благоустройства');
    const values = [8, 3, 9];
    for (const [i, p] of people.entries()) {
      await p.page.locator(`[data-testid="scale.value"][data-value="${values[i]}"]`).click();
      await expect(p.page.getByTestId('scale.saved')).toContainText(String(values[i]));
    }
    // Anna changes her mind: one value per person.
    await people[0]!.page.locator('[data-testid="scale.value"][data-value="7"]').click();
    const chart = projector.page.getByTestId('scale.chart');
    await expect(chart).toHaveAttribute('data-count', '3');
    await expect(projector.page.locator('[data-testid="scale.bar"][data-value="7"]')).toHaveAttribute('data-count', '1');
    await expect(projector.page.locator('[data-testid="scale.bar"][data-value="8"]')).toHaveAttribute('data-count', '0');
    await expect(projector.page.getByTestId('scale.group-row')).toHaveCount(2);
    await expect(fac.page.getByTestId('scale.chart')).toHaveAttribute('data-count', '3');
    await projector.expectReadable();
    expect(await fitsWidth(people[0]!.page)).toBe(true);
    await previews(
      [
        { name: 'scale-phone', page: people[0]!.page },
        { name: 'scale-console', page: fac.page },
        { name: 'scale-projector', page: projector.page },
      ],
      fac.page,
      'ru',
    );
    if (process.env.VECHE_PREVIEWS) {
      await previews(
        [
          { name: 'scale-phone', page: people[0]!.page },
          { name: 'scale-console', page: fac.page },
          { name: 'scale-projector', page: projector.page },
        ],
        fac.page,
        'en',
      );
      for (const p of [fac.page, people[0]!.page]) await p.getByTestId('lang.ru').first().click();
    }

    await addAudienceBoard(fac.page, 'Одним словом', 'open-question');
    await fac.page.getByTestId('audience.prompt').fill('Каким вы видите район через пять лет?');
    await fac.page.getByTestId('audience.save').click();
    await fac.page.getByTestId('console.project-board').click();
    await expect(projector.title).toHaveText('Одним словом');
    const answers = ['Зелёные парки и новые дороги', 'Дороги без ям', 'Парк у реки, дорога к школе'];
    for (const [i, p] of people.entries()) {
      await pick(p.page, 'Одним словом');
      await expect(p.page.getByTestId('open.phone')).toBeVisible();
      await p.page.getByTestId('open.text').fill(answers[i]!);
      await p.page.getByTestId('open.send').click();
      await expect(p.page.getByTestId('open.saved')).toBeVisible();
    }
    // «дороги», «Дороги», «дорога» are one word said by three people; «парки», «Парк» by two.
    const words = projector.page.getByTestId('open.word');
    await expect(words.first()).toHaveText('дороги');
    await expect(words.first()).toHaveAttribute('data-count', '3');
    await expect(words.nth(1)).toHaveAttribute('data-count', '2');
    await projector.expectReadable();
    await previews(
      [
        { name: 'open-phone', page: people[1]!.page },
        { name: 'open-console', page: fac.page },
        { name: 'open-projector', page: projector.page },
      ],
      fac.page,
      'ru',
    );
    await previews(
      [
        { name: 'open-phone', page: people[1]!.page },
        { name: 'open-console', page: fac.page },
        { name: 'open-projector', page: projector.page },
      ],
      fac.page,
      'en',
    );
  });
});
