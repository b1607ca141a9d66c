import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export type PosterTab = 'setup' | 'walk' | 'projector' | 'nominations';

/** The console's poster session: its side panel and the sheet it opens (posters, walk, projector, nominations). */
export class PosterSessionConsole {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('posterSession.panel');
  }

  async open(tab: PosterTab): Promise<void> {
    const dialog = this.page.getByTestId('posterSession.dialog');
    if (await dialog.isVisible()) await this.page.getByTestId(`posterSession.tab-${tab}`).click();
    else await this.page.getByTestId(`posterSession.open-${tab}`).click();
    await expect(this.page.getByTestId(`posterSession.tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
  }

  async close(): Promise<void> {
    await this.page.getByTestId('posterSession.close').click();
    await expect(this.page.getByTestId('posterSession.dialog')).toBeHidden();
  }

  initiative(name: string): Locator {
    return this.page.getByTestId('posterSession.initiative').filter({ hasText: name });
  }

  /** Presses "Set up posters" and waits until every initiative has its poster. */
  async setUpPosters(count: number): Promise<void> {
    await this.open('setup');
    await this.page.getByTestId('posterSession.setup').click();
    await expect(this.page.getByTestId('posterSession.setup-status')).toHaveAttribute('data-posters', String(count));
    await expect(this.page.getByTestId('posterSession.initiative').and(this.page.locator('[data-ready="true"]'))).toHaveCount(count);
  }

  /** An editing deadline `seconds` ahead of the HOST's clock, typed the way the facilitator would. */
  async setDeadline(seconds: number): Promise<void> {
    await this.open('setup');
    const value = await this.page.evaluate(async (s) => {
      const { now } = (await (await fetch('/api/time')).json()) as { now: number };
      const d = new Date(now + s * 1000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
    }, seconds);
    await this.page.getByTestId('posterSession.deadline-input').fill(value);
    await this.page.getByTestId('posterSession.deadline-set').click();
    await expect(this.page.getByTestId('posterSession.deadline-countdown')).toHaveAttribute('data-phase', 'before');
  }

  stands(): Locator {
    return this.page.getByTestId('posterSession.stand');
  }

  /** Team names of the walk, in order. */
  async walkOrder(): Promise<string[]> {
    return (await this.stands().locator('.ps-order__name').allInnerTexts()).map((s) => s.trim());
  }

  /** Moves a stand up with the keyboard (focus the arrow, press Enter), as a keyboard user would. */
  async moveUp(name: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      const before = await this.walkOrder();
      const button = this.stands().filter({ hasText: name }).getByTestId('posterSession.stand-up');
      await button.focus();
      await button.press('Enter');
      await expect.poll(() => this.walkOrder()).not.toEqual(before);
    }
  }

  async setStandMinutes(minutes: string): Promise<void> {
    const input = this.page.getByTestId('posterSession.stand-minutes');
    await input.fill(minutes);
    await input.press('Enter');
  }

  async walk(action: 'start' | 'pause' | 'resume' | 'next' | 'stop'): Promise<void> {
    await this.page.getByTestId(`posterSession.walk-${action}`).click();
  }

  async project(view: 'carousel' | 'walk' | 'nominations'): Promise<void> {
    await this.open('projector');
    await this.page.getByTestId(`posterSession.project-${view}`).click();
    await expect(this.page.getByTestId(`posterSession.project-${view}`)).toHaveAttribute('aria-pressed', 'true');
  }

  async projectPoster(teamName: string): Promise<void> {
    await this.open('projector');
    await this.page.getByTestId('posterSession.poster-pick').selectOption({ label: teamName });
    await this.page.getByTestId('posterSession.project-poster').click();
    await expect(this.page.getByTestId('posterSession.project-poster')).toHaveAttribute('aria-pressed', 'true');
  }
}

/** `/event/<id>/projector` during the poster session (results mode). */
export class PosterProjector {
  constructor(readonly page: Page) {}

  get walk(): Locator {
    return this.page.getByTestId('projector.posters.walk');
  }

  get walkCurrent(): Locator {
    return this.page.getByTestId('projector.posters.walk-current');
  }

  get walkLeft(): Locator {
    return this.page.getByTestId('projector.posters.walk-left');
  }

  get carousel(): Locator {
    return this.page.getByTestId('projector.posters.carousel');
  }

  get poster(): Locator {
    return this.page.getByTestId('projector.posters.poster');
  }

  get nominations(): Locator {
    return this.page.getByTestId('projector.posters.nominations');
  }

  get jury(): Locator {
    return this.page.getByTestId('projector.posters.jury');
  }

  get audience(): Locator {
    return this.page.getByTestId('projector.posters.audience');
  }
}
