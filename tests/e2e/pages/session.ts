import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The timer as any screen shows it: text and the host-time inputs it was computed from, read at once. */
export type TimerReading = { text: string; state: string; endsAt: string; hostNow: number; remainingMs: number };

export async function readTimer(page: Page): Promise<TimerReading> {
  return page
    .getByTestId('timer.display')
    .first()
    .evaluate((el) => ({
      text: el.querySelector('[data-testid="timer.text"]')?.textContent ?? '',
      state: el.getAttribute('data-state') ?? '',
      endsAt: el.getAttribute('data-ends-at') ?? '',
      hostNow: Number(el.getAttribute('data-host-now')),
      remainingMs: Number(el.getAttribute('data-remaining-ms')),
    }));
}

/** The console's agenda, timer, navigator and teams panel. */
export class SessionConsole {
  constructor(readonly page: Page) {}

  stage(title: string | RegExp): Locator {
    return this.page.getByTestId('agenda.stage').filter({ hasText: title });
  }

  async applyTemplate(): Promise<void> {
    await this.page.getByTestId('agenda.template').click();
    await expect(this.page.getByTestId('agenda.stage').first()).toBeVisible();
  }

  async startStage(title: string | RegExp): Promise<void> {
    await this.stage(title).getByTestId('agenda.start').click();
    await expect(this.stage(title)).toHaveAttribute('data-status', 'active');
  }

  async addTeam(name: string): Promise<void> {
    await this.page.getByTestId('console.team-name').fill(name);
    await this.page.getByTestId('console.team-add').click();
    await expect(this.page.getByTestId('teams.name').and(this.page.locator(`[value="${name}"]`))).toBeVisible();
  }

  person(name: string): Locator {
    return this.page.getByTestId('teams.person').filter({ hasText: name });
  }

  boardTab(teamName: string): Locator {
    return this.page.getByTestId('console.board-tab').filter({ hasText: teamName });
  }
}

/** A grid board on any screen. */
export class GridPage {
  constructor(readonly page: Page) {}

  cell(row: string, column: string): Locator {
    return this.page.locator(`[data-testid="grid.cell"][data-row="${row}"][data-column="${column}"]`);
  }

  card(text: string): Locator {
    return this.page.getByTestId('grid.card').filter({ has: this.page.getByTestId('grid.card-text').getByText(text, { exact: true }) });
  }

  /** Phone: pick the cell, then type into it. */
  async addOnPhone(cellKey: string, text: string): Promise<void> {
    await this.page.getByTestId('grid.cell-picker').selectOption(cellKey);
    await this.page.getByTestId('grid.add-input').fill(text);
    await this.page.getByTestId('grid.add-submit').click();
    await expect(this.card(text)).toBeVisible();
  }

  /** Desktop: a real pointer drag from the card's text to the target cell (dnd-kit's pointer sensor). */
  async drag(text: string, to: Locator): Promise<void> {
    // A pointer in the outer fifth of the window makes dnd-kit scroll the page while dragging (as it
    // should): start with the cell mid-window, as a person would scroll to see where the card goes.
    await to.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
    const from = await this.card(text).getByTestId('grid.card-text').boundingBox();
    if (!from) throw new Error('card not on screen');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
    // On a loaded machine the pointer sensor can start late: drop only once the drag has begun
    // and the pointer has reached the cell, as a person's hand would wait for the card to lift.
    await this.card(text).and(this.page.locator('.gcard--dragging')).waitFor();
    // Lifting the card can move the grid (its row grows): keep the pointer on the cell's visible part
    // as it is now until the cell lights up for the drop, then let go.
    const viewport = this.page.viewportSize()!;
    await expect(async () => {
      const box = await to.boundingBox();
      if (!box) throw new Error('cell not on screen');
      const top = Math.max(box.y, 0);
      const bottom = Math.min(box.y + box.height, viewport.height);
      await this.page.mouse.move(box.x + box.width / 2, (top + bottom) / 2, { steps: 6 });
      await expect(to).toHaveClass(/gcell--over/, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await this.page.mouse.up();
  }
}
