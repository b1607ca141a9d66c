import type { Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { startTestHost } from './support/host-process';

/**
 * The console's "About the event" panel: the demo's particulars shown, an edit saved through the host,
 * still there after a reload and in what the exports read.
 */
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  host: async ({}, use) => {
    const host = await startTestHost(['--demo']);
    await use(host);
    await host.stop();
  },
});

const DEMO = 'ПРОЕКТируем будущее малых территорий';

async function openDemoConsole(page: Page, token: string): Promise<void> {
  const library = await new LibraryPage(page).openAsFacilitator(token);
  await library.event(DEMO).getByTestId('library.open').click();
  await expect(page).toHaveURL(/\/event\/[^/]+$/);
  await expect(page.getByTestId('console.event-meta')).toBeVisible();
}

test('the facilitator sees and edits the event particulars the reports print', async ({ host, person }) => {
  const { page } = await person();
  await openDemoConsole(page, host.token);
  const form = page.getByTestId('console.event-meta');
  await expect(form.getByTestId('console.meta-date')).toHaveValue('2019-10-19');
  await expect(form.getByTestId('console.meta-place')).toHaveValue(/Каргополь/);
  await expect(form.getByTestId('console.meta-save')).toBeDisabled();

  await form.getByTestId('console.meta-facilitator').fill('Ольга Петрова');
  await form.getByTestId('console.meta-save').click();
  await expect(form.getByText('Сохранено.')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('console.meta-facilitator')).toHaveValue('Ольга Петрова');

  const res = await page.request.get(`${host.url}/api/events/${page.url().split('/').pop()}/export/event.json`, {
    headers: { authorization: `Bearer ${host.token}` },
  });
  expect(((await res.json()) as { meta: { facilitator: string } }).meta.facilitator).toBe('Ольга Петрова');
});
