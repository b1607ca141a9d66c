import type { Lang } from './labels';
import { neutraliseCell } from './sanitize';
import { CSV_BOM, csvSeparator } from './votes-csv';
import type { MatrixRow } from '../posters/matrix';
import { matrixTable } from '../posters/matrix';

/** Needs ↔ offers as CSV: BOM, CRLF, `;` for Russian, RFC 4180 quoting, formula-neutralised cells (as votes-csv.ts). */
export function buildMatrixCsv(rows: readonly MatrixRow[], lang: Lang): string {
  const sep = csvSeparator(lang);
  const { header, cells } = matrixTable(rows, lang);
  const field = (c: string) => {
    const text = neutraliseCell(c);
    return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${CSV_BOM}${[header, ...cells].map((r) => r.map(field).join(sep)).join('\r\n')}\r\n`;
}
