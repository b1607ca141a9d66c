import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ChampStatus } from '@shared/championship/api';
import { entryKey } from '@shared/championship/model';
import { setScore } from '@shared/championship/scores-doc';
import { addCriterion, addRound, readCriteria, readRound } from '@shared/doc/championship';
import { addTeam } from '@shared/doc/plan';
import { LOCAL_ORIGIN, SCHEMA_FINGERPRINT } from '@shared/doc/schema';
import type { EventSummary, JoinResponse } from '@shared/protocol/api';
import { expect, test } from './fixtures';
import { ChampConsole } from './pages/championship';
import { LibraryPage } from './pages/library-page';
import type { TestHost } from './support/host-process';

/**
 * Stages in the chair's console: a qualifier (built and scored by stock clients, revealed) has two
 * teams sharing 2nd place; asking for the final's top 2 shows the tie, the button waits for the chair's
 * pick, and the final then holds the leader and the picked team.
 */

/** A stock y-websocket client in Node (with the Origin a browser would send). */
async function room(host: TestHost, name: string, token: string) {
  const doc = new Y.Doc();
  const origin = new URL(host.url).origin;
  class OriginSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { Origin: origin } });
    }
  }
  const provider = new WebsocketProvider(`${host.url.replace(/^http/, 'ws').replace(/\/$/, '')}/sync`, name, doc, {
    // A page sends the schema fingerprint; a client with a browser's Origin and none is told to reload.
    params: { token, schema: SCHEMA_FINGERPRINT },
    WebSocketPolyfill: OriginSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) => (provider.synced ? resolve() : provider.once('sync', () => resolve())));
  return { doc, provider };
}

async function call<T>(host: TestHost, method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { origin: new URL(host.url).origin };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(new URL(path, host.url), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T };
}

test('a tie at the cut is shown and the chair’s pick fills the final', async ({ host, person }) => {
  test.setTimeout(180_000);
  const closers: (() => void)[] = [];
  try {
    const created = await call<{ id: string }>(host, 'POST', '/api/events', host.token, { title: 'Этапы чемпионата', format: 'championship' });
    expect(created.status).toBe(201);
    const eventId = created.body.id;
    const plan = await room(host, `${eventId}/plan`, host.token);
    closers.push(() => plan.provider.destroy());
    expect(addCriterion(plan.doc, { title: 'Решение', description: '', min: 0, max: 10, weight: 1 }, LOCAL_ORIGIN).ok).toBe(true);
    const criterion = readCriteria(plan.doc)[0]!;
    const names = ['Альфа', 'Бета', 'Гамма', 'Дельта'];
    const teams = names.map((n, i) => addTeam(plan.doc, n, ['#c33', '#33c', '#3c3', '#cc3'][i]!, LOCAL_ORIGIN));
    const qualifier = addRound(plan.doc, { title: 'Отборочный', teamIds: teams as never }, LOCAL_ORIGIN);
    const final = addRound(plan.doc, { title: 'Финал', teamIds: [] }, LOCAL_ORIGIN);

    // Two jurors: Альфа 0.85, Бета and Гамма 0.6 (one criterion, so no tie-break applies), Дельта 0.25.
    const summary = (await call<EventSummary>(host, 'GET', `/api/events/${eventId}`, host.token)).body;
    const marks = [
      [9, 7, 6, 2],
      [8, 5, 6, 3],
    ];
    for (const [j, row] of marks.entries()) {
      const juror = (await call<JoinResponse>(host, 'POST', '/api/join', null, { code: summary.jurorCode, name: `Член жюри ${j + 1}` })).body;
      const r = await room(host, `${eventId}/person/${juror.personId}`, juror.token);
      closers.push(() => r.provider.destroy());
      for (const [i, score] of row.entries()) {
        const entry = { key: entryKey(qualifier, teams[i]!), roundId: qualifier as never, teamId: teams[i] as never };
        expect(setScore(r.doc, { teamId: null, peer: false }, entry, criterion, score, '', LOCAL_ORIGIN).ok).toBe(true);
      }
    }
    await expect
      .poll(async () =>
        (await call<ChampStatus>(host, 'GET', `/api/events/${eventId}/championship/status?round=${qualifier}`, host.token)).body.scorers.map((s) => s.scored),
      )
      .toEqual([4, 4]);
    expect((await call(host, 'POST', `/api/events/${eventId}/championship/reveal`, host.token, { mode: 'all', round: qualifier })).status).toBe(200);

    const chair = await person();
    const library = await new LibraryPage(chair.page).openAsFacilitator(host.token);
    await library.page.getByTestId('library.event').filter({ hasText: 'Этапы чемпионата' }).getByTestId('library.open').click();
    const champ = new ChampConsole(chair.page);
    await champ.open('results');
    await chair.page.getByTestId('champ.results-round').selectOption({ label: 'Отборочный' });
    const form = chair.page.getByTestId('champ.advance');
    await expect(form).toBeVisible();
    await form.locator('input[type="number"]').fill('2');
    const tie = form.getByTestId('champ.advance-tie');
    await expect(tie).toContainText('Бета');
    await expect(tie).toContainText('Гамма');
    await expect(tie).not.toContainText('Альфа');
    const run = form.getByTestId('champ.advance-run');
    await expect(run).toBeDisabled();
    await tie.getByLabel('Гамма').check();
    await expect(run).toBeEnabled();
    await run.click();
    await expect(form).toContainText('Состав следующего раунда записан');
    await expect.poll(() => readRound(plan.doc, final)?.teamIds).toEqual([teams[0], teams[2]]);
  } finally {
    for (const close of closers) close();
  }
});
