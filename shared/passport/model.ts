/**
 * The project passport ("логика социального проекта", docs/passport.md): field names, row shapes and the
 * plain snapshot every reader (editor, validation, generation, exports) works from. The Y.Doc
 * layout lives in ../doc/passport.ts; nothing here knows about Yjs.
 */

/** Free-text sections, co-typed live (each one a Y.Text). Order = order on the grant form. */
export const PASSPORT_TEXT_FIELDS = [
  'name',
  'direction',
  'summary',
  'geography',
  'problem',
  'relevance',
  'causes',
  'consequences',
  'goal',
  'qualitativeResults',
  'budgetNote',
  'orgName',
  'orgOgrn',
  'orgInn',
  'orgAddress',
  'resources',
  'prospects',
] as const;
export type PassportTextField = (typeof PASSPORT_TEXT_FIELDS)[number];

/** Масштаб проекта: местный, региональный, межрегиональный, всероссийский. */
export const PASSPORT_SCALES = ['local', 'regional', 'interregional', 'national'] as const;
export type PassportScale = (typeof PASSPORT_SCALES)[number];

/** Scalar fields: last writer wins, which is right for a date or a choice. Dates are `YYYY-MM-DD`. */
export const PASSPORT_VALUE_FIELDS = ['dateStart', 'dateEnd', 'scale'] as const;
export type PassportValueField = (typeof PASSPORT_VALUE_FIELDS)[number];

/**
 * Table sections. `texts` are co-typed cells (Y.Text), `values` are scalar cells (dates, numbers,
 * a link to a task row). Rows are ordered by a fractional key, never by position in an array.
 */
export const PASSPORT_LISTS = {
  groups: { texts: ['name', 'description'], values: [] },
  tasks: { texts: ['text'], values: [] },
  calendar: { texts: ['activity', 'responsible', 'result'], values: ['taskId', 'start', 'end'] },
  quantitative: { texts: ['indicator', 'unit'], values: ['baseline', 'target'] },
  budget: { texts: ['category'], values: ['requested', 'cofinancing'] },
  team: { texts: ['name', 'role', 'experience'], values: [] },
  risks: { texts: ['risk', 'mitigation'], values: [] },
  media: { texts: ['channel', 'content', 'period'], values: [] },
  partners: { texts: ['name', 'supportType'], values: [] },
} as const;
export type PassportList = keyof typeof PASSPORT_LISTS;
export const PASSPORT_LIST_NAMES = Object.keys(PASSPORT_LISTS) as PassportList[];
export type TextCell<L extends PassportList> = (typeof PASSPORT_LISTS)[L]['texts'][number];
export type ValueCell<L extends PassportList> = (typeof PASSPORT_LISTS)[L]['values'][number];
export type RowId = string & { readonly __brand: 'PassportRowId' };

/** Value cells holding a number (a figure in roubles or units); every other value cell is a string. */
export const NUMBER_CELLS = ['baseline', 'target', 'requested', 'cofinancing'] as const;
export type NumberCell = (typeof NUMBER_CELLS)[number];
export const isNumberCell = (cell: string): cell is NumberCell => (NUMBER_CELLS as readonly string[]).includes(cell);

type RowBase = { id: RowId; order: string };
export type GroupRow = RowBase & { name: string; description: string };
export type TaskRow = RowBase & { text: string };
export type CalendarRow = RowBase & { taskId: RowId | null; activity: string; start: string; end: string; responsible: string; result: string };
export type QuantitativeRow = RowBase & { indicator: string; unit: string; baseline: number | null; target: number | null };
export type BudgetRow = RowBase & { category: string; requested: number | null; cofinancing: number | null };
export type TeamRow = RowBase & { name: string; role: string; experience: string };
export type RiskRow = RowBase & { risk: string; mitigation: string };
export type MediaRow = RowBase & { channel: string; content: string; period: string };
export type PartnerRow = RowBase & { name: string; supportType: string };
export type RowOf = {
  groups: GroupRow;
  tasks: TaskRow;
  calendar: CalendarRow;
  quantitative: QuantitativeRow;
  budget: BudgetRow;
  team: TeamRow;
  risks: RiskRow;
  media: MediaRow;
  partners: PartnerRow;
};

export type PassportSnapshot = Record<PassportTextField, string> & {
  dateStart: string;
  dateEnd: string;
  scale: PassportScale | null;
} & { [L in PassportList]: RowOf[L][] };

/** A long section is a few pages of a grant form, never a book. */
export const MAX_FIELD_TEXT = 20_000;
export const MAX_CELL_TEXT = 2_000;
/** Enough for any real calendar plan; stops a runaway client from growing the doc without end. */
export const MAX_ROWS = 500;

export function emptyPassport(): PassportSnapshot {
  const texts = Object.fromEntries(PASSPORT_TEXT_FIELDS.map((f) => [f, ''])) as Record<PassportTextField, string>;
  const lists = Object.fromEntries(PASSPORT_LIST_NAMES.map((l) => [l, []])) as unknown as { [L in PassportList]: RowOf[L][] };
  return { ...texts, dateStart: '', dateEnd: '', scale: null, ...lists };
}

/** The text of the task a calendar row points at ('' when unlinked or the task was removed). */
export function taskTextOf(p: Pick<PassportSnapshot, 'tasks'>, taskId: RowId | null): string {
  if (taskId === null) return '';
  return p.tasks.find((t) => t.id === taskId)?.text ?? '';
}

/** Caps text without splitting a surrogate pair. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
