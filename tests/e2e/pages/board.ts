import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The card board, as it appears in the console and the participant view. */
export class Board {
  constructor(readonly page: Page) {}

  get cards(): Locator {
    return this.page.getByTestId('board.card');
  }

  card(text: string): Locator {
    return this.cards.filter({ has: this.page.getByTestId('board.card-text').getByText(text, { exact: true }) });
  }

  async add(text: string): Promise<void> {
    await this.page.getByTestId('board.add-input').fill(text);
    await this.page.getByTestId('board.add-submit').click();
    await expect(this.card(text)).toBeVisible();
  }

  async expectTexts(texts: string[]): Promise<void> {
    for (const text of texts) await expect(this.card(text)).toBeVisible();
  }
}
