import type { CsvCell } from './csv';
import { buildCsv } from './csv';
import type { Lang } from './labels';
import type { ProtocolData } from './protocol-model';
import { PROTOCOL_LABELS } from './protocol-model';

/** The protocol's score table as CSV (csv.ts): one line per round and entry, one column per juror. */
export function buildProtocolCsv(d: ProtocolData, lang: Lang): string {
  const L = PROTOCOL_LABELS[lang];
  const rows: CsvCell[][] = [[L.round, L.rank, L.team, ...d.jurors.map((j) => j.name), L.total, L.tieBreak]];
  for (const r of d.rounds) for (const x of r.rows) rows.push([r.title, x.rank, x.team, ...x.perJuror, x.total, x.tieBreak] as CsvCell[]);
  return buildCsv(rows, lang);
}
