import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { TreeBoardPage } from './pages/tree';
import { fillTree } from './pages/tree-doc';

/** Facilitator: a new event, a problem-tree board added from the console and shown with follow me on. */
async function facilitatorWithTree(page: Page, token: string, title = 'Отток молодёжи') {
  const console = await new LibraryPage(page).openAsFacilitator(token).then((l) => l.createEvent('Каргополь-2030'));
  await page.locator('.navigator__add > summary').click();
  await page.getByTestId('console.board-title').fill(title);
  await page.getByTestId('console.board-kind').selectOption('board:problem-tree');
  await page.getByTestId('console.board-add').click();
  const tree = new TreeBoardPage(page);
  await expect(tree.root).toBeVisible();
  await page.getByTestId('console.follow').check();
  const eventId = new URL(page.url()).pathname.split('/')[2]!;
  return { console, tree, code: await console.code(), eventId };
}

test.describe('problem tree', () => {
  test('two participants edit one tree at once, see each other, and a dragged subtree re-parents for everyone', async ({ host, person }) => {
    const fac = await facilitatorWithTree((await person()).page, host.token);
    await fac.tree.setText(fac.tree.root, 'Молодёжь уезжает из района');

    const anna = new TreeBoardPage((await new ParticipantPage((await person()).page).join(fac.code, 'Анна', 'youth')).page);
    const boris = new TreeBoardPage((await new ParticipantPage((await person()).page).join(fac.code, 'Борис', 'business')).page);
    for (const p of [anna, boris]) await expect(p.node('Молодёжь уезжает из района')).toBeVisible();

    // Both add causes without waiting for each other.
    await Promise.all([
      anna.add(anna.root, 'tree.add-cause', 'Нет работы по специальности'),
      boris.add(boris.root, 'tree.add-cause', 'Нет жилья для молодых семей'),
    ]);
    await anna.add(anna.node('Нет работы по специальности'), 'tree.add-cause', 'Закрылся леспромхоз');
    await boris.add(boris.root, 'tree.add-consequence', 'Стареет население');
    for (const p of [fac.tree, anna, boris]) {
      await expect(p.nodes).toHaveCount(5);
      for (const text of ['Нет работы по специальности', 'Нет жилья для молодых семей', 'Закрылся леспромхоз', 'Стареет население'])
        await expect(p.node(text)).toBeVisible();
    }

    // Presence: Anna's selection shows on Boris's screen with her name.
    await anna.select(anna.node('Нет жилья для молодых семей'));
    await expect(boris.node('Нет жилья для молодых семей').getByTestId('tree.peer')).toContainText('Анна');

    // A drop into its own branch is refused visibly and changes nothing.
    await boris.drag(boris.node('Нет работы по специальности'), boris.node('Закрылся леспромхоз'));
    await expect(boris.page.getByTestId('tree.drop-refused')).toBeVisible();
    await boris.drop();
    await boris.expectParent('Закрылся леспромхоз', 'Нет работы по специальности');

    // Boris drags the cause with its child under the other cause: the subtree moves, for everyone.
    await boris.drag(boris.node('Нет работы по специальности'), boris.node('Нет жилья для молодых семей'));
    await expect(boris.node('Нет жилья для молодых семей')).toHaveAttribute('data-drop', 'onto');
    await boris.drop();
    for (const p of [fac.tree, anna, boris]) {
      await p.expectParent('Нет работы по специальности', 'Нет жилья для молодых семей');
      await p.expectParent('Закрылся леспромхоз', 'Нет работы по специальности');
      await expect(p.nodes).toHaveCount(5);
    }
  });

  test('keyboard: Enter adds a sibling, Tab a child, Delete removes, Ctrl+Z and Ctrl+Shift+Z undo and redo only my edits', async ({ host, person }) => {
    const fac = await facilitatorWithTree((await person()).page, host.token);
    const page = fac.tree.page;
    const anna = new TreeBoardPage((await new ParticipantPage((await person()).page).join(fac.code, 'Анна')).page);
    await expect(anna.root).toBeVisible();

    await fac.tree.select(fac.tree.root);
    await page.keyboard.press('Tab'); // a child of the problem: a cause
    await fac.tree.editInput.fill('Низкие зарплаты');
    await fac.tree.editInput.press('Enter');
    await page.keyboard.press('Enter'); // a sibling of the new cause
    await fac.tree.editInput.fill('Нет досуга');
    await fac.tree.editInput.press('Tab'); // saves and opens a child
    await fac.tree.editInput.fill('Закрыли кинотеатр');
    await fac.tree.editInput.press('Enter');
    await expect(fac.tree.node('Закрыли кинотеатр')).toHaveAttribute('data-parent-id', await fac.tree.nodeId('Нет досуга'));
    await expect(fac.tree.node('Нет досуга')).toHaveAttribute('data-kind', 'cause');

    // Arrows: up from the child goes to its parent; left to the sibling.
    await page.keyboard.press('ArrowUp');
    await expect(fac.tree.node('Нет досуга')).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(fac.tree.node('Низкие зарплаты')).toHaveAttribute('data-selected', 'true');

    // Someone else's edit meanwhile: my undo must leave it alone.
    await anna.add(anna.root, 'tree.add-consequence', 'Пустеют школы');
    await expect(fac.tree.node('Пустеют школы')).toBeVisible();

    await fac.tree.select(fac.tree.node('Низкие зарплаты'));
    await page.keyboard.press('Delete');
    await expect(fac.tree.node('Низкие зарплаты')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(fac.tree.node('Низкие зарплаты')).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(fac.tree.node('Низкие зарплаты')).toHaveCount(0);
    await page.keyboard.press('Control+y'); // nothing left to redo: no change
    await page.keyboard.press('Control+z');
    await expect(fac.tree.node('Низкие зарплаты')).toBeVisible();

    // Deleting a branch asks first.
    await fac.tree.select(fac.tree.node('Нет досуга'));
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('tree.confirm')).toBeVisible();
    await page.getByTestId('tree.confirm-delete').click();
    await expect(fac.tree.node('Закрыли кинотеатр')).toHaveCount(0);
    await page.getByTestId('tree.undo').click(); // the whole branch comes back in one step
    await expect(fac.tree.node('Закрыли кинотеатр')).toHaveAttribute('data-parent-id', await fac.tree.nodeId('Нет досуга'));
    await expect(fac.tree.node('Пустеют школы')).toBeVisible();
    await expect(anna.node('Пустеют школы')).toBeVisible();
  });

  test('a phone participant at 360×740 adds a cause and moves it from the outline', async ({ host, person }) => {
    const fac = await facilitatorWithTree((await person()).page, host.token);
    await fac.tree.add(fac.tree.root, 'tree.add-cause', 'Нет работы');
    const phonePage = (await new ParticipantPage((await person({ phone: true })).page).join(fac.code, 'Вера', 'residents')).page;
    const phone = new TreeBoardPage(phonePage);
    await expect(phonePage.getByTestId('tree.outline')).toBeVisible();
    await expect(phone.node('Нет работы')).toBeVisible();

    await phone.root.getByTestId('tree.node-text').tap();
    await phonePage.getByTestId('tree.add-cause').tap();
    await phone.editInput.fill('Нет общественного транспорта');
    await phone.editInput.press('Enter');
    await expect(fac.tree.node('Нет общественного транспорта')).toBeVisible();

    // "Nest under the node above" re-parents on the phone, where dragging is impractical.
    await phone.node('Нет общественного транспорта').getByTestId('tree.node-text').tap();
    await phonePage.getByTestId('tree.move-in').tap();
    await fac.tree.expectParent('Нет общественного транспорта', 'Нет работы');
    const width = await phonePage.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });

  test('250 nodes render, and fit to screen shows them all', async ({ host, person }) => {
    const fac = await facilitatorWithTree((await person()).page, host.token, 'Большое дерево');
    await fillTree(host, fac.eventId, await fac.tree.boardId(), 250);
    await expect(fac.tree.nodes).toHaveCount(250);
    await fac.tree.page.getByTestId('tree.zoom-in').click();
    await fac.tree.page.getByTestId('tree.zoom-fit').click();
    const canvas = (await fac.tree.canvas.boundingBox())!;
    const boxes = await fac.tree.nodes.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(b.top).toBeGreaterThanOrEqual(canvas.y - 1);
      expect(b.right).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
      expect(b.bottom).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
    }
  });
});

test.describe('goal tree', () => {
  test('the facilitator builds the goal tree: source hints, a reworded source flagged, later causes pulled in', async ({ host, person }) => {
    const fac = await facilitatorWithTree((await person()).page, host.token);
    const page = fac.tree.page;
    await fac.tree.setText(fac.tree.root, 'Молодёжь уезжает');
    await fac.tree.add(fac.tree.root, 'tree.add-cause', 'Нет работы');
    await fac.tree.add(fac.tree.root, 'tree.add-consequence', 'Стареет население');

    await page.getByTestId('tree.build-goal').click();
    await expect(fac.tree.board).toHaveAttribute('data-tree-kind', 'goal-tree');
    await expect(fac.tree.node('Из проблемы: Нет работы')).toHaveAttribute('data-shown', 'hint');
    await expect(fac.tree.node('Из проблемы: Стареет население')).toHaveAttribute('data-kind', 'end');
    await expect(fac.tree.node('Из проблемы: Молодёжь уезжает')).toHaveAttribute('data-kind', 'goal');
    await fac.tree.setText(fac.tree.node('Из проблемы: Нет работы'), 'Создать рабочие места для молодёжи');

    // Back on the problem tree: a second press opens the same goal tree instead of making another.
    await page.getByTestId('console.board-select').selectOption({ label: 'Отток молодёжи' });
    await expect(fac.tree.board).toHaveAttribute('data-tree-kind', 'problem-tree');
    await fac.tree.setText(fac.tree.node('Стареет население'), 'Население стареет быстрее, чем в области');
    await fac.tree.add(fac.tree.root, 'tree.add-cause', 'Нет жилья');
    await expect(page.getByTestId('tree.build-goal')).toHaveAttribute('data-exists', 'true');
    await page.getByTestId('tree.build-goal').click();
    await expect(fac.tree.board).toHaveAttribute('data-tree-kind', 'goal-tree');
    await expect(page.getByTestId('console.board-select').locator('option')).toHaveCount(3); // shared cards, problem, goal

    const stale = fac.tree.node('Из проблемы: Стареет население');
    await expect(stale.getByTestId('tree.stale-badge')).toBeVisible();
    await fac.tree.select(stale);
    await page.getByTestId('tree.stale-update').click();
    await expect(fac.tree.node('Из проблемы: Население стареет быстрее, чем в области').getByTestId('tree.stale-badge')).toHaveCount(0);

    await expect(page.getByTestId('tree.pull')).toHaveAttribute('data-count', '1');
    await page.getByTestId('tree.pull').click();
    await expect(fac.tree.node('Из проблемы: Нет жилья')).toHaveAttribute('data-kind', 'means');
    await expect(page.getByTestId('tree.pull')).toHaveAttribute('data-count', '0');
  });
});
