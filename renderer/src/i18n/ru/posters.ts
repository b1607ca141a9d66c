/** Poster session, visitors' and teams' side: the poster editor, gallery, threads, offers, the team's inbox. */
export const posters = {
  posters: {
    loading: 'Загружаем постер…',
    untitled: 'Постер без названия',
    emptyPoster: 'Команда ещё не заполнила постер.',
    imageAlt: 'Изображение постера «{{name}}»',
    fields: {
      name: 'Название инициативы',
      who: 'Кто мы',
      problem: 'Проблема',
      doing: 'Что мы делаем',
      results: 'Результаты и цифры',
      needs: 'Что нам нужно',
      contacts: 'Контакты',
      image: 'Изображение',
    },
    needs: {
      volunteers: 'Волонтёры',
      partners: 'Партнёры',
      premises: 'Помещение',
      equipment: 'Оборудование',
      expertise: 'Экспертиза',
      media: 'Медиа',
      money: 'Деньги',
    },
  },
} as const;
