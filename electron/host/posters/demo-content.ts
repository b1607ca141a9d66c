import type { NeedCategory, PosterPatch } from '@shared/doc/poster';
import type { OfferStatus } from '@shared/posters/offers';

/** The Perm civic vernissage's content (seeds/001: «Городские гражданские выходные», poster session of initiatives). */
type Offer = {
  from: string;
  status: OfferStatus;
  offer: { kind: 'offer' | 'volunteer'; category: NeedCategory; text: string; contact: string; shareContact: boolean };
};
type DemoPoster = { team: string; member: string; poster: PosterPatch; comments: { from: string; text: string; answer: string }[]; offers: Offer[] };

export const VISITORS = [
  { name: 'Вера Соловьёва', group: 'residents' },
  { name: 'Пётр Кашин', group: 'business' },
  { name: 'Ольга Третьякова', group: 'authorities' },
  { name: 'Даня Мальцев', group: 'youth' },
] as const;

export const POSTERS: DemoPoster[] = [
  {
    team: 'Больничные клоуны',
    member: 'Анна Дёмина',
    poster: {
      who: 'Волонтёры-клоуны: приходим в детские отделения больниц Перми с 2011 года.',
      problem: 'Дети месяцами лежат в больнице: страх, скука, разлука с домом.',
      doing: 'Еженедельные визиты в палаты, праздники, обучение новых клоунов.',
      results: '4 больницы, 38 клоунов, около 3 000 визитов в год.',
      contacts: 'vk.com/perm_clowns',
      needs: { volunteers: 'Клоуны на выходные, обучение бесплатно', money: 'Грим, костюмы, шары', media: 'Рассказ о нас на городском портале' },
    },
    comments: [{ from: 'Вера Соловьёва', text: 'Можно ли прийти без актёрского опыта?', answer: 'Да! Обучение — шесть занятий, опыт не нужен.' }],
    offers: [
      {
        from: 'Вера Соловьёва',
        status: 'accepted',
        offer: { kind: 'volunteer', category: 'volunteers', text: 'Могу по субботам', contact: '+7 902 000-11-22', shareContact: true },
      },
      {
        from: 'Пётр Кашин',
        status: 'new',
        offer: { kind: 'offer', category: 'money', text: 'Оплатим грим на полгода', contact: 'kashin@example.org', shareContact: false },
      },
    ],
  },
  {
    team: 'Пермская зелёная коалиция',
    member: 'Илья Берёзкин',
    poster: {
      who: 'Коалиция экологических инициатив Перми.',
      problem: 'Мусор на берегах Камы, нет раздельного сбора во дворах.',
      doing: 'Субботники, точки раздельного сбора, экоуроки в школах.',
      results: '12 субботников, 7 точек раздельного сбора, 2 т вторсырья за сезон.',
      contacts: 'green-perm@example.org',
      needs: { volunteers: 'Дежурные на точках сбора', equipment: 'Контейнеры и перчатки', premises: 'Склад для вторсырья' },
    },
    comments: [{ from: 'Даня Мальцев', text: 'Когда ближайший субботник?', answer: 'В субботу в 11:00 у Коммунального моста.' }],
    offers: [
      {
        from: 'Ольга Третьякова',
        status: 'new',
        offer: { kind: 'offer', category: 'premises', text: 'Помещение ТОС под склад', contact: '+7 342 000-00-00', shareContact: true },
      },
      {
        from: 'Даня Мальцев',
        status: 'declined',
        offer: { kind: 'volunteer', category: 'volunteers', text: 'Приведу класс', contact: '', shareContact: false },
      },
    ],
  },
  {
    team: 'Родительское сообщество',
    member: 'Мария Ковалёва',
    poster: {
      who: 'Родители школьников Мотовилихи.',
      problem: 'Небезопасная дорога в школу, мало кружков рядом с домом.',
      doing: 'Родительский патруль, аудит переходов, бесплатные кружки силами родителей.',
      results: '2 новых светофора, 5 кружков, 120 детей.',
      contacts: 't.me/motovilikha_parents',
      needs: { premises: 'Зал для кружков по вечерам', expertise: 'Юрист: как оформить некоммерческую организацию' },
    },
    comments: [
      { from: 'Ольга Третьякова', text: 'Готовы ли вы выступить на комиссии по безопасности дорог?', answer: 'Да, подготовим доклад по аудиту переходов.' },
    ],
    offers: [
      {
        from: 'Пётр Кашин',
        status: 'new',
        offer: { kind: 'offer', category: 'expertise', text: 'Консультация юриста нашей компании', contact: 'law@example.org', shareContact: true },
      },
    ],
  },
  {
    team: 'Тёплые открытки',
    member: 'Лиза Шестакова',
    poster: {
      who: 'Горожане, которые пишут открытки жителям домов престарелых.',
      problem: 'Пожилые люди в интернатах одиноки, праздники проходят незаметно.',
      doing: 'Акции «Открытка к празднику» на городских выходных, визиты с концертами.',
      results: '1 500 открыток, 6 домов престарелых Пермского края.',
      contacts: 'vk.com/warm_cards_perm',
      needs: { partners: 'Типография для печати открыток', media: 'Анонсы акций' },
    },
    comments: [],
    offers: [
      {
        from: 'Вера Соловьёва',
        status: 'new',
        offer: { kind: 'offer', category: 'media', text: 'Сделаю анонс в районной газете', contact: 'vera@example.org', shareContact: false },
      },
    ],
  },
];
