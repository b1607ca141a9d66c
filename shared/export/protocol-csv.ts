import { formatScore } from '../championship/number-format';
import type { Lang } from './labels';
import type { ProtocolData } from './protocol-model';
import { PROTOCOL_LABELS } from './protocol-model';
import { neutraliseCell } from './sanitize';
import { CSV_BOM, csvSeparator } from './votes-csv';

/**
 * The protocol's score table as CSV (UTF-8 with BOM, CRLF, `;` and a decimal comma for ru): one line per
 * round and entry, one column per juror; "—" where a total is missing; then, after an empty line, the
 * audit log.
 */
export function buildProtocolCsv(d: ProtocolData, lang: Lang): string {
  const L = PROTOCOL_LABELS[lang];
  const sep = csvSeparator(lang);
  const field = (c: string | number | null) => {
    if (c === null) return '—';
    if (typeof c === 'number') return formatScore(c, lang);
    const t = neutraliseCell(c);
    return t.includes(sep) || /["\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  const lines = [[L.round, L.rank, L.team, ...d.jurors.map((j) => j.name), L.total, L.tieBreak]];
  for (const r of d.rounds) for (const x of r.rows) lines.push([r.title, String(x.rank), x.team, ...x.perJuror, x.total, x.tieBreak ?? ''] as never);
  lines.push([] as never, [L.audit] as never, [L.when, L.who, L.what, L.change, L.note]);
  for (const a of d.audit) lines.push([a.at, a.who, a.what, a.change, a.note]);
  return `${CSV_BOM}${lines.map((l) => (l as (string | number | null)[]).map(field).join(sep)).join('\r\n')}\r\n`;
}
