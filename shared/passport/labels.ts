import type { PassportList, PassportScale, PassportTextField } from './model';
import type { ProblemCode } from './validate';

/**
 * Labels of the passport exports, worded as on Russian grant forms (the Presidential Grants Fund's
 * application is the model, docs/passport.md) and in plain English. The exports run on the host and
 * in tests, without the renderer's i18n, so they carry their own table.
 */
export const EXPORT_LANGS = ['ru', 'en'] as const;
export type ExportLang = (typeof EXPORT_LANGS)[number];

export const PASSPORT_SECTIONS = [
  'general',
  'rationale',
  'groups',
  'goal',
  'calendar',
  'results',
  'budget',
  'team',
  'organisation',
  'risks',
  'media',
  'more',
] as const;
export type PassportSection = (typeof PASSPORT_SECTIONS)[number];

type Columns = {
  groups: { name: string; description: string };
  tasks: { text: string };
  calendar: { task: string; activity: string; start: string; end: string; responsible: string; result: string };
  quantitative: { indicator: string; baseline: string; target: string; unit: string };
  budget: { category: string; requested: string; cofinancing: string };
  team: { name: string; role: string; experience: string };
  risks: { risk: string; mitigation: string };
  media: { channel: string; content: string; period: string };
  partners: { name: string; supportType: string };
};

export type PassportLabels = {
  title: string;
  untitled: string;
  sections: Record<PassportSection, string>;
  fields: Record<PassportTextField | 'dates' | 'scale' | 'dateStart' | 'dateEnd', string>;
  lists: Record<PassportList, string>;
  scales: Record<PassportScale, string>;
  n: string;
  columns: Columns;
  total: string;
  datesRange: (start: string, end: string) => string;
  empty: string;
  sheet: string;
  /** Sheet names (a spreadsheet allows 31 characters) of the indicator and budget tables in the XLSX. */
  sheets: { indicators: string; budget: string };
  warnings: { heading: string; intro: string; sheet: string; row: (n: number) => string };
  problems: Record<ProblemCode, string>;
};

const ru: PassportLabels = {
  title: 'Паспорт проекта',
  untitled: 'Проект без названия',
  sections: {
    general: '1. Общая информация о проекте',
    rationale: '2. Обоснование социальной значимости',
    groups: '3. Целевые группы',
    goal: '4. Цель и задачи проекта',
    calendar: '5. Календарный план',
    results: '6. Ожидаемые результаты',
    budget: '7. Бюджет проекта',
    team: '8. Команда проекта',
    organisation: '9. Организация-заявитель',
    risks: '10. Риски проекта',
    media: '11. Информационное сопровождение (медиаплан)',
    more: '12. Партнёры, ресурсы и перспективы',
  },
  fields: {
    name: 'Название проекта',
    direction: 'Грантовое направление',
    summary: 'Краткое описание проекта',
    geography: 'География реализации проекта',
    dates: 'Сроки реализации',
    dateStart: 'Дата начала реализации',
    dateEnd: 'Дата окончания реализации',
    scale: 'Масштаб проекта',
    problem: 'Описание проблемы, решению или снижению остроты которой посвящён проект',
    relevance: 'Обоснование актуальности и социальной значимости проекта',
    causes: 'Причины возникновения проблемы',
    consequences: 'Последствия нерешения проблемы',
    goal: 'Цель проекта',
    qualitativeResults: 'Качественные результаты',
    budgetNote: 'Комментарий к бюджету и источники софинансирования',
    orgName: 'Полное наименование организации',
    orgOgrn: 'ОГРН',
    orgInn: 'ИНН',
    orgAddress: 'Адрес (место нахождения)',
    resources: 'Ресурсы проекта',
    prospects: 'Перспектива развития и потенциал проекта',
  },
  lists: {
    groups: 'Целевые группы',
    tasks: 'Задачи проекта',
    calendar: 'Календарный план',
    quantitative: 'Количественные результаты (показатели)',
    budget: 'Бюджет проекта',
    team: 'Команда проекта',
    risks: 'Риски проекта',
    media: 'Медиаплан',
    partners: 'Партнёры проекта',
  },
  scales: { local: 'Местный', regional: 'Региональный', interregional: 'Межрегиональный', national: 'Всероссийский' },
  n: '№',
  columns: {
    groups: { name: 'Целевая группа', description: 'Описание' },
    tasks: { text: 'Задача' },
    calendar: {
      task: 'Решаемая задача',
      activity: 'Мероприятие',
      start: 'Дата начала',
      end: 'Дата окончания',
      responsible: 'Ответственный',
      result: 'Ожидаемые результаты',
    },
    quantitative: { indicator: 'Показатель', baseline: 'Исходное значение', target: 'Целевое значение', unit: 'Единица измерения' },
    budget: { category: 'Статья расходов', requested: 'Запрашиваемая сумма, руб.', cofinancing: 'Софинансирование, руб.' },
    team: { name: 'ФИО', role: 'Роль в проекте', experience: 'Опыт и квалификация' },
    risks: { risk: 'Риск', mitigation: 'Меры по снижению' },
    media: { channel: 'Канал', content: 'Что публикуем', period: 'Сроки' },
    partners: { name: 'Наименование партнёра', supportType: 'Тип поддержки' },
  },
  total: 'Итого',
  datesRange: (start, end) => `${start || '…'} — ${end || '…'}`,
  empty: '—',
  sheet: 'Календарный план',
  sheets: { indicators: 'Показатели', budget: 'Бюджет' },
  warnings: {
    heading: 'Замечания проверки',
    intro: 'Перед подачей заявки исправьте:',
    sheet: 'Замечания',
    row: (n) => `строка ${n}`,
  },
  problems: {
    date_invalid: 'такой даты нет',
    date_order: 'окончание раньше начала',
    date_outside: 'вне сроков проекта',
    number_not_positive: 'нужно число больше нуля',
    number_negative: 'число не может быть отрицательным',
    required: 'не заполнено',
    too_long: 'длиннее, чем допускает форма',
    list_empty: 'нет ни одной строки',
    task_no_activity: 'у задачи нет мероприятия с датами',
    task_no_result: 'у задачи нет ожидаемого результата',
    ogrn_invalid: 'ОГРН должен быть из 13 цифр (ОГРНИП — 15) с верной контрольной цифрой',
    inn_invalid: 'ИНН должен быть из 10 цифр (у человека — 12) с верными контрольными цифрами',
  },
};

const en: PassportLabels = {
  title: 'Project passport',
  untitled: 'Untitled project',
  sections: {
    general: '1. About the project',
    rationale: '2. Rationale and social significance',
    groups: '3. Target groups',
    goal: '4. Goal and tasks',
    calendar: '5. Calendar plan',
    results: '6. Expected results',
    budget: '7. Budget',
    team: '8. Project team',
    organisation: '9. Applicant organisation',
    risks: '10. Risks',
    media: '11. Media plan',
    more: '12. Partners, resources and prospects',
  },
  fields: {
    name: 'Project name',
    direction: 'Grant area',
    summary: 'Summary',
    geography: 'Geography',
    dates: 'Dates',
    dateStart: 'Start date',
    dateEnd: 'End date',
    scale: 'Scale',
    problem: 'The problem the project solves or eases',
    relevance: 'Relevance and social significance',
    causes: 'Causes of the problem',
    consequences: 'Consequences of leaving it unsolved',
    goal: 'Project goal',
    qualitativeResults: 'Qualitative results',
    budgetNote: 'Budget notes and co-financing sources',
    orgName: 'Full name of the organisation',
    orgOgrn: 'OGRN (state registration number)',
    orgInn: 'INN (taxpayer number)',
    orgAddress: 'Address',
    resources: 'Resources',
    prospects: 'Prospects and potential',
  },
  lists: {
    groups: 'Target groups',
    tasks: 'Tasks',
    calendar: 'Calendar plan',
    quantitative: 'Quantitative results (indicators)',
    budget: 'Budget',
    team: 'Project team',
    risks: 'Risks',
    media: 'Media plan',
    partners: 'Partners',
  },
  scales: { local: 'Local', regional: 'Regional', interregional: 'Interregional', national: 'National' },
  n: 'No.',
  columns: {
    groups: { name: 'Target group', description: 'Description' },
    tasks: { text: 'Task' },
    calendar: { task: 'Task', activity: 'Activity', start: 'Start', end: 'End', responsible: 'Responsible', result: 'Expected result' },
    quantitative: { indicator: 'Indicator', baseline: 'Baseline', target: 'Target', unit: 'Unit' },
    budget: { category: 'Cost category', requested: 'Requested, RUB', cofinancing: 'Co-financing, RUB' },
    team: { name: 'Name', role: 'Role in the project', experience: 'Experience' },
    risks: { risk: 'Risk', mitigation: 'Mitigation' },
    media: { channel: 'Channel', content: 'What we publish', period: 'When' },
    partners: { name: 'Partner', supportType: 'Type of support' },
  },
  total: 'Total',
  datesRange: (start, end) => `${start || '…'} – ${end || '…'}`,
  empty: '—',
  sheet: 'Calendar plan',
  sheets: { indicators: 'Indicators', budget: 'Budget' },
  warnings: { heading: 'Validation warnings', intro: 'Fix before submitting the application:', sheet: 'Warnings', row: (n) => `row ${n}` },
  problems: {
    date_invalid: 'no such date',
    date_order: 'ends before it starts',
    date_outside: 'outside the project dates',
    number_not_positive: 'must be a number above zero',
    number_negative: 'cannot be negative',
    required: 'not filled in',
    too_long: 'longer than the form allows',
    list_empty: 'no rows',
    task_no_activity: 'the task has no dated activity',
    task_no_result: 'the task has no expected result',
    ogrn_invalid: 'OGRN must be 13 digits (15 for a sole trader) with a valid check digit',
    inn_invalid: 'INN must be 10 digits (12 for a person) with valid check digits',
  },
};

export const PASSPORT_LABELS: Record<ExportLang, PassportLabels> = { ru, en };

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2019-07-01` as `01.07.2019` (ru) or `1 Jul 2019` (en); anything else is shown as typed. */
export function formatDate(iso: string, lang: ExportLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  if (lang === 'ru') return `${d}.${mo}.${y}`;
  return `${Number(d)} ${MONTHS_EN[Number(mo) - 1] ?? mo} ${y}`;
}

/** A sum in roubles as people write it: `1 250 000` (ru, narrow no-break spaces) or `1,250,000` (en). */
export function formatAmount(n: number | null, lang: ExportLang): string {
  if (n === null) return '';
  return n.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 2 });
}
