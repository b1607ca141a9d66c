import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The console's exports dialog (features/exports) and the toolbar's "Save event file". */
export class ExportsPanel {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByTestId('exports.dialog');
  }

  async open(): Promise<this> {
    await this.page.getByTestId('exports.open').click();
    await expect(this.dialog).toBeVisible();
    return this;
  }

  async close(): Promise<void> {
    await this.dialog.getByTestId('exports.close').click();
    await expect(this.dialog).toBeHidden();
  }

  /** A row by its stable key (`tree-<boardId>`, `votes`, `report`, `event-file`…). */
  item(key: string): Locator {
    return this.dialog.locator(`[data-testid="exports.item"][data-key="${key}"]`);
  }

  /** A row by the text it shows (a board title). */
  itemWithText(text: string): Locator {
    return this.dialog.getByTestId('exports.item').filter({ hasText: text });
  }

  async keys(): Promise<string[]> {
    return this.dialog.getByTestId('exports.item').evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
  }

  button(row: Locator, format: string): Locator {
    return row.locator(`[data-testid="exports.download"][data-format="${format}"]`);
  }

  /** Presses a format and waits for the browser's download of it. */
  async download(row: Locator, format: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button(row, format).click()]);
    await expect(row.getByTestId('exports.status')).toHaveAttribute('data-state', 'done');
    return download;
  }

  async setLanguage(lang: 'ru' | 'en'): Promise<void> {
    await this.dialog.getByTestId(`exports.lang-${lang}`).click();
  }
}
