import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { Board } from './board';

/** Card groups on a card board (features/groups/GroupedCards) and the console's "who is missing" (features/missing). */
export class Groups {
  readonly board: Board;
  constructor(readonly page: Page) {
    this.board = new Board(page);
  }

  get groups(): Locator {
    return this.page.getByTestId('groups.group');
  }

  group(text: string): Locator {
    return this.groups.filter({ has: this.page.getByTestId('board.card-text').getByText(text, { exact: true }) });
  }

  /** Drags one card onto another with the mouse (HTML5 drag and drop). */
  async drag(from: string, onto: string): Promise<void> {
    await this.board.card(from).dragTo(this.board.card(onto));
  }

  async rename(groupOf: string, title: string): Promise<void> {
    const input = this.group(groupOf).getByTestId('groups.title');
    await input.fill(title);
    await input.press('Enter');
  }
}

export class Missing {
  constructor(readonly scope: Locator) {}

  get list(): Locator {
    return this.scope.getByTestId('missing');
  }

  async expectNames(names: string[]): Promise<void> {
    await expect(this.list).toHaveAttribute('data-count', String(names.length));
    if (names.length > 0) await expect(this.list.getByTestId('missing.name')).toHaveText(names);
  }
}
