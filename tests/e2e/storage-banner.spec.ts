import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { FileLike, FsAdapter } from '../../electron/host/persistence/event-file';
import { nodeFs } from '../../electron/host/persistence/fs-adapter';
import type { TestHost } from '../integration/helpers/host';
import { startTestHost } from '../integration/helpers/host';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';

/**
 * A disk cannot be filled on cue under the CLI host the other specs use, so this one runs the host in
 * this process with the failing file system of tests/attack/storage-trouble.test.ts, and looks at what
 * people see: the facilitator's banner on the library and the console, the participant's "not being saved".
 */
function fillableFs(): { fs: FsAdapter; full: { on: boolean } } {
  const full = { on: false };
  const enospc = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
  const wrap = (f: FileLike): FileLike => ({
    writeAt: (data, pos) => (full.on ? enospc() : f.writeAt(data, pos)),
    sync: () => f.sync(),
    truncate: (n) => f.truncate(n),
    close: () => f.close(),
  });
  return { full, fs: { ...nodeFs, open: async (p, flags) => wrap(await nodeFs.open(p, flags)) } };
}

const SHOTS = process.env.VECHE_SCREENSHOTS;
const shotDir = () => (SHOTS && SHOTS !== '1' ? resolve(SHOTS) : resolve(import.meta.dirname, '../../out/screenshots'));

async function newPage(browser: Browser, host: TestHost, viewport: { width: number; height: number }, phone = false): Promise<Page> {
  const context = await browser.newContext({
    baseURL: host.base,
    viewport,
    locale: 'ru-RU',
    ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  return context.newPage();
}

test('when the host cannot save, the facilitator sees why on the library and the console, the phone is told, and both clear once space returns', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { fs, full } = fillableFs();
  const host = await startTestHost({ fs });
  try {
    const fac = await newPage(browser, host, { width: 1366, height: 768 });
    const library = await new LibraryPage(fac).openAsFacilitator(host.facilitatorToken);
    const console = await library.createEvent('Вилегодск: полный диск');
    const code = await console.code();
    const anna = await new ParticipantPage(await newPage(browser, host, { width: 360, height: 800 }, true)).join(code, 'Анна', 'residents');
    await expect(fac.getByTestId('storage.banner')).toHaveCount(0);

    full.on = true;
    await anna.board.add('Пишется, пока диск полон');
    await expect(anna.page.getByTestId('conn.not-saving')).toBeVisible();
    await expect(anna.connection).toHaveAttribute('data-saving', 'no');
    const banner = fac.getByTestId('storage.banner');
    await expect(banner).toBeVisible();
    await expect(banner.getByTestId('storage.problem')).toContainText('ENOSPC');
    // What was written is still there for everyone, held in the host's memory.
    await console.board.expectTexts(['Пишется, пока диск полон']);
    if (SHOTS) {
      mkdirSync(shotDir(), { recursive: true });
      await fac.screenshot({ path: join(shotDir(), 'storage-banner-console-ru.png') });
      await anna.page.screenshot({ path: join(shotDir(), 'storage-not-saving-phone-ru.png') });
    }
    await fac.getByTestId('console.back').click();
    await expect(fac.getByTestId('storage.banner')).toBeVisible();

    full.on = false;
    await expect(fac.getByTestId('storage.banner')).toHaveCount(0, { timeout: 30_000 });
    await expect(anna.page.getByTestId('conn.not-saving')).toHaveCount(0, { timeout: 30_000 });
    await expect(anna.connection).toHaveAttribute('data-saving', 'yes');
  } finally {
    await host.stop();
  }
});
