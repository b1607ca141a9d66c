import type { Lang } from './labels';
import { labelsFor } from './labels';
import { neutraliseCell } from './sanitize';
import type { EventSnapshot } from './snapshot';
import type { VoteCell } from './votes-table';
import { voteTables } from './votes-table';

/**
 * Votes as CSV for spreadsheets: UTF-8 with a BOM (without it Excel reads Cyrillic as cp1251),
 * CRLF line ends, RFC 4180 quoting. The separator follows the language: `;` for Russian (Excel
 * in a Russian locale splits on `;` because `,` is its decimal mark), `,` for English. Every vote
 * is in one file, its title in the first column. Text cells are formula-neutralised.
 */
export const CSV_BOM = '\uFEFF';

export const csvSeparator = (lang: Lang): string => (lang === 'ru' ? ';' : ',');

export function buildVotesCsv(s: EventSnapshot, voteId?: string): string {
  const sep = csvSeparator(s.lang);
  const L = labelsFor(s.lang).votes;
  const lines: string[] = [];
  for (const t of voteTables(s, voteId)) {
    if (lines.length === 0) lines.push(row([L.vote, ...t.header], sep));
    for (const r of t.rows) lines.push(row([t.title, ...r], sep));
    if (!t.closed) lines.push(row([t.title, null, t.note], sep));
  }
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

function row(cells: readonly VoteCell[], sep: string): string {
  return cells.map((c) => field(c, sep)).join(sep);
}

function field(c: VoteCell, sep: string): string {
  if (c === null) return '';
  if (typeof c === 'number') return String(c);
  const text = neutraliseCell(c);
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
