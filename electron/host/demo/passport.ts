import type * as Y from 'yjs';
import { addRow, initPassport, readRows, setPassportText, setPassportValue } from '@shared/doc/passport';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { fillFromGoalTree } from '@shared/passport/generate';

/**
 * The Kargopol team's passport, shaped like the seeds' Presidential Grants Fund project
 * ("ПРОЕКТируем будущее малых территорий"): filled from the goal tree first, then the fields a
 * team types by hand — dates, geography, calendar plan, figures, team and partners.
 */
export function buildDemoPassport(passport: Y.Doc, goalDoc: Y.Doc, problemDoc: Y.Doc): void {
  const o = HOST_ORIGIN;
  initPassport(passport, o);
  fillFromGoalTree(passport, goalDoc, problemDoc, o);
  setPassportText(passport, 'name', 'Молодёжный коворкинг «Коммутатор» в Каргополе', o);
  setPassportText(
    passport,
    'summary',
    'Открытое пространство для встреч, учёбы и проектной работы молодёжи, НКО, ТОС и творческих предпринимателей: школа местных лидеров, стажировки у местного бизнеса, публичные обсуждения с властью.',
    o,
  );
  setPassportText(passport, 'geography', 'Каргопольский муниципальный округ Архангельской области', o);
  setPassportText(
    passport,
    'relevance',
    'За пять лет район потерял каждого пятого жителя моложе 30 лет. Молодёжь уезжает не только за работой: ей негде собираться и не с кем делать своё дело.',
    o,
  );
  setPassportText(passport, 'targetGroups', 'Молодёжь 16–30 лет; выпускники школ и колледжа; начинающие предприниматели; активисты ТОС и НКО', o);
  setPassportText(passport, 'resources', 'Помещение библиотеки (безвозмездно), оборудование коворкинга, волонтёры молодёжного совета', o);
  setPassportText(passport, 'prospects', 'Сеть коворкингов в Няндоме и Плесецке по той же модели; заявка в Фонд президентских грантов на второй год', o);
  setPassportValue(passport, 'dateStart', '2026-03-01', o);
  setPassportValue(passport, 'dateEnd', '2026-12-31', o);
  setPassportValue(passport, 'scale', 'local', o);
  const tasks = readRows(passport, 'tasks');
  const plan: [string, string, string, string][] = [
    ['Ремонт и оснащение помещения в библиотеке', '2026-03-01', '2026-04-30', 'Администрация, Дом культуры'],
    ['Школа местных лидеров: 6 модулей', '2026-05-01', '2026-09-30', 'Молодёжный совет'],
    ['Стажировки у предпринимателей района', '2026-06-01', '2026-11-30', 'Союз предпринимателей'],
    ['Публичная защита проектов перед главой округа', '2026-12-01', '2026-12-15', 'Команда проекта'],
  ];
  plan.forEach(([activity, start, end, responsible], i) =>
    addRow(passport, 'calendar', { activity, start, end, responsible, result: '', taskId: tasks[i]?.id ?? null }, o),
  );
  addRow(passport, 'quantitative', { indicator: 'Участники школы местных лидеров', number: 40, unit: 'чел.' }, o);
  addRow(passport, 'quantitative', { indicator: 'Проекты молодёжи, получившие поддержку', number: 8, unit: 'шт.' }, o);
  addRow(passport, 'team', { name: 'Екатерина Забалдина', role: 'Руководитель проекта' }, o);
  addRow(passport, 'team', { name: 'Даниил Попов', role: 'Координатор молодёжного совета' }, o);
  addRow(passport, 'partners', { name: 'Администрация Каргопольского округа', supportType: 'Помещение, информационная поддержка' }, o);
  addRow(passport, 'partners', { name: 'Каргопольская центральная библиотека', supportType: 'Площадка' }, o);
}
