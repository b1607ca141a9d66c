import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Page } from '@playwright/test';
import { SCHEMA_FINGERPRINT } from '@shared/doc/schema';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { Ballot, PrivateRound, VotingConsole } from './pages/voting';

const IDEAS = {
  anna: 'Нет автобуса до Ошевенска',
  boris: 'Туристический маршрут по Кенозерью',
  vera: 'Коворкинг для молодёжи при библиотеке',
};

/** The identity the join flow left in the participant's localStorage (collab/identity.ts). */
async function storedIdentity(page: Page): Promise<{ token: string; personId: string; eventId: string }> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('veche.id.') && k.endsWith('.participant'))!;
    return JSON.parse(localStorage.getItem(key)!) as { token: string; personId: string; eventId: string };
  });
}

/** A stock y-websocket client in Node, holding the participant's own token: what a hostile phone could do. */
async function openPersonRoom(wsBase: string, origin: string, id: { token: string; personId: string; eventId: string }) {
  const doc = new Y.Doc();
  // The host checks Origin like a browser's; a script can send any header it likes.
  class OriginSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { Origin: origin } });
    }
  }
  const provider = new WebsocketProvider(`${wsBase}/sync`, `${id.eventId}/person/${id.personId}`, doc, {
    // A page sends the schema fingerprint; a client with a browser's Origin and none is told to reload.
    params: { token: id.token, schema: SCHEMA_FINGERPRINT },
    WebSocketPolyfill: OriginSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) => (provider.synced ? resolve() : provider.once('sync', () => resolve())));
  return { doc, provider };
}

test.describe('private writing, then a dot vote with a budget, results by group on the projector', () => {
  test('private cards stay private until the reveal; the budget holds in the UI and against a direct room write', async ({ host, person }) => {
    test.setTimeout(180_000);
    const facilitator = await person();
    const console = await new LibraryPage(facilitator.page).openAsFacilitator(host.token).then((l) => l.createEvent('Каргополь-2030'));
    const code = await console.code();
    const anna = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Анна Петрова', 'residents');
    const boris = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Борис Смирнов', 'business');
    const vera = await new ParticipantPage((await person()).page).join(code, 'Вера Ершова', 'youth');
    const people = { anna, boris, vera };

    // --- private round on the shared board ---
    const control = new PrivateRound(facilitator.page);
    await control.controls.getByTestId('private.open').click();
    await expect(control.controls).toHaveAttribute('data-state', 'open');
    // While the round is open the public board takes no new cards from participants: whatever they
    // write goes through the private panel, never straight onto the board everyone sees.
    for (const p of Object.values(people)) await expect(p.page.getByTestId('board.add-input')).toHaveCount(0);
    for (const [who, p] of Object.entries(people)) {
      const mine = new PrivateRound(p.page);
      await expect(mine.panel).toBeVisible();
      await mine.write(IDEAS[who as keyof typeof IDEAS]);
      await expect(mine.card(IDEAS[who as keyof typeof IDEAS]).getByTestId('private.only-you')).toBeVisible();
    }
    // Edit and delete work on one's own private cards.
    const annaPrivate = new PrivateRound(anna.page);
    await annaPrivate.write('Черновик, который я уберу');
    await annaPrivate.card('Черновик, который я уберу').getByTestId('private.delete').click();
    await expect(annaPrivate.card('Черновик, который я уберу')).toHaveCount(0);

    // Nobody else sees a private card: not the other participants, not the console.
    for (const [who, text] of Object.entries(IDEAS)) {
      for (const [other, p] of Object.entries(people)) {
        if (other !== who) await expect(p.page.getByText(text)).toHaveCount(0);
      }
      await expect(facilitator.page.getByText(text)).toHaveCount(0);
    }

    await control.controls.getByTestId('private.reveal').click();
    await expect(control.controls).toHaveAttribute('data-state', 'revealed');
    await expect(anna.page.getByTestId('board.add-input')).toBeVisible();
    for (const board of [console.board, anna.board, boris.board, vera.board]) {
      await board.expectTexts(Object.values(IDEAS));
      await expect(board.cards).toHaveCount(3);
    }
    await expect(new PrivateRound(boris.page).panel).toHaveCount(0);

    // --- dot vote: 2 dots each, at most 1 per card ---
    const voting = new VotingConsole(facilitator.page);
    const row = await voting.open('Что берём в работу?', { perPerson: 2, maxPerItem: 1 }, ['Общая доска']);
    await expect(row.getByTestId('vote.progress')).toHaveAttribute('data-eligible', '3');

    const annaBallot = new Ballot(anna.page);
    await expect(annaBallot.left).toHaveAttribute('data-left', '2');
    await annaBallot.plus(IDEAS.anna);
    // Per-item maximum: a second dot on the same card is refused and says why.
    await annaBallot.tapBlockedPlus(IDEAS.anna);
    await expect(annaBallot.error).toHaveAttribute('data-reason', 'errMaxPerItem');
    await annaBallot.expectCount(IDEAS.anna, 1);
    await annaBallot.plus(IDEAS.vera);
    await expect(annaBallot.left).toHaveAttribute('data-left', '0');
    // Budget spent: the third card's + is marked unavailable, a tap explains, nothing changes.
    await annaBallot.tapBlockedPlus(IDEAS.boris);
    await expect(annaBallot.error).toHaveAttribute('data-reason', 'errBudget');
    await annaBallot.expectCount(IDEAS.boris, 0);
    await expect(annaBallot.left).toHaveAttribute('data-left', '0');
    // Taking one back frees a dot.
    await annaBallot.minus(IDEAS.vera);
    await expect(annaBallot.left).toHaveAttribute('data-left', '1');
    await annaBallot.plus(IDEAS.boris);
    await annaBallot.expectCount(IDEAS.boris, 1);

    const borisBallot = new Ballot(boris.page);
    await borisBallot.plus(IDEAS.anna);
    await borisBallot.plus(IDEAS.vera);
    await expect(row.getByTestId('vote.progress')).toHaveAttribute('data-voted', '2');
    // Votes are hidden: Anna's phone shows none of Boris's dots.
    await annaBallot.expectCount(IDEAS.vera, 0);

    // Vera bypasses the UI: five dots on every card written straight into her own room.
    const id = await storedIdentity(vera.page);
    const voteId = (await row.getAttribute('data-vote-id'))!;
    const keys = await vera.page.getByTestId('vote.item').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
    expect(keys).toHaveLength(3);
    const wsBase = host.url.replace(/^http/, 'ws').replace(/\/$/, '');
    const hostile = await openPersonRoom(wsBase, new URL(host.url).origin, id);
    try {
      hostile.doc.transact(() => {
        const ballot = new Y.Map<unknown>();
        for (const k of keys) ballot.set(k, 5);
        hostile.doc.getMap('votes').set(voteId, ballot);
      });
      await expect(row.getByTestId('vote.progress')).toHaveAttribute('data-voted', '3');
      // Her own phone shows what will count, not what she wrote: the budget.
      await expect(new Ballot(vera.page).left).toHaveAttribute('data-left', '0');
    } finally {
      hostile.provider.destroy();
    }

    await voting.close('Что берём в работу?');
    const consoleRows = row.getByTestId('vote.result-row');
    await expect(consoleRows).toHaveCount(3);
    const totals = await consoleRows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-total'))));
    // 2 + 2 dots through the UI, and Vera's 15 written dots count as her budget of 2.
    expect(totals.reduce((a, b) => a + b, 0)).toBe(6);
    expect(Math.max(...totals)).toBeLessThanOrEqual(3);

    // --- projector: results by group ---
    const projector = await facilitator.context.newPage();
    await projector.goto(new URL('projector', facilitator.page.url() + '/').pathname);
    await row.getByTestId('vote.project').click();
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-mode', 'results');
    const chart = projector.getByTestId('projector.vote');
    await expect(chart.getByTestId('vote.result-row')).toHaveCount(3);
    await expect(chart.getByTestId('vote.legend-item')).toHaveCount(3);
    for (const g of ['residents', 'business', 'youth']) await expect(chart.locator(`[data-testid="vote.legend-item"][data-group="${g}"]`)).toBeVisible();
    const byGroup = await chart.getByTestId('vote.result-segment').evaluateAll((els) => {
      const out: Record<string, number> = {};
      for (const e of els) out[e.getAttribute('data-group')!] = (out[e.getAttribute('data-group')!] ?? 0) + Number(e.getAttribute('data-value'));
      return out;
    });
    expect(byGroup).toEqual({ residents: 2, business: 2, youth: 2 });
    await expect(chart.getByTestId('vote.result-row').first()).toHaveAttribute('data-rank', '1');

    // Phones show the results once the vote is closed.
    await expect(anna.page.getByTestId('vote.results').getByTestId('vote.result-row')).toHaveCount(3);
  });
});
