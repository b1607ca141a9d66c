import * as Y from 'yjs';
import { buildDemoTrees } from '../../../electron/host/demo/trees';
import { addRow, initPassport, readPassport, setPassportText, setPassportValue, setRowValue } from '@shared/doc/passport';
import { HOST_ORIGIN, LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PassportSnapshot, RowId } from '@shared/passport/model';
import { fillFromGoalTree } from '@shared/passport/generate';

/** The demo trees (Kargopol / Nyandoma / Plesetsk seeds) and an empty passport beside them. */
export function demoDocs(): { problem: Y.Doc; goal: Y.Doc; passport: Y.Doc } {
  const problem = new Y.Doc();
  const goal = new Y.Doc();
  buildDemoTrees(problem, goal, HOST_ORIGIN);
  const passport = new Y.Doc();
  initPassport(passport, LOCAL_ORIGIN);
  return { problem, goal, passport };
}

/** A passport filled the way a team would after the goal tree stage: seeds 002/003 wording. */
export function filledPassport(): { doc: Y.Doc; snapshot: PassportSnapshot } {
  const { problem, goal, passport: doc } = demoDocs();
  fillFromGoalTree(doc, goal, problem, LOCAL_ORIGIN);
  const o = LOCAL_ORIGIN;
  setPassportText(doc, 'name', 'ПРОЕКТируем будущее малых территорий', o);
  setPassportText(
    doc,
    'summary',
    'Вовлечение жителей и местных сообществ в развитие Каргопольского, Няндомского и Плесецкого районов: стратегические сессии, школа проектов, коворкинг «Коммутатор».',
    o,
  );
  setPassportText(doc, 'geography', 'Каргопольский, Няндомский и Плесецкий районы Архангельской области', o);
  setPassportValue(doc, 'dateStart', '2019-07-01', o);
  setPassportValue(doc, 'dateEnd', '2020-06-30', o);
  setPassportValue(doc, 'scale', 'regional', o);
  setPassportText(doc, 'relevance', 'Малые территории теряют молодёжь; без лидеров и проектных команд ресурсы района не используются.', o);
  addRow(doc, 'groups', { name: 'Молодёжь 14–35 лет', description: 'Жители трёх районов, которые выбирают, остаться ли' }, o);
  addRow(doc, 'groups', { name: 'НКО и ТОС', description: 'Лидеры местных сообществ' }, o);
  setPassportText(doc, 'resources', 'Помещение коворкинга, волонтёры, эксперты Ассоциации.', o);
  setPassportText(doc, 'prospects', 'Сеть коворкингов в малых городах области, межрайонное сотрудничество сообществ.', o);
  addRow(doc, 'quantitative', { indicator: 'Участники стратегических сессий и модулей', baseline: 0, target: 600, unit: 'человек' }, o);
  addRow(doc, 'quantitative', { indicator: 'Стратегические сессии', baseline: 0, target: 3, unit: 'сессии' }, o);
  addRow(doc, 'team', { name: 'Забалдина Екатерина Александровна', role: 'Руководитель проекта' }, o);
  addRow(doc, 'team', { name: 'Иванова Мария', role: 'Модератор стратегических сессий' }, o);
  addRow(doc, 'partners', { name: 'Администрация Каргопольского муниципального округа', supportType: 'Помещение, информационная поддержка' }, o);
  const snap = readPassport(doc);
  const dates: [string, string][] = [
    ['2019-07-01', '2019-09-30'],
    ['2019-09-01', '2019-12-20'],
    ['2019-10-01', '2020-03-31'],
    ['2020-01-15', '2020-05-31'],
    ['2020-02-01', '2020-06-30'],
  ];
  snap.calendar.forEach((r, i) => {
    const [s, e] = dates[i % dates.length]!;
    setRowDates(doc, r.id, s, e);
  });
  return { doc, snapshot: readPassport(doc) };
}

function setRowDates(doc: Y.Doc, id: RowId, start: string, end: string) {
  setRowValue(doc, 'calendar', id, 'start', start, LOCAL_ORIGIN);
  setRowValue(doc, 'calendar', id, 'end', end, LOCAL_ORIGIN);
}

/** Texts a hostile participant might type. */
export const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  '+7 (900) 000-00-00',
  '-2+3',
  '@SUM(A1:A2)',
  '\tTAB',
  '\rCR',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '# not a heading',
  'контроль\u0001символ',
];
