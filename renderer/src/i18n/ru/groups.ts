/** Russian strings for card groups (before a vote) and "who is missing" in the console. */
export const groups = {
  groups: {
    dragHint: 'Перетащите карточку на другую (или нажмите «Объединить…»), чтобы собрать дубли: в голосовании группа — один пункт.',
    closedHint: 'Идёт голосование: группировать может только модератор.',
    title: 'Название группы',
    titlePlaceholder: 'Без названия — по тексту карточек',
    ungroup: 'Разгруппировать',
    take: 'Объединить…',
    takeCancel: 'Отмена',
    here: 'Сюда',
    picking: 'Выберите карточку, с которой объединить',
    members: 'Карточек в группе: {{count}} — {{list}}',
    count: 'Карточек: {{count}}',
    by: 'Сгруппировал(а): {{name}}',
    refused: 'Эту группу меняет только её автор или модератор.',
  },
  missing: {
    title: 'Кого не хватает',
    vote: 'Ещё не проголосовали: {{count}}',
    round: 'Ещё не написали: {{count}}',
    none: 'Все на месте',
    error: 'Список не загрузился: {{message}}',
  },
} as const;
