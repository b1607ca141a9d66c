import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { ConsolePage } from './console-page';

export type EventFormat = 'strategy' | 'posters' | 'championship';

/** `/`: the facilitator's library. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  /** Opens the app the way the shell and the CLI do: with the token in the URL, once. */
  async openAsFacilitator(token: string): Promise<this> {
    await this.page.goto(`/?token=${encodeURIComponent(token)}`);
    await expect(this.page.getByTestId('library.create')).toBeVisible();
    return this;
  }

  async createEvent(title: string, format: EventFormat = 'strategy'): Promise<ConsolePage> {
    await this.page.getByTestId('library.create-title').fill(title);
    await this.page.getByTestId('library.create-format').selectOption(format);
    await this.page.getByTestId('library.create').click();
    await expect(this.page).toHaveURL(/\/event\/[^/]+$/);
    const console = new ConsolePage(this.page);
    await expect(console.joinCode).not.toBeEmpty();
    return console;
  }

  event(title: string) {
    return this.page.getByTestId('library.event').filter({ hasText: title });
  }
}
