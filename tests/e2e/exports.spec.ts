import { readFile } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Download, Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { ExportsPanel } from './pages/exports';
import { LibraryPage } from './pages/library-page';
import { startTestHost } from './support/host-process';

/**
 * The user side of exports: the console's exports dialog against the real host serving the demo
 * strategy session, and the event file saved from the console and opened again from the library.
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
const PROBLEM_TREE = 'Дерево проблем: отток молодёжи';
const CENTRAL_PROBLEM = 'Отток молодёжи из малых городов района';

async function openDemoConsole(page: Page, token: string): Promise<void> {
  const library = await new LibraryPage(page).openAsFacilitator(token);
  await library.event(DEMO).getByTestId('library.open').click();
  await expect(page).toHaveURL(/\/event\/[^/]+$/);
  await expect(page.getByTestId('exports.open')).toBeVisible();
}

/** Every `<text>` content of a parsed SVG, in document order. */
function textsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => (k === 'text' ? [v].flat().map(String) : textsOf(v)));
}

const bytesOf = async (d: Download) => readFile(await d.path());

test('the facilitator downloads the problem tree as SVG, the votes as CSV and the report as PDF', async ({ host, person }) => {
  const { page } = await person();
  await openDemoConsole(page, host.token);
  const exports = await new ExportsPanel(page).open();

  const svg = (await bytesOf(await exports.download(exports.itemWithText(PROBLEM_TREE), 'svg'))).toString('utf8');
  expect(XMLValidator.validate(svg)).toBe(true);
  const parsed: unknown = new XMLParser().parse(svg);
  expect(parsed).toHaveProperty('svg');
  // A node's text is wrapped over several <text> lines; joined in document order it reads whole.
  expect(textsOf(parsed).join(' ')).toContain(CENTRAL_PROBLEM);

  const csv = await bytesOf(await exports.download(exports.item('votes'), 'csv'));
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  const pdf = await exports.download(exports.item('report'), 'pdf');
  expect((await bytesOf(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The host's RFC 5987 name (the event title) reaches the saved file, Cyrillic intact.
  expect(pdf.suggestedFilename()).toMatch(/^ПРОЕКТируем.*\.pdf$/);
});

test('a report download cancelled midway returns the row to idle, and the next download still works', async ({ host, person }) => {
  const { page } = await person();
  await openDemoConsole(page, host.token);
  const exports = await new ExportsPanel(page).open();
  const report = exports.item('report');

  // Hold the request unanswered, so "midway" does not depend on how fast the host builds the PDF.
  let requested!: () => void;
  const seen = new Promise<void>((r) => (requested = r));
  await page.route(/\/export\/report\.pdf/, () => requested());
  await exports.button(report, 'pdf').click();
  await seen;
  await expect(report.getByTestId('exports.progress')).toBeVisible();
  await expect(exports.button(report, 'pdf')).toBeDisabled();
  await report.getByTestId('exports.cancel').click();

  await expect(report.getByTestId('exports.status')).toHaveAttribute('data-state', 'cancelled');
  await expect(report.getByTestId('exports.status')).toHaveText('Загрузка отменена');
  await expect(report.getByTestId('exports.progress')).toHaveCount(0);
  await expect(exports.button(report, 'pdf')).toBeEnabled();

  await page.unroute(/\/export\/report\.pdf/);
  const docx = await bytesOf(await exports.download(report, 'docx'));
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('a host refusal is shown in words', async ({ host, person }) => {
  const { page } = await person();
  await openDemoConsole(page, host.token);
  const exports = await new ExportsPanel(page).open();
  await page.route(/\/export\/event\.json/, (route) =>
    route.fulfill({ status: 403, contentType: 'application/json', body: '{"error":{"code":"forbidden","message":"no"}}' }),
  );
  await exports.button(exports.item('event'), 'json').click();
  await expect(exports.item('event').getByTestId('exports.status')).toHaveText(/Недостаточно прав/);
});

test('the event file saved from the console opens again from the library as a new event with the same boards', async ({ host, person }) => {
  const { page } = await person();
  await openDemoConsole(page, host.token);
  const originalPath = new URL(page.url()).pathname;
  const exports = await new ExportsPanel(page).open();
  const keys = await exports.keys();
  await exports.close();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('console.save-file').click()]);
  expect(download.suggestedFilename()).toMatch(/^ПРОЕКТируем будущее малых территорий.*\.veche$/);
  const file = await download.path();

  await page.getByTestId('console.back').click();
  const library = new LibraryPage(page);
  await expect(library.event(DEMO)).toHaveCount(1);

  // A file that is not an event file is refused with the host's reason, and nothing is added.
  await page
    .getByTestId('library.open-file-input')
    .setInputFiles({ name: 'broken.veche', mimeType: 'application/x-veche', buffer: Buffer.from('not an event') });
  await expect(page.getByTestId('library.open-file-error')).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(library.event(DEMO)).toHaveCount(1);

  await page.getByTestId('library.open-file-input').setInputFiles(file);
  await expect(page).toHaveURL(/\/event\/[^/]+$/);
  expect(new URL(page.url()).pathname).not.toBe(originalPath);
  await expect(page.locator('.topbar__title')).toContainText(DEMO);
  const reopened = await new ExportsPanel(page).open();
  await expect.poll(() => reopened.keys()).toEqual(keys);
  await reopened.close();

  await page.getByTestId('console.back').click();
  await expect(library.event(DEMO)).toHaveCount(2);
});
