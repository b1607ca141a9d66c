import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { GridPage, SessionConsole } from './pages/session';
import { openRoom } from './pages/tree-doc';
import { startTestHost } from './support/host-process';

/**
 * A board's history in the console, on the demo strategy event: a participant's cards are wiped by a
 * raw client, the facilitator previews the earlier point read-only and restores it, and the cards
 * come back on the participant's phone with their author; then his later junk is undone with "undo one
 * person's changes" while his restored cards stay. With VECHE_PREVIEWS=1 the timeline and the
 * preview are saved, Russian and English, to docs/previews/ (a plain run never writes there).
 */
const PREVIEWS = !!process.env.VECHE_PREVIEWS;
const shot = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve(import.meta.dirname, `../../docs/previews/${name}.png`) });
};

test.describe('board history', () => {
  test('a wiped participant’s cards come back after the facilitator previews and restores an earlier point; his later junk is undone alone', async ({
    person,
  }) => {
    test.setTimeout(180_000);
    const host = await startTestHost(['--demo']);
    try {
      const fac = await person({ baseURL: host.url });
      await fac.page.setViewportSize({ width: 1920, height: 1080 });
      await new LibraryPage(fac.page).openAsFacilitator(host.token);
      await fac.page.getByTestId('library.event').filter({ hasText: 'ПРОЕКТируем' }).first().getByTestId('library.open').click();
      const eventId = decodeURIComponent(/\/event\/([^/?#]+)/.exec(fac.page.url())![1]!);
      const code = (await fac.page.getByTestId('console.join-code').innerText()).trim();

      const petr = await new ParticipantPage((await person({ phone: true, baseURL: host.url })).page).join(code, 'Пётр Иванов', 'business');
      const grid = new GridPage(petr.page);
      const texts = ['Нет врача-педиатра в посёлке', 'Автобус ходит раз в день'];
      for (const text of texts) await grid.addOnPhone('all:problems', text);

      const panel = fac.page.getByTestId('history.panel');
      const boardId = (await panel.getAttribute('data-board-id'))!;
      await panel.getByTestId('history.toggle').click();
      await panel.getByTestId('history.take').click();
      const saved = panel.getByTestId('history.point').first();
      await expect(saved).toHaveAttribute('data-reason', 'manual');
      const pointId = (await saved.getAttribute('data-point-id'))!;

      // The wipe: a raw client with facilitator rights deletes every card Пётр wrote, in one transaction.
      const raw = await openRoom({ ...host }, `${eventId}/board/${boardId}`);
      const cards = raw.doc.getMap<Y.Map<unknown>>('cards');
      raw.doc.transact(() => {
        for (const [id, card] of [...cards.entries()]) if (card instanceof Y.Map && card.get('authorName') === 'Пётр Иванов') cards.delete(id);
      });
      await raw.close();
      for (const text of texts) await expect(grid.card(text)).toHaveCount(0);

      // The facilitator previews the earlier point: the grid itself as it was, read-only, Пётр's cards in
      // their cell with his name, and no way to write into it.
      await panel.getByTestId('history.refresh').click();
      const point = panel.locator(`[data-testid="history.point"][data-point-id="${pointId}"]`);
      await point.getByTestId('history.preview').click();
      const dialog = fac.page.getByTestId('history.preview-dialog');
      await expect(dialog).toBeVisible();
      const drawn = dialog.getByTestId('history.preview-board');
      for (const text of texts) {
        await expect(drawn.getByTestId('grid.card').filter({ hasText: text }).getByTestId('grid.card-author')).toContainText('Пётр Иванов');
      }
      await expect(drawn.locator('input, textarea, [contenteditable="true"]')).toHaveCount(0);
      await expect(drawn.getByTestId('board.locked')).toHaveCount(0);
      if (PREVIEWS) await shot(fac.page, 'history-preview-ru');
      await dialog.getByTestId('history.preview-close').click();
      await expect(dialog).toHaveCount(0);
      for (const text of texts) await expect(grid.card(text)).toHaveCount(0); // a preview changes nothing

      // Restore, with a confirm; the cards come back on the phone; the restore is the newest point.
      await point.getByTestId('history.restore').click();
      await point.getByTestId('history.confirm-restore').click();
      await expect(panel.getByTestId('history.status')).toBeVisible();
      for (const text of texts) await expect(grid.card(text)).toBeVisible();
      await expect(grid.card(texts[0]!).getByTestId('grid.card-author')).toContainText('Пётр Иванов');
      await expect(panel.getByTestId('history.point').first()).toHaveAttribute('data-reason', 'before-restore');
      await expect(panel.getByTestId('history.point').first().getByTestId('history.changed')).toContainText('2');

      // The audit log downloads from the panel, with the restore in it, in Russian.
      const download = fac.page.waitForEvent('download');
      await panel.getByTestId('history.audit-csv').click();
      const csv = await readFile((await (await download).path())!, 'utf8');
      expect(csv).toContain('Когда;Кто;Что;Доска;Подробности');
      expect(csv).toMatch(/\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d;Модератор;возврат доски к точке;/);

      // Пётр writes junk after the restore; the facilitator undoes what he did since the point before the
      // restore: the junk goes, his earlier (restored) cards stay.
      const junk = 'спам спам спам';
      await grid.addOnPhone('all:problems', junk);
      const beforeRestore = (await panel.getByTestId('history.point').first().getAttribute('data-point-id'))!;
      const undo = panel.getByTestId('history.undo');
      await panel.getByTestId('history.refresh').click();
      await undo.locator('summary').click();
      await undo.getByTestId('history.undo-person').selectOption({ label: 'Пётр Иванов' });
      await undo.getByTestId('history.undo-since').selectOption(beforeRestore);
      await undo.getByTestId('history.undo-run').click();
      await undo.getByTestId('history.undo-confirm').click();
      await expect(undo.getByTestId('history.undo-result')).toContainText('1');
      await expect(grid.card(junk)).toHaveCount(0);
      for (const text of texts) await expect(grid.card(text)).toBeVisible();
      await expect(panel.getByTestId('history.point').first()).toHaveAttribute('data-reason', 'before-undo');

      if (PREVIEWS) {
        await panel.scrollIntoViewIfNeeded();
        await shot(fac.page, 'history-timeline-ru');
        await fac.page.evaluate(() => localStorage.setItem('veche.lang', 'en'));
        await fac.page.reload();
        await panel.getByTestId('history.toggle').click();
        await expect(panel.getByTestId('history.point').first()).toHaveAttribute('data-reason', 'before-undo');
        await panel.getByTestId('history.undo').locator('summary').click();
        await panel.scrollIntoViewIfNeeded();
        await shot(fac.page, 'history-timeline-en');
        await panel.locator(`[data-testid="history.point"][data-point-id="${pointId}"]`).getByTestId('history.preview').click();
        await expect(dialog).toBeVisible();
        await shot(fac.page, 'history-preview-en');
      }
      if (await dialog.isVisible()) await dialog.getByTestId('history.preview-close').click();

      // A tree is previewed on its own canvas, read-only: the demo's problem tree with its central problem.
      await new SessionConsole(fac.page)
        .stage(/Дерево проблем/)
        .first()
        .getByTestId('agenda.select')
        .click();
      await fac.page.getByTestId('console.board-tab').first().click();
      await expect(panel).not.toHaveAttribute('data-board-id', boardId);
      await panel.getByTestId('history.toggle').click();
      await panel.getByTestId('history.take').click();
      await panel.getByTestId('history.point').first().getByTestId('history.preview').click();
      const tree = dialog.getByTestId('history.preview-tree');
      await expect(tree.getByTestId('tree.node').filter({ hasText: 'Отток молодёжи из малых городов района' })).toBeVisible();
      expect(await tree.getByTestId('tree.node').count()).toBeGreaterThan(5);
      await expect(tree.locator('input, textarea, [contenteditable="true"]')).toHaveCount(0);
      if (PREVIEWS) await shot(fac.page, 'history-preview-tree');
      await dialog.getByTestId('history.preview-close').click();
    } finally {
      await host.stop();
    }
  });
});
