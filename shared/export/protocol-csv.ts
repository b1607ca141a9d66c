import { formatScore } from '../championship/number-format';
import type { CsvCell } from './csv';
import { buildCsv } from './csv';
import type { Lang } from './labels';
import type { ProtocolData } from './protocol-model';
import { PROTOCOL_LABELS } from './protocol-model';

/**
 * The protocol's score table as CSV through the one CSV writer (csv.ts): one line per round and entry,
 * one column per juror; totals as every protocol format prints them (formatScore: decimal comma in
 * Russian, "—" where missing, never 0); then, after an empty line, the audit log.
 */
export function buildProtocolCsv(d: ProtocolData, lang: Lang): string {
  const L = PROTOCOL_LABELS[lang];
  const score = (x: number | null) => formatScore(x, lang);
  const rows: CsvCell[][] = [[L.round, L.rank, L.team, ...d.jurors.map((j) => j.name), L.total, L.tieBreak]];
  for (const r of d.rounds) for (const x of r.rows) rows.push([r.title, x.rank, x.team, ...x.perJuror.map(score), score(x.total), x.tieBreak ?? '']);
  rows.push([], [L.audit], [L.when, L.who, L.what, L.change, L.note]);
  for (const a of d.audit) rows.push([a.at, a.who, a.what, a.change, a.note]);
  return buildCsv(rows, lang);
}
