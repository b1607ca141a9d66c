import type * as Y from 'yjs';
import { addRow, initPassport, moveRow, readRows, removeRow, setPassportText, setPassportValue, setRowText, setRowValue } from '@shared/doc/passport';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { calendarRowIdOf, fillFromGoalTree, taskRowIdOf } from '@shared/passport/generate';
import type { RowId } from '@shared/passport/model';
import type { NodeId } from '@shared/tree/types';

/**
 * The Kargopol team's passport, shaped like the seeds' Presidential Grants Fund project
 * ("ПРОЕКТируем будущее малых территорий"): filled from the goal tree first, then edited the way a
 * team does — the tasks outside this project removed, the rest reworded, every activity dated with
 * its expected result — and the sections a team types by hand. The organisation's numbers are made
 * up for the demo (they pass the check digits, and the name says it is a demo).
 */
const o = HOST_ORIGIN;
const node = (id: string) => `g-${id}` as NodeId;
const task = (id: string) => taskRowIdOf(node(id));
const row = (id: string) => calendarRowIdOf(node(id));

/** The goal tree's means this project works on, as the team reworded them. */
const TASKS: [string, string][] = [
  ['leisure', 'Открыть в Каргополе место для встреч, учёбы и проектной работы молодёжи'],
  ['voice', 'Научить молодёжь готовить проекты развития района и защищать их перед властью'],
  ['jobs', 'Связать выпускников с работодателями района через стажировки и консультации'],
];
/** Means outside this project: the team removes them, and a second fill does not bring them back. */
const OTHER_TASKS = ['wages', 'transport', 'housing'];

/** One row per activity (the goal tree's sub-means): [node, activity, start, end, responsible, result]. */
const PLAN: [string, string, string, string, string, string][] = [
  [
    'leisure-space',
    'Открыть коворкинг «Коммутатор» в центральной библиотеке: ремонт, мебель, техника',
    '2026-03-01',
    '2026-04-30',
    'Е. Забалдина, администрация округа',
    'Коворкинг на 30 мест открыт 6 дней в неделю; 300 посещений в первый месяц',
  ],
  [
    'voice-projects',
    'Провести школу местных лидеров: 6 модулей с наставниками из НКО, ТОС и бизнеса',
    '2026-05-01',
    '2026-09-30',
    'Д. Попов, молодёжный совет',
    '40 участников прошли обучение; подготовлено 12 проектов',
  ],
  [
    'leisure-dk',
    'Провести вместе с Домом культуры 8 молодёжных вечеров в новых форматах',
    '2026-05-15',
    '2026-10-31',
    'А. Серова, Дом культуры',
    '8 вечеров, 400 участников; план ДК на 2027 год включает 3 формата молодёжи',
  ],
  [
    'jobs-practice',
    'Организовать стажировки выпускников у предпринимателей района',
    '2026-06-01',
    '2026-11-30',
    'Союз предпринимателей округа',
    '25 выпускников прошли стажировки у 10 работодателей; 8 получили предложение работы',
  ],
  [
    'jobs-business',
    'Провести консультации начинающих предпринимателей в коворкинге',
    '2026-06-15',
    '2026-11-15',
    'Центр «Мой бизнес»',
    '24 консультации; 5 молодых людей зарегистрировали своё дело',
  ],
  [
    'voice-council',
    'Создать молодёжный совет при главе округа и провести публичную защиту проектов',
    '2026-11-16',
    '2026-12-15',
    'Команда проекта, глава округа',
    'Совет утверждён постановлением главы; 8 проектов получили поддержку округа',
  ],
];

export function buildDemoPassport(passport: Y.Doc, goalDoc: Y.Doc, problemDoc: Y.Doc): void {
  initPassport(passport, o);
  fillFromGoalTree(passport, goalDoc, problemDoc, o);
  for (const id of OTHER_TASKS) {
    removeRow(passport, 'tasks', task(id), o);
    for (const r of readRows(passport, 'calendar')) if (r.taskId === task(id)) removeRow(passport, 'calendar', r.id, o);
  }
  for (const [id, text] of TASKS) setRowText(passport, 'tasks', task(id), 'text', text, o);
  for (const [id, activity, start, end, responsible, result] of PLAN) {
    const rowId: RowId = row(id);
    setRowText(passport, 'calendar', rowId, 'activity', activity, o);
    setRowText(passport, 'calendar', rowId, 'responsible', responsible, o);
    setRowText(passport, 'calendar', rowId, 'result', result, o);
    setRowValue(passport, 'calendar', rowId, 'start', start, o);
    setRowValue(passport, 'calendar', rowId, 'end', end, o);
  }
  // Rows stay grouped by task, as on the form; within a task, earliest first.
  for (const id of ['jobs-practice', 'leisure-space', 'voice-projects']) moveRow(passport, 'calendar', row(id), -1, o);
  writeGeneral(passport);
  writeTables(passport);
}

function writeGeneral(passport: Y.Doc): void {
  const text = (field: Parameters<typeof setPassportText>[1], value: string) => setPassportText(passport, field, value, o);
  text('name', 'Молодёжный коворкинг «Коммутатор» в Каргополе');
  text(
    'direction',
    'Поддержка молодёжных проектов, реализация которых охватывает виды деятельности, предусмотренные статьёй 31.1 Федерального закона «О некоммерческих организациях»',
  );
  text(
    'summary',
    'Открытое пространство для встреч, учёбы и проектной работы молодёжи, НКО, ТОС и творческих предпринимателей: школа местных лидеров, стажировки у местного бизнеса, публичные обсуждения с властью.',
  );
  text('geography', 'Каргопольский муниципальный округ Архангельской области');
  text(
    'relevance',
    'За пять лет район потерял каждого пятого жителя моложе 30 лет. Молодёжь уезжает не только за работой: ей негде собираться и не с кем делать своё дело. Опыт проекта «ПРОЕКТируем будущее малых территорий» (более 600 участников в трёх районах) показал, что там, где есть площадка и наставники, появляются команды и проекты.',
  );
  text(
    'budgetNote',
    'Софинансирование: помещение библиотеки передаётся безвозмездно (оценка аренды), администрация округа оплачивает коммунальные услуги, волонтёры молодёжного совета ведут дежурства в коворкинге.',
  );
  text('orgName', 'Автономная некоммерческая организация «Коммутатор» (демонстрационные данные)');
  text('orgOgrn', '1192900004318');
  text('orgInn', '2911008431');
  text('orgAddress', '164110, Архангельская область, г. Каргополь, ул. Победы, д. 12');
  text('resources', 'Помещение библиотеки (безвозмездно), оборудование коворкинга, волонтёры молодёжного совета');
  text('prospects', 'Сеть коворкингов в Няндоме и Плесецке по той же модели; заявка в Фонд президентских грантов на второй год');
  setPassportValue(passport, 'dateStart', '2026-03-01', o);
  setPassportValue(passport, 'dateEnd', '2026-12-31', o);
  setPassportValue(passport, 'scale', 'local', o);
}

function writeTables(passport: Y.Doc): void {
  const groups: [string, string][] = [
    [
      'Молодёжь 16–30 лет',
      'Школьники старших классов, студенты колледжа и работающая молодёжь округа — около 2 000 человек; из них не меньше 300 придут в коворкинг',
    ],
    ['Выпускники школ и колледжа', 'Те, кто выбирает, уезжать или остаться: им нужны стажировки и знакомство с работодателями района'],
    ['Начинающие предприниматели', 'Молодые люди, которые хотят открыть своё дело и не знают, где взять консультацию и первые деньги'],
    ['Активисты ТОС и НКО', 'Лидеры местных сообществ, которым нужны площадка, наставники и выход на власть'],
  ];
  for (const [name, description] of groups) addRow(passport, 'groups', { name, description }, o);
  addRow(passport, 'quantitative', { indicator: 'Посещения коворкинга', baseline: 0, target: 3000, unit: 'посещений' }, o);
  addRow(passport, 'quantitative', { indicator: 'Участники школы местных лидеров', baseline: 0, target: 40, unit: 'чел.' }, o);
  addRow(passport, 'quantitative', { indicator: 'Проекты молодёжи, получившие поддержку', baseline: 1, target: 8, unit: 'шт.' }, o);
  addRow(passport, 'quantitative', { indicator: 'Выпускники, прошедшие стажировку', baseline: 3, target: 25, unit: 'чел.' }, o);
  setPassportText(
    passport,
    'qualitativeResults',
    'У молодёжи Каргополя есть своё место для встреч и проектов; молодые люди знают, как подготовить проект и к кому идти за поддержкой; работодатели района видят в выпускниках будущих сотрудников; молодёжный совет участвует в решениях округа.',
    o,
  );
  const budget: [string, number, number][] = [
    ['Оплата труда (руководитель, координатор, 6 наставников)', 624_000, 0],
    ['Ремонт и оснащение помещения коворкинга', 480_000, 150_000],
    ['Аренда помещения', 0, 180_000],
    ['Проведение мероприятий (школа лидеров, вечера, защита проектов)', 210_000, 40_000],
    ['Издательские и информационные расходы', 66_000, 0],
  ];
  for (const [category, requested, cofinancing] of budget) addRow(passport, 'budget', { category, requested, cofinancing }, o);
  const team: [string, string, string][] = [
    [
      'Забалдина Екатерина Александровна',
      'Руководитель проекта',
      'Руководила проектом «ПРОЕКТируем будущее малых территорий» (Фонд президентских грантов, 600 участников); 10 лет в НКО',
    ],
    ['Попов Даниил Сергеевич', 'Координатор школы местных лидеров', 'Председатель молодёжного совета; провёл 3 стратегические сессии в районе'],
    ['Серова Анна Викторовна', 'Куратор мероприятий', 'Художественный руководитель Дома культуры, 12 лет работы с молодёжью'],
    ['Ильин Михаил Петрович', 'Наставник по предпринимательству', 'Владелец двух предприятий округа, ментор центра «Мой бизнес»'],
  ];
  for (const [name, role, experience] of team) addRow(passport, 'team', { name, role, experience }, o);
  const risks: [string, string][] = [
    ['Ремонт помещения затянется', 'Договор с подрядчиком с датами и штрафами; школа лидеров первые недели идёт в читальном зале библиотеки'],
    ['Молодёжь не придёт в коворкинг', 'Программу составляет молодёжный совет; приглашения через школы, колледж и группы округа в VK'],
    ['Работодатели не возьмут стажёров', 'Соглашения с Союзом предпринимателей заранее; наставник по предпринимательству ищет места лично'],
  ];
  for (const [risk, mitigation] of risks) addRow(passport, 'risks', { risk, mitigation }, o);
  const media: [string, string, string][] = [
    ['Группа проекта во «ВКонтакте»', 'Анонсы и отчёты о каждом мероприятии, истории участников', 'Еженедельно, март — декабрь'],
    ['Газета «Каргопольский вестник»', 'Статьи об открытии коворкинга и о защите проектов', 'Апрель, декабрь'],
    ['Сайт администрации округа', 'Новости проекта и набор в школу лидеров', 'Ежемесячно'],
  ];
  for (const [channel, content, period] of media) addRow(passport, 'media', { channel, content, period }, o);
  addRow(passport, 'partners', { name: 'Администрация Каргопольского округа', supportType: 'Помещение, информационная поддержка' }, o);
  addRow(passport, 'partners', { name: 'Каргопольская центральная библиотека', supportType: 'Площадка' }, o);
}
