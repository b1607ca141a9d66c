import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { startTcpProxy } from './support/tcp-proxy';

test.describe('joining by code and one shared board', () => {
  test('two participants join by code, each adds a card, and all three see both', async ({ host, person }) => {
    const facilitator = await person();
    const console = await new LibraryPage(facilitator.page).openAsFacilitator(host.token).then((l) => l.createEvent('Каргополь-2030'));
    const code = await console.code();
    // The token is kept, and gone from the address bar.
    expect(facilitator.page.url()).not.toContain('token=');

    const anna = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Анна Петрова', 'residents');
    const boris = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Борис Смирнов', 'business');
    await expect(console.participants).toHaveAttribute('data-count', '2');

    await anna.board.add('Нет автобуса до Ошевенска');
    await boris.board.add('Туристический маршрут по Кенозерью');

    for (const board of [console.board, anna.board, boris.board]) {
      await board.expectTexts(['Нет автобуса до Ошевенска', 'Туристический маршрут по Кенозерью']);
      await expect(board.cards).toHaveCount(2);
    }
    await expect(anna.board.card('Нет автобуса до Ошевенска')).toHaveAttribute('data-mine', 'true');
    await expect(anna.board.card('Туристический маршрут по Кенозерью')).toHaveAttribute('data-mine', 'false');
    await expect(anna.board.card('Туристический маршрут по Кенозерью').getByTestId('board.card-edit')).toHaveCount(0);
  });

  test('a participant who reloads, or opens the join link again, is the same person with the same cards', async ({ host, person }) => {
    const facilitator = await person();
    const console = await new LibraryPage(facilitator.page).openAsFacilitator(host.token).then((l) => l.createEvent('Няндома: образ будущего'));
    const code = await console.code();
    const anna = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Анна', 'youth');
    await anna.board.add('Молодёжный коворкинг');
    const boris = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Борис');
    await boris.board.add('Ремонт дома культуры');

    await anna.page.reload();
    await expect(anna.name).toContainText('Анна');
    await anna.board.expectTexts(['Молодёжный коворкинг', 'Ремонт дома культуры']);
    await expect(anna.board.card('Молодёжный коворкинг')).toHaveAttribute('data-mine', 'true');
    await expect(anna.board.card('Ремонт дома культуры')).toHaveAttribute('data-mine', 'false');

    // Opening the QR link again must not create a second person.
    await anna.page.goto(`/join/${code}`);
    await expect(anna.page).toHaveURL(/\/p\/[^/]+$/);
    await expect(anna.name).toContainText('Анна');
    await expect(console.participants).toHaveAttribute('data-count', '2');

    // Still the author: can edit their own card.
    await anna.board.card('Молодёжный коворкинг').getByTestId('board.card-edit').click();
    await anna.page.getByTestId('board.card-edit-input').fill('Молодёжный коворкинг в библиотеке');
    await anna.page.getByTestId('board.card-save').click();
    await console.board.expectTexts(['Молодёжный коворкинг в библиотеке']);
  });

  test('a participant who loses the network keeps writing, and everyone sees it after reconnecting', async ({ host, person }) => {
    const facilitator = await person();
    const console = await new LibraryPage(facilitator.page).openAsFacilitator(host.token).then((l) => l.createEvent('Плесецк: проблемы и точки роста'));
    const code = await console.code();
    // Anna's phone reaches the host through a proxy we can cut, like a Wi‑Fi that drops.
    const proxy = await startTcpProxy(host.port);
    try {
      const annaCtx = await person({ phone: true, baseURL: proxy.url });
      const anna = await new ParticipantPage(annaCtx.page).join(code, 'Анна');
      const boris = await new ParticipantPage((await person({ phone: true })).page).join(code, 'Борис');
      await anna.board.add('Написано до обрыва');
      await anna.expectConnection('connected');

      await proxy.sever();
      await anna.expectConnection('reconnecting'); // the page saw its socket die
      await annaCtx.context.setOffline(true);
      await anna.expectConnection('offline');
      await expect(anna.connection).toContainText(/сохранены|kept/);

      await anna.board.add('Написано без сети');
      await boris.board.add('Пока Анна без сети');
      await expect(console.board.card('Написано без сети')).toHaveCount(0);

      await annaCtx.context.setOffline(false);
      await proxy.restore();
      await anna.expectConnection('connected');
      const all = ['Написано до обрыва', 'Написано без сети', 'Пока Анна без сети'];
      for (const board of [console.board, anna.board, boris.board]) {
        await board.expectTexts(all);
        await expect(board.cards).toHaveCount(3);
      }
    } finally {
      await proxy.close();
    }
  });
});
