import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The console's roster (features/people/RosterPanel): people, devices, check-in and the change log. */
export class Roster {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('roster.panel');
  }

  get checkIn(): Locator {
    return this.panel.getByTestId('roster.check-in');
  }

  /** The roster polls the host every few seconds: a new joiner shows up within one poll. */
  person(name: string): Locator {
    return this.panel.getByTestId('roster.person').filter({ has: this.page.getByTestId('roster.name').getByText(name, { exact: true }) });
  }

  async setCheckIn(on: boolean): Promise<void> {
    await this.checkIn.setChecked(on);
    await expect(this.auditLines.first()).toHaveAttribute('data-action', on ? 'check-in-on' : 'check-in-off');
  }

  async approve(name: string): Promise<void> {
    await expect(this.person(name)).toHaveAttribute('data-status', 'pending');
    await this.person(name).getByTestId('roster.approve').click();
    await expect(this.person(name)).toHaveAttribute('data-status', 'active');
  }

  async acceptTeam(name: string): Promise<void> {
    await this.person(name).getByTestId('roster.accept-team').click();
    await expect(this.person(name).getByTestId('roster.accept-team')).toHaveCount(0);
  }

  async voidVotes(name: string): Promise<void> {
    await this.person(name).getByTestId('roster.void').click();
    await expect(this.person(name)).toHaveAttribute('data-status', 'voided');
  }

  /** The change log, newest first. */
  get auditLines(): Locator {
    return this.panel.getByTestId('roster.audit-line');
  }

  async openAudit(): Promise<void> {
    const log = this.panel.getByTestId('roster.audit');
    if ((await log.getAttribute('open')) === null) await log.locator('summary').click();
  }
}
