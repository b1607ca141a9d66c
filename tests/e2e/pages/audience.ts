import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Adds a board of an audience kind from the console's "add a board" form; the console opens it. */
export async function addAudienceBoard(page: Page, title: string, kind: 'questions' | 'scale' | 'open-question'): Promise<void> {
  const details = page.locator('details.navigator__add');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await page.getByTestId('console.board-title').fill(title);
  await page.getByTestId('console.board-kind').selectOption(`board:${kind}`);
  await page.getByTestId('console.board-add').click();
  await expect(page.getByTestId('console.board-select').locator('option:checked')).toHaveText(title);
}

/** A phone on the question board: ask, upvote, read what is being answered. */
export class QuestionsPhone {
  constructor(readonly page: Page) {}

  get view() {
    return this.page.getByTestId('questions.phone');
  }

  async ask(text: string, anonymous: boolean): Promise<void> {
    await this.page.getByTestId('questions.text').fill(text);
    await this.page.getByTestId('questions.anonymous').setChecked(anonymous);
    await this.page.getByTestId('questions.send').click();
    await expect(this.page.getByTestId('questions.sent')).toBeVisible();
  }

  item(text: string) {
    return this.page.getByTestId('questions.item').filter({ hasText: text });
  }

  mine(text: string) {
    return this.page.getByTestId('questions.mine').filter({ hasText: text });
  }
}

/** The facilitator's moderation queue. */
export class QuestionsConsole {
  constructor(readonly page: Page) {}

  item(text: string) {
    return this.page.getByTestId('questions.queue-item').filter({ hasText: text });
  }
}
