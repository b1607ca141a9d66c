import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import type { TestHost } from './support/host-process';
import { startTestHost } from './support/host-process';

export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1920, height: 1080 } as const;

type PersonOptions = { phone?: boolean; baseURL?: string };

type Fixtures = {
  /** A real host on a fresh data folder, for this test only. */
  host: TestHost;
  /** One browser context per person (docs/style.md), closed after the test. */
  person: (opts?: PersonOptions) => Promise<{ context: BrowserContext; page: Page }>;
};

async function newPerson(browser: Browser, host: TestHost, opts: PersonOptions, contexts: BrowserContext[], cspErrors: string[]) {
  const context = await browser.newContext({
    baseURL: opts.baseURL ?? host.url,
    viewport: opts.phone ? PHONE : { width: 1440, height: 900 },
    // Phones start in the browser's language; the people in these tests read Russian.
    locale: 'ru-RU',
    ...(opts.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  contexts.push(context);
  // The host sends a strict CSP; anything the app does that it blocks is a bug, wherever it shows.
  context.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  const page = await context.newPage();
  return { context, page };
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  host: async ({}, use, testInfo) => {
    const host = await startTestHost();
    await use(host);
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('host.log', { body: host.log(), contentType: 'text/plain' });
    await host.stop();
  },
  person: async ({ browser, host }, use) => {
    const contexts: BrowserContext[] = [];
    const cspErrors: string[] = [];
    await use((opts = {}) => newPerson(browser, host, opts, contexts, cspErrors));
    await Promise.all(contexts.map((c) => c.close()));
    expect(cspErrors, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };
