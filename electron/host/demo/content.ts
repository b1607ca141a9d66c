import type { EventMeta } from '@shared/doc/event-meta';
import type { EventFormat } from '@shared/doc/plan';

/**
 * Demo events drawn from the documents of real events (the seeds): the "ПРОЕКТируем будущее малых территорий"
 * strategy sessions in the Kargopol, Nyandoma and Plesetsk districts, the Perm civic vernissage,
 * and the Ural case championship on citizens governing their city.
 */
export type DemoBoard = { title: string; team?: string; writers?: 'all' | 'team'; cards: string[] };
export type DemoEvent = { key: string; title: string; format: EventFormat; teams: string[]; boards: DemoBoard[]; meta: EventMeta };

export const DEMO_EVENTS: DemoEvent[] = [
  {
    key: 'strategy',
    title: 'ПРОЕКТируем будущее малых территорий: стратегическая сессия',
    format: 'strategy',
    meta: {
      date: '2019-10-19',
      place: 'Каргополь, районный Дом культуры',
      organiser: 'Проект «ПРОЕКТируем будущее малых территорий» (Фонд президентских грантов)',
      facilitator: 'Екатерина Забалдина',
    },
    teams: ['Каргопольский район', 'Няндомский район', 'Плесецкий район'],
    // Boards, agenda, trees and the vote come from demo/session.ts, trees.ts and votes.ts.
    boards: [],
  },
  {
    key: 'posters',
    title: 'Городской гражданский вернисаж и «Кофе с мэром» (Пермь)',
    format: 'posters',
    meta: {
      date: '2012-11-24',
      place: 'Пермь, городской центр досуга',
      organiser: 'Центр продюсирования городских инициатив',
      facilitator: 'Анна Белова',
    },
    teams: ['Больничные клоуны', 'Пермская зелёная коалиция', 'Родительское сообщество'],
    boards: [
      {
        title: 'Вопросы к мэру',
        cards: ['Как инициативной группе получить помещение для встреч?', 'Будет ли городской конкурс грантов для НКО в этом году?'],
      },
    ],
  },
  {
    key: 'championship',
    title: 'Уральский чемпионат по решению кейсов об управлении городом горожанами',
    format: 'championship',
    meta: {
      date: '2013-04-20',
      place: 'Пермь, конференц-зал городской библиотеки',
      organiser: 'Центр продюсирования городских инициатив',
      facilitator: 'Дмитрий Сафонов',
    },
    teams: ['Команда 1', 'Команда 2', 'Команда 3', 'Команда 4', 'Команда 5', 'Команда 6'],
    boards: [
      {
        title: 'Кейсы чемпионата',
        writers: 'all',
        cards: [
          'Кейс 1. Как вовлечь жителей в благоустройство двора',
          'Кейс 2. Соуправление городом: панель гражданских советников при мэрии',
          'Кейс 3. «Высокая смертность» инициатив: как сделать городские инициативы устойчивыми',
        ],
      },
    ],
  },
];
