import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { Board } from './board';

/** `/join/<code>` then `/p/<eventId>`: a participant on a phone. */
export class ParticipantPage {
  readonly board: Board;
  constructor(readonly page: Page) {
    this.board = new Board(page);
  }

  async join(code: string, name: string, group?: string, team?: string): Promise<this> {
    await this.fillJoinForm(code, name, group, team);
    await expect(this.page).toHaveURL(/\/p\/[^/]+$/);
    await expect(this.name).toContainText(name);
    return this;
  }

  /** The join form, sent; where it leads (the board, or the check-in wait) is up to the caller. `team` is the team's label. */
  async fillJoinForm(code: string, name: string, group?: string, team?: string): Promise<void> {
    await this.page.goto(`/join/${encodeURIComponent(code)}`);
    await this.page.getByTestId('join.name').fill(name);
    if (group) await this.page.getByTestId('join.group').selectOption(group);
    if (team) await this.page.getByTestId('join.team').selectOption({ label: team });
    await this.page.getByTestId('join.submit').click();
  }

  get name() {
    return this.page.getByTestId('participant.name');
  }

  get connection() {
    return this.page.getByTestId('conn.status');
  }

  async expectConnection(state: 'connected' | 'reconnecting' | 'offline'): Promise<void> {
    await expect(this.connection).toHaveAttribute('data-state', state);
  }
}
