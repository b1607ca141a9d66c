import type { Page } from '@playwright/test';
import { Board } from './board';

/** `/event/<id>`: the facilitator console. */
export class ConsolePage {
  readonly board: Board;
  constructor(readonly page: Page) {
    this.board = new Board(page);
  }

  get joinCode() {
    return this.page.getByTestId('console.join-code');
  }

  get participants() {
    return this.page.getByTestId('console.participants');
  }

  async code(): Promise<string> {
    return (await this.joinCode.innerText()).trim();
  }

  eventPath(): string {
    return new URL(this.page.url()).pathname;
  }
}
