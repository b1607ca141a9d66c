import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The console's vote panel (features/voting/VotingConsolePanel). */
export class VotingConsole {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('vote.panel');
  }

  row(title: string): Locator {
    return this.page.getByTestId('vote.row').filter({ hasText: title });
  }

  /** Opens a vote over every item of the named boards (each picked with "select all"). */
  async open(title: string, rules: { perPerson: number; maxPerItem: number }, boards: string[]): Promise<Locator> {
    await this.page.getByTestId('vote.new').click();
    await this.page.getByTestId('vote.title').fill(title);
    await this.page.getByTestId('vote.per-person').fill(String(rules.perPerson));
    await this.page.getByTestId('vote.max-per-item').fill(String(rules.maxPerItem));
    for (const name of boards) {
      const board = this.page.getByTestId('vote.pick-board').filter({ hasText: name });
      await board.locator('summary').click();
      await board.getByTestId('vote.pick-all').click();
    }
    await this.page.getByTestId('vote.open').click();
    const row = this.row(title);
    await expect(row).toHaveAttribute('data-state', 'open');
    return row;
  }

  async close(title: string): Promise<void> {
    await this.row(title).getByTestId('vote.close').click();
    await expect(this.row(title)).toHaveAttribute('data-state', 'closed');
  }
}

/** The participant's ballot on the phone (features/voting/VotingPanel). */
export class Ballot {
  constructor(readonly page: Page) {}

  get left(): Locator {
    return this.page.getByTestId('vote.left');
  }

  get error(): Locator {
    return this.page.getByTestId('vote.error');
  }

  item(text: string): Locator {
    return this.page.getByTestId('vote.item').filter({ hasText: text });
  }

  async plus(text: string): Promise<void> {
    await this.item(text).getByTestId('vote.plus').click();
  }

  /**
   * A tap on a + that is marked unavailable (aria-disabled): Playwright will not click such a
   * button on its own, but a thumb will, and the ballot must then say why nothing happened.
   */
  async tapBlockedPlus(text: string): Promise<void> {
    const plus = this.item(text).getByTestId('vote.plus');
    await expect(plus).toHaveAttribute('aria-disabled', 'true');
    await plus.click({ force: true });
  }

  async minus(text: string): Promise<void> {
    await this.item(text).getByTestId('vote.minus').click();
  }

  async expectCount(text: string, n: number): Promise<void> {
    await expect(this.item(text)).toHaveAttribute('data-count', String(n));
  }
}

/** Private writing: the facilitator's round controls and a participant's private panel. */
export class PrivateRound {
  constructor(readonly page: Page) {}

  get controls(): Locator {
    return this.page.getByTestId('private.controls');
  }

  get panel(): Locator {
    return this.page.getByTestId('private.panel');
  }

  card(text: string): Locator {
    return this.page.getByTestId('private.card').filter({ has: this.page.getByTestId('private.card-text').getByText(text, { exact: true }) });
  }

  async write(text: string): Promise<void> {
    await this.page.getByTestId('private.input').fill(text);
    await this.page.getByTestId('private.add').click();
    await expect(this.card(text)).toBeVisible();
  }
}
