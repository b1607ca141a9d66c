import type { PassportSnapshot } from './model';
import type { ExportLang } from './labels';
import { PASSPORT_LABELS, formatDate } from './labels';
import type { FieldProblem } from './validate';
import { validatePassport } from './validate';

/**
 * The validation problems in words, for the exports' warnings section and the export menu: where
 * (section, table, row number, column) and what, with the offending date as typed, so an organiser
 * can find "Календарный план, строка 3, Дата начала: такой даты нет (30.02.2026)" without the editor.
 */
export function passportWarnings(p: PassportSnapshot, lang: ExportLang, problems: readonly FieldProblem[] = validatePassport(p)): string[] {
  const L = PASSPORT_LABELS[lang];
  return problems.map((pr) => {
    const what = L.problems[pr.code];
    if (pr.where === 'field') {
      const raw = pr.field === 'dateStart' || pr.field === 'dateEnd' ? p[pr.field] : '';
      return `${L.fields[pr.field]}: ${what}${pr.code === 'date_invalid' ? ` (${formatDate(raw, lang)})` : ''}`;
    }
    if (pr.where === 'list') return `${L.lists[pr.list]}: ${what}`;
    const rows = p[pr.list] as readonly { id: string }[];
    const i = rows.findIndex((r) => r.id === pr.rowId);
    const row = rows[i] as Record<string, unknown> | undefined;
    const columns = L.columns[pr.list] as Record<string, string>;
    const raw = row && typeof row[pr.cell] === 'string' ? (row[pr.cell] as string) : '';
    const cell = pr.list === 'tasks' ? '' : `, ${columns[pr.cell] ?? pr.cell}`;
    return `${L.lists[pr.list]}, ${L.warnings.row(i + 1)}${cell}: ${what}${pr.code === 'date_invalid' ? ` (${formatDate(raw, lang)})` : ''}`;
  });
}
