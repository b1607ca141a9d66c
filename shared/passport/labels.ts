import type { PassportScale, PassportTextField } from './model';

/**
 * Labels of the passport exports, worded as on Russian grant forms (Фонд президентских грантов,
 * Росмолодёжь) and in plain English. The exports run on the host and in tests, without the
 * renderer's i18n, so they carry their own table.
 */
export const EXPORT_LANGS = ['ru', 'en'] as const;
export type ExportLang = (typeof EXPORT_LANGS)[number];

export type PassportLabels = {
  title: string;
  untitled: string;
  sections: { general: string; rationale: string; goal: string; calendar: string; results: string; team: string; partners: string; more: string };
  fields: Record<PassportTextField | 'dates' | 'scale' | 'tasks' | 'quantitative', string>;
  scales: Record<PassportScale, string>;
  columns: {
    calendar: { n: string; task: string; activity: string; start: string; end: string; responsible: string; result: string };
    quantitative: { n: string; indicator: string; number: string; unit: string };
    team: { n: string; name: string; role: string };
    partners: { n: string; name: string; supportType: string };
  };
  datesRange: (start: string, end: string) => string;
  empty: string;
  sheet: string;
};

const ru: PassportLabels = {
  title: 'Паспорт проекта',
  untitled: 'Проект без названия',
  sections: {
    general: '1. Общая информация о проекте',
    rationale: '2. Обоснование социальной значимости',
    goal: '3. Цель и задачи проекта',
    calendar: '4. Календарный план',
    results: '5. Ожидаемые результаты',
    team: '6. Команда проекта',
    partners: '7. Партнёры проекта',
    more: '8. Ресурсы и перспективы',
  },
  fields: {
    name: 'Название проекта',
    summary: 'Краткая информация о проекте',
    geography: 'География реализации проекта',
    dates: 'Сроки реализации',
    scale: 'Масштаб проекта',
    problem: 'Описание проблемы, решению или снижению остроты которой посвящён проект',
    relevance: 'Актуальность и социальная значимость проекта',
    causes: 'Причины возникновения проблемы',
    consequences: 'Последствия нерешения проблемы',
    targetGroups: 'Основные целевые группы, на которые направлен проект',
    goal: 'Цель проекта',
    tasks: 'Задачи проекта',
    quantitative: 'Количественные результаты',
    qualitativeResults: 'Качественные результаты',
    resources: 'Ресурсы проекта',
    prospects: 'Перспектива развития и потенциал проекта',
  },
  scales: { local: 'Местный', regional: 'Региональный', interregional: 'Межрегиональный', national: 'Всероссийский' },
  columns: {
    calendar: {
      n: '№',
      task: 'Решаемая задача',
      activity: 'Мероприятие',
      start: 'Дата начала',
      end: 'Дата окончания',
      responsible: 'Ответственный',
      result: 'Ожидаемые результаты',
    },
    quantitative: { n: '№', indicator: 'Показатель', number: 'Значение', unit: 'Единица измерения' },
    team: { n: '№', name: 'ФИО', role: 'Роль в проекте' },
    partners: { n: '№', name: 'Наименование партнёра', supportType: 'Тип поддержки' },
  },
  datesRange: (start, end) => `${start || '…'} — ${end || '…'}`,
  empty: '—',
  sheet: 'Календарный план',
};

const en: PassportLabels = {
  title: 'Project passport',
  untitled: 'Untitled project',
  sections: {
    general: '1. About the project',
    rationale: '2. Rationale and social significance',
    goal: '3. Goal and tasks',
    calendar: '4. Calendar plan',
    results: '5. Expected results',
    team: '6. Project team',
    partners: '7. Partners',
    more: '8. Resources and prospects',
  },
  fields: {
    name: 'Project name',
    summary: 'Summary',
    geography: 'Geography',
    dates: 'Dates',
    scale: 'Scale',
    problem: 'The problem the project solves or eases',
    relevance: 'Relevance and social significance',
    causes: 'Causes of the problem',
    consequences: 'Consequences of leaving it unsolved',
    targetGroups: 'Target groups',
    goal: 'Project goal',
    tasks: 'Tasks',
    quantitative: 'Quantitative results',
    qualitativeResults: 'Qualitative results',
    resources: 'Resources',
    prospects: 'Prospects and potential',
  },
  scales: { local: 'Local', regional: 'Regional', interregional: 'Interregional', national: 'National' },
  columns: {
    calendar: { n: 'No.', task: 'Task', activity: 'Activity', start: 'Start', end: 'End', responsible: 'Responsible', result: 'Expected result' },
    quantitative: { n: 'No.', indicator: 'Indicator', number: 'Value', unit: 'Unit' },
    team: { n: 'No.', name: 'Name', role: 'Role in the project' },
    partners: { n: 'No.', name: 'Partner', supportType: 'Type of support' },
  },
  datesRange: (start, end) => `${start || '…'} – ${end || '…'}`,
  empty: '—',
  sheet: 'Calendar plan',
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
