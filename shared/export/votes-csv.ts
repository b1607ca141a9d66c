import { labelsFor } from './labels';
import type { EventSnapshot } from './snapshot';
import type { VoteCell } from './votes-table';
import { voteTables } from './votes-table';
import type { CsvCell } from './csv';
import { buildCsv } from './csv';

/** Votes as CSV through the one CSV writer (csv.ts): every vote in one file, its title in the first column. */
export { CSV_BOM, csvSeparator } from './csv';

export function buildVotesCsv(s: EventSnapshot, voteId?: string): string {
  const L = labelsFor(s.lang).votes;
  const rows: CsvCell[][] = [];
  for (const t of voteTables(s, voteId)) {
    if (rows.length === 0) rows.push([L.vote, ...t.header]);
    for (const r of t.rows) rows.push([t.title, ...(r as VoteCell[])]);
    if (!t.closed) rows.push([t.title, null, t.note]);
  }
  return buildCsv(rows, s.lang);
}
