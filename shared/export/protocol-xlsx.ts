import ExcelJS from 'exceljs';
import type { Lang } from './labels';
import type { ProtocolData } from './protocol-model';
import { PROTOCOL_LABELS } from './protocol-model';
import { neutraliseCell } from './sanitize';
import { setupPrint } from './xlsx-print';

/**
 * The protocol as XLSX: a summary sheet ("Сводная": round, place, team, each juror's total, the
 * total), then a sheet per juror (round, team, each criterion's mark and comment). User text goes
 * through `neutraliseCell`, so no cell starts a formula.
 */
export async function buildProtocolXlsx(d: ProtocolData, lang: Lang): Promise<Uint8Array> {
  const L = PROTOCOL_LABELS[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Veche';
  const cell = (c: string | number | null) => (typeof c === 'string' ? neutraliseCell(c) : c);
  const sheet = (name: string, header: string[], rows: (string | number | null)[][], numFmt?: string) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(header.map(neutraliseCell)).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const r of rows) ws.addRow(r.map(cell));
    // Numbers stay numbers (the reader's locale prints the decimal comma); missing ones are "—", never 0.
    ws.eachRow((row, n) => n > 1 && numFmt && row.eachCell((c, col) => typeof c.value === 'number' && col > 3 && (c.numFmt = numFmt)));
    setupPrint(ws);
  };
  const missing = (x: number | null) => (x === null ? '—' : x);
  sheet(
    L.summary,
    [L.round, L.rank, L.team, ...d.jurors.map((j) => j.name), L.total, L.tieBreak],
    d.rounds.flatMap((r) => r.rows.map((x) => [r.title, x.rank, x.team, ...x.perJuror.map(missing), missing(x.total), x.tieBreak])),
    '0.000',
  );
  const used = new Set([L.summary.toLowerCase()]);
  for (const j of d.jurors) {
    const header = [L.round, L.team, ...d.criteria.flatMap((c) => [c.title, `${L.comment}: ${c.title}`])];
    const rows = (d.sheets[j.id] ?? []).map((r) => [r.round, r.team, ...r.marks.flatMap((m, i) => [r.recused ? L.recused : m, r.comments[i] ?? ''])]);
    sheet(sheetName(j.name, used), header, rows);
  }
  sheet(
    sheetName(L.audit, used),
    [L.when, L.who, L.what, L.change, L.note],
    d.audit.map((a) => [a.at, a.who, a.what, a.change, a.note]),
  );
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Excel sheet names: ≤ 31 characters, none of []:*?/\, unique case-insensitively. */
function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 28) || 'Juror';
  let n = base;
  for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base} ${i}`;
  used.add(n.toLowerCase());
  return n;
}
