/**
 * Grid board templates as data: rows × columns with stable ids and Russian + English labels.
 * A grid board stores only its template id (in the plan) and the facilitator's changes to rows and
 * columns (in the board doc, see shared/doc/grid.ts), so templates can be improved without migrating boards.
 */

export type Lang = 'ru' | 'en';
export type Label = { ru: string; en: string };
export type GridAxisItem = { id: string; label: Label };

export type GridTemplate = {
  id: string;
  title: Label;
  rows: readonly GridAxisItem[];
  columns: readonly GridAxisItem[];
  /** Names of single cells where the cell itself has a meaning (SWOT), keyed by `cellKey`. */
  cells?: Readonly<Record<string, Label>>;
  /** Rows are placeholders the facilitator renames (the 4 programmes). */
  rowsNamedByFacilitator?: boolean;
};

/** One-row templates use this row; its empty label tells the UI not to draw a row header. */
export const SINGLE_ROW = 'all';
const single: readonly GridAxisItem[] = [{ id: SINGLE_ROW, label: { ru: '', en: '' } }];

export const cellKey = (rowId: string, columnId: string): string => `${rowId}:${columnId}`;

const problemsGrowthAdvantages: GridTemplate = {
  id: 'problems-growth-advantages',
  title: { ru: 'Проблемы / точки роста / преимущества', en: 'Problems / growth points / advantages' },
  rows: single,
  columns: [
    { id: 'problems', label: { ru: 'Проблемы', en: 'Problems' } },
    { id: 'growth', label: { ru: 'Точки роста', en: 'Growth points' } },
    { id: 'advantages', label: { ru: 'Преимущества', en: 'Advantages' } },
  ],
};

const swot: GridTemplate = {
  id: 'swot',
  title: { ru: 'SWOT-анализ', en: 'SWOT analysis' },
  rows: [
    { id: 'internal', label: { ru: 'Внутренние факторы', en: 'Internal factors' } },
    { id: 'external', label: { ru: 'Внешние факторы', en: 'External factors' } },
  ],
  columns: [
    { id: 'positive', label: { ru: 'Помогают', en: 'Helpful' } },
    { id: 'negative', label: { ru: 'Мешают', en: 'Harmful' } },
  ],
  cells: {
    [cellKey('internal', 'positive')]: { ru: 'Сильные стороны', en: 'Strengths' },
    [cellKey('internal', 'negative')]: { ru: 'Слабые стороны', en: 'Weaknesses' },
    [cellKey('external', 'positive')]: { ru: 'Возможности', en: 'Opportunities' },
    [cellKey('external', 'negative')]: { ru: 'Угрозы', en: 'Threats' },
  },
};

const programmes: GridTemplate = {
  id: 'programmes-4x4',
  title: { ru: '4 программы × 4 вопроса', en: '4 programmes × 4 questions' },
  rowsNamedByFacilitator: true,
  rows: [1, 2, 3, 4].map((n) => ({ id: `programme-${n}`, label: { ru: `Программа ${n}`, en: `Programme ${n}` } })),
  columns: [
    { id: 'essence', label: { ru: 'Суть', en: 'Essence' } },
    { id: 'breakthroughs', label: { ru: 'Прорывы, цифры, факты', en: 'Breakthroughs, figures, facts' } },
    { id: 'risks', label: { ru: 'Острые вопросы и риски', en: 'Hard questions and risks' } },
    { id: 'partnership', label: { ru: 'Перспективы партнёрства', en: 'Partnership prospects' } },
  ],
};

/** Columns follow the default stakeholder groups of shared/doc/plan.ts (same ids). */
const resourceMatrix: GridTemplate = {
  id: 'resource-matrix',
  title: { ru: 'Матрица ресурсов: кто что может предложить', en: 'Resource matrix: who can offer what' },
  rows: [
    { id: 'premises', label: { ru: 'Помещения', en: 'Premises' } },
    { id: 'volunteers', label: { ru: 'Волонтёры', en: 'Volunteers' } },
    { id: 'equipment', label: { ru: 'Оборудование', en: 'Equipment' } },
    { id: 'expertise', label: { ru: 'Экспертиза', en: 'Expertise' } },
    { id: 'media', label: { ru: 'Информационная поддержка', en: 'Media' } },
    { id: 'money', label: { ru: 'Деньги', en: 'Money' } },
  ],
  columns: [
    { id: 'residents', label: { ru: 'Жители', en: 'Residents' } },
    { id: 'authorities', label: { ru: 'Власть / МСУ', en: 'Authorities' } },
    { id: 'ngo', label: { ru: 'НКО', en: 'NGOs' } },
    { id: 'business', label: { ru: 'Бизнес', en: 'Business' } },
    { id: 'youth', label: { ru: 'Молодёжь', en: 'Youth' } },
  ],
};

const futureBySphere: GridTemplate = {
  id: 'future-by-sphere',
  title: { ru: 'Образ будущего', en: 'Image of the future' },
  rows: single,
  columns: [
    { id: 'economy', label: { ru: 'Экономика', en: 'Economy' } },
    { id: 'environment', label: { ru: 'Среда и экология', en: 'Environment' } },
    { id: 'culture', label: { ru: 'Культура', en: 'Culture' } },
    { id: 'people', label: { ru: 'Люди и сообщества', en: 'People and communities' } },
    { id: 'governance', label: { ru: 'Управление', en: 'Governance' } },
  ],
};

export const GRID_TEMPLATES = {
  'problems-growth-advantages': problemsGrowthAdvantages,
  swot,
  'programmes-4x4': programmes,
  'resource-matrix': resourceMatrix,
  'future-by-sphere': futureBySphere,
} as const satisfies Record<string, GridTemplate>;

export type GridTemplateId = keyof typeof GRID_TEMPLATES;
export const GRID_TEMPLATE_IDS = Object.keys(GRID_TEMPLATES) as GridTemplateId[];

/** A template by id; unknown or missing ids (a board made by a newer version) get an empty grid. */
export function gridTemplate(id: string | null): GridTemplate | null {
  return id !== null && Object.hasOwn(GRID_TEMPLATES, id) ? GRID_TEMPLATES[id as GridTemplateId] : null;
}

export const labelIn = (label: Label, lang: Lang): string => label[lang] || label.ru;
