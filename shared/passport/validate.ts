import type { PassportList, PassportSnapshot, RowId } from './model';

/**
 * Checks a passport the way a grant expert would before reading it: real dates, an end not before
 * its start, calendar rows inside the project's dates, positive numbers. Returns every problem as
 * data for the editor to show beside its field; user data is never a reason to throw. Empty
 * fields are not problems — a passport is filled over an afternoon.
 */
export const PROBLEM_CODES = ['date_invalid', 'date_order', 'date_outside', 'number_not_positive'] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type FieldProblem =
  { where: 'field'; field: 'dateStart' | 'dateEnd'; code: ProblemCode } | { where: 'row'; list: PassportList; rowId: RowId; cell: string; code: ProblemCode };

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

export function validatePassport(p: PassportSnapshot): FieldProblem[] {
  const out: FieldProblem[] = [];
  const start = checkDate(p.dateStart);
  const end = checkDate(p.dateEnd);
  if (start === false) out.push({ where: 'field', field: 'dateStart', code: 'date_invalid' });
  if (end === false) out.push({ where: 'field', field: 'dateEnd', code: 'date_invalid' });
  if (start && end && end < start) out.push({ where: 'field', field: 'dateEnd', code: 'date_order' });
  const project = { start: start || null, end: end || null };
  for (const row of p.calendar) out.push(...checkCalendarRow(row, project));
  for (const row of p.quantitative) {
    if (row.number !== null && !(row.number > 0)) out.push({ where: 'row', list: 'quantitative', rowId: row.id, cell: 'number', code: 'number_not_positive' });
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

/** The problems of one field or cell, for an editor showing them inline. */
export function problemsAt(problems: readonly FieldProblem[], at: { field: string } | { list: PassportList; rowId: RowId; cell: string }): ProblemCode[] {
  return problems
    .filter((p) =>
      'field' in at ? p.where === 'field' && p.field === at.field : p.where === 'row' && p.list === at.list && p.rowId === at.rowId && p.cell === at.cell,
    )
    .map((p) => p.code);
}
