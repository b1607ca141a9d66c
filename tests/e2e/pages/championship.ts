import type { Locator, Page, WebSocket } from '@playwright/test';
import { expect } from '@playwright/test';

/** The console's championship sheet (setup, pitches, results) opened from its side panel. */
export class ChampConsole {
  constructor(readonly page: Page) {}

  async open(tab: 'setup' | 'pitch' | 'results'): Promise<void> {
    const dialog = this.page.getByTestId('champ.dialog');
    if (await dialog.isVisible()) await this.page.getByTestId(`champ.tab-${tab}`).click();
    else await this.page.getByTestId(`champ.open-${tab}`).click();
    await expect(this.page.getByTestId(`champ.tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
  }

  round(title: string): Locator {
    return this.page.getByTestId('champ.round').filter({ hasText: title });
  }

  async addRound(title: string): Promise<void> {
    await this.page.getByTestId('champ.round-title').fill(title);
    await this.page.getByTestId('champ.round-add').click();
    await expect(this.round(title)).toBeVisible();
  }

  async readyCriteria(): Promise<void> {
    await this.page.getByTestId('champ.criteria-ready').click();
    await expect(this.page.getByTestId('champ.criterion')).toHaveCount(5);
  }

  /** A deadline `seconds` ahead of the HOST's clock, typed the way the facilitator would. */
  async setDeadline(title: string, seconds: number): Promise<void> {
    const value = await this.page.evaluate(async (s) => {
      const { now } = (await (await fetch('/api/time')).json()) as { now: number };
      const d = new Date(now + s * 1000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
    }, seconds);
    await this.round(title).getByTestId('champ.deadline').fill(value);
    await expect(this.round(title).getByTestId('champ.deadline-countdown')).toBeVisible();
  }
}

/** `/jury/<eventId>` on a phone. */
export class JurorPage {
  constructor(readonly page: Page) {}

  async join(code: string, name: string): Promise<this> {
    await this.page.goto(`/join/${encodeURIComponent(code)}`);
    await this.page.getByTestId('join.name').fill(name);
    await this.page.getByTestId('join.submit').click();
    await expect(this.page).toHaveURL(/\/jury\/[^/]+$/);
    await expect(this.page.getByTestId('jury.name')).toContainText(name);
    return this;
  }

  entry(team: string): Locator {
    return this.page.getByTestId('jury.entry').filter({ hasText: team });
  }

  /**
   * Scores every criterion of one team's entry with the keyboard on the slider (End = the top of
   * the scale, each ArrowLeft one point down), the way a laptop juror would; a comment on the first.
   */
  async score(team: string, scores: number[], comment?: string): Promise<void> {
    await this.entry(team).click();
    const criteria = this.page.getByTestId('jury.criterion');
    await expect(criteria).toHaveCount(scores.length);
    for (const [i, score] of scores.entries()) {
      const c = criteria.nth(i);
      const range = c.getByTestId('jury.score-range');
      await range.focus();
      await range.press('End');
      for (let k = 10; k > score; k--) await range.press('ArrowLeft');
      await expect(c).toHaveAttribute('data-score', String(score));
      if (i === 0 && comment) await c.getByTestId('jury.comment').fill(comment);
    }
    await this.page.getByTestId('jury.done').click();
    await expect(this.entry(team)).toHaveAttribute('data-state', 'done');
  }
}

/** Every WebSocket frame a page receives, kept as bytes, so a test can prove what never arrived. */
export class FrameTap {
  readonly frames: Buffer[] = [];
  constructor(page: Page) {
    page.on('websocket', (ws: WebSocket) => {
      ws.on('framereceived', ({ payload }) => this.frames.push(typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload)));
    });
  }

  /** Yjs writes strings as UTF-8, so a text that reached the page is a byte run in some frame. */
  carries(text: string): boolean {
    const needle = Buffer.from(text, 'utf8');
    return this.frames.some((f) => f.includes(needle));
  }
}
