import type { Lang } from './labels';
import { formatDay, formatNumber } from './locale-format';
import { neutraliseCell } from './sanitize';

/**
 * The one CSV writer every CSV export goes through: UTF-8 with a BOM (without it Excel reads
 * Cyrillic as cp1251), CRLF line ends, RFC 4180 quoting. Russian files are Russian all through:
 * `;` between fields (Excel in a Russian locale splits on `;` because `,` is its decimal mark), a
 * decimal comma, dates as dd.mm.yyyy. English files: `,`, a decimal point, ISO dates.
 * Text that a spreadsheet would run as a formula is neutralised; a phone number ("+7 912 …") is not
 * touched, since digits and punctuation cannot call anything.
 */
export type CsvCell = string | number | null | { date: string };

export const CSV_BOM = '\uFEFF';

export const csvSeparator = (lang: Lang): string => (lang === 'ru' ? ';' : ',');

/** A number the way the file's language writes it: at most three decimals, `,` as the mark in Russian, no thousands separator. */
export const csvNumber = (n: number, lang: Lang): string => formatNumber(n, lang, { grouping: false });

/** `2026-11-21` → `21.11.2026` in Russian; anything not a real ISO date stays as it is. */
export const csvDate = (iso: string, lang: Lang): string => formatDay(iso, lang);

export const csvText = (s: string): string => neutraliseCell(s);

function field(c: CsvCell, lang: Lang, sep: string): string {
  if (c === null) return '';
  const text = typeof c === 'number' ? csvNumber(c, lang) : typeof c === 'object' ? csvDate(c.date, lang) : csvText(c);
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(rows: readonly (readonly CsvCell[])[], lang: Lang): string {
  const sep = csvSeparator(lang);
  return `${CSV_BOM}${rows.map((r) => r.map((c) => field(c, lang, sep)).join(sep)).join('\r\n')}\r\n`;
}
