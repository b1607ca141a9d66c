import type { PassportList, PassportSnapshot, PassportTextField, RowId } from './model';
import { PASSPORT_LIST_NAMES, PASSPORT_TEXT_FIELDS } from './model';
import { FIELD_RULES, LIST_RULES } from './rules';

/**
 * Checks a passport the way a grant portal and its expert would before accepting it: real dates, an
 * end not before its start, calendar rows inside the project's dates, every task with a dated
 * activity and an expected result, numeric targets, registration numbers of the right shape, required
 * answers and their lengths (rules.ts). Returns every problem as data for the editor to show beside
 * its field and for the exports to list as warnings; user data is never a reason to throw.
 * `required` and `list_empty` are the soft kind: a passport is filled over an afternoon.
 */
export const PROBLEM_CODES = [
  'date_invalid',
  'date_order',
  'date_outside',
  'number_not_positive',
  'number_negative',
  'required',
  'too_long',
  'list_empty',
  'task_no_activity',
  'task_no_result',
  'ogrn_invalid',
  'inn_invalid',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export const SOFT_CODES: readonly ProblemCode[] = ['required', 'list_empty'];

export type PassportFieldName = PassportTextField | 'dateStart' | 'dateEnd';
export type FieldProblem =
  | { where: 'field'; field: PassportFieldName; code: ProblemCode }
  | { where: 'list'; list: PassportList; code: ProblemCode }
  | { where: 'row'; list: PassportList; rowId: RowId; cell: string; code: ProblemCode };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` naming a day that exists (no 30 February). */
export function isRealDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** ОГРН: 13 digits (15 for a sole trader's ОГРНИП) whose last digit is the remainder check the tax service uses. */
export function isValidOgrn(s: string): boolean {
  const d = s.trim();
  if (!/^\d{13}$|^\d{15}$/.test(d)) return false;
  const body = BigInt(d.slice(0, -1));
  const mod = d.length === 13 ? 11n : 13n;
  return Number((body % mod) % 10n) === Number(d.at(-1));
}

/** ИНН: 10 digits for an organisation, 12 for a person, with the tax service's weighted check digits. */
export function isValidInn(s: string): boolean {
  const d = s.trim();
  if (!/^\d{10}$|^\d{12}$/.test(d)) return false;
  const digits = [...d].map(Number);
  const check = (weights: number[]) => (weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11) % 10;
  if (d.length === 10) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[9];
  return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[11];
}

export function validatePassport(p: PassportSnapshot): FieldProblem[] {
  const out: FieldProblem[] = [...checkTexts(p)];
  const field = (f: PassportFieldName, code: ProblemCode) => out.push({ where: 'field', field: f, code });
  const start = checkDate(p.dateStart);
  const end = checkDate(p.dateEnd);
  if (start === null) field('dateStart', 'required');
  if (end === null) field('dateEnd', 'required');
  if (start === false) field('dateStart', 'date_invalid');
  if (end === false) field('dateEnd', 'date_invalid');
  if (start && end && end < start) field('dateEnd', 'date_order');
  for (const list of PASSPORT_LIST_NAMES) out.push(...checkList(p, list));
  const project = { start: start || null, end: end || null };
  for (const row of p.calendar) out.push(...checkCalendarRow(row, project));
  for (const row of p.quantitative) {
    const at = (cell: string, code: ProblemCode) => out.push({ where: 'row', list: 'quantitative', rowId: row.id, cell, code });
    if (row.target !== null && !(row.target > 0)) at('target', 'number_not_positive');
    if (row.baseline !== null && row.baseline < 0) at('baseline', 'number_negative');
  }
  for (const row of p.budget) {
    for (const cell of ['requested', 'cofinancing'] as const) {
      const v = row[cell];
      if (v !== null && v < 0) out.push({ where: 'row', list: 'budget', rowId: row.id, cell, code: 'number_negative' });
    }
  }
  out.push(...checkTasks(p));
  return out;
}

function checkTexts(p: PassportSnapshot): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const f of PASSPORT_TEXT_FIELDS) {
    const rule = FIELD_RULES[f];
    const text = p[f].trim();
    if (text === '') {
      if (rule.required) out.push({ where: 'field', field: f, code: 'required' });
      continue;
    }
    if (text.length > rule.max && f !== 'orgOgrn' && f !== 'orgInn') out.push({ where: 'field', field: f, code: 'too_long' });
  }
  if (p.orgOgrn.trim() !== '' && !isValidOgrn(p.orgOgrn)) out.push({ where: 'field', field: 'orgOgrn', code: 'ogrn_invalid' });
  if (p.orgInn.trim() !== '' && !isValidInn(p.orgInn)) out.push({ where: 'field', field: 'orgInn', code: 'inn_invalid' });
  return out;
}

/** A required table with no rows; in every row, the cells the form cannot go without. */
function checkList(p: PassportSnapshot, list: PassportList): FieldProblem[] {
  const rule = LIST_RULES[list];
  const rows = p[list] as readonly Record<string, unknown>[];
  if (rows.length === 0) return rule.required ? [{ where: 'list', list, code: 'list_empty' }] : [];
  const out: FieldProblem[] = [];
  for (const row of rows) {
    for (const cell of rule.cells) {
      const v = row[cell];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === ''))
        out.push({ where: 'row', list, rowId: row.id as RowId, cell, code: 'required' });
    }
  }
  return out;
}

/** Every task needs at least one activity with real dates, and an expected result for it. */
function checkTasks(p: PassportSnapshot): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const task of p.tasks) {
    const rows = p.calendar.filter((r) => r.taskId === task.id);
    if (!rows.some((r) => isRealDate(r.start) && isRealDate(r.end)))
      out.push({ where: 'row', list: 'tasks', rowId: task.id, cell: 'text', code: 'task_no_activity' });
    if (!rows.some((r) => r.result.trim() !== '')) out.push({ where: 'row', list: 'tasks', rowId: task.id, cell: 'text', code: 'task_no_result' });
  }
  return out;
}

/** '' / null when empty, false when not a real date, else the date (ISO strings compare as dates). */
function checkDate(s: string): string | false | null {
  if (s.trim() === '') return null;
  return isRealDate(s) ? s : false;
}

type Span = { start: string | null; end: string | null };

function checkCalendarRow(row: { id: RowId; start: string; end: string }, project: Span): FieldProblem[] {
  const out: FieldProblem[] = [];
  const problem = (cell: string, code: ProblemCode): FieldProblem => ({ where: 'row', list: 'calendar', rowId: row.id, cell, code });
  const start = checkDate(row.start);
  const end = checkDate(row.end);
  if (start === false) out.push(problem('start', 'date_invalid'));
  if (end === false) out.push(problem('end', 'date_invalid'));
  if (start && end && end < start) out.push(problem('end', 'date_order'));
  if (start && !inside(start, project)) out.push(problem('start', 'date_outside'));
  if (end && !inside(end, project)) out.push(problem('end', 'date_outside'));
  return out;
}

const inside = (d: string, span: Span) => (span.start === null || d >= span.start) && (span.end === null || d <= span.end);

/** The problems of one field, table or cell, for an editor showing them inline. */
export function problemsAt(
  problems: readonly FieldProblem[],
  at: { field: string } | { list: PassportList } | { list: PassportList; rowId: RowId; cell: string },
): ProblemCode[] {
  return problems
    .filter((p) => {
      if ('field' in at) return p.where === 'field' && p.field === at.field;
      if ('rowId' in at) return p.where === 'row' && p.list === at.list && p.rowId === at.rowId && p.cell === at.cell;
      return p.where === 'list' && p.list === at.list;
    })
    .map((p) => p.code);
}
