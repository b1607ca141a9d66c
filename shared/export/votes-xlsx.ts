import ExcelJS from 'exceljs';
import { labelsFor } from './labels';
import type { ExportOptions } from './progress';
import { checkpoint, within } from './progress';
import { neutraliseCell } from './sanitize';
import type { EventSnapshot } from './snapshot';
import type { VoteCell, VoteTable } from './votes-table';
import { voteTables } from './votes-table';
import { printSetup } from './xlsx-print';

/**
 * Votes as XLSX: the first sheet ("Итоги"/"Results") has every vote's rows (with a vote column
 * when there are several), then one sheet per vote if there are several. Header rows are bold and
 * frozen. User text is written as a plain string value after `neutraliseCell`, so exceljs stores
 * a shared string, never a formula, and Excel's own "edit and Enter" cannot turn it into one.
 */
export async function buildVotesXlsx(s: EventSnapshot, voteId?: string, opts: ExportOptions = {}): Promise<Uint8Array> {
  const L = labelsFor(s.lang).votes;
  const tables = voteTables(s, voteId);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Veche';
  const several = tables.length > 1;
  const summary = wb.addWorksheet(L.sheet);
  const header = tables[0]?.header ?? [L.rank, L.item, L.board, L.total, L.voters];
  addRows(
    summary,
    several ? [L.vote, ...header] : header,
    tables.flatMap((t) => rowsOf(t, several)),
  );
  const names = new Set([L.sheet.toLowerCase()]);
  for (const [i, t] of tables.entries()) {
    await checkpoint(opts, within(0, 0.8, i, tables.length));
    if (several) addRows(wb.addWorksheet(sheetName(t.title, names)), t.header, rowsOf(t, false));
  }
  const buf = await wb.xlsx.writeBuffer();
  await checkpoint(opts, 1);
  return new Uint8Array(buf as ArrayBuffer);
}

function rowsOf(t: VoteTable, withTitle: boolean): VoteCell[][] {
  const rows = t.rows.map((r) => (withTitle ? [t.title, ...r] : r));
  if (!t.closed) rows.push(withTitle ? [t.title, null, t.note] : [null, t.note]);
  return rows;
}

function addRows(ws: ExcelJS.Worksheet, header: readonly string[], rows: readonly VoteCell[][]): void {
  const head = ws.addRow(header.map(neutraliseCell));
  head.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) ws.addRow(r.map((c) => (typeof c === 'string' ? neutraliseCell(c) : c)));
  ws.columns.forEach((col, i) => {
    col.width = Math.min(40, Math.max(10, header[i]!.length + 3));
  });
  const itemCol = header.findIndex((h) => h === labelsFor('ru').votes.item || h === labelsFor('en').votes.item);
  if (itemCol >= 0) {
    const col = ws.getColumn(itemCol + 1);
    col.width = 60;
    // A long option wraps in its column instead of running under the next one; spreadsheet apps do
    // not grow a row for text they did not lay out, so the row is sized here (~58 characters a line).
    col.alignment = { wrapText: true, vertical: 'top' };
    ws.eachRow((row, n) => {
      const v = row.getCell(itemCol + 1).value;
      if (n > 1 && typeof v === 'string' && v.length > 58) row.height = Math.min(409, 15 * Math.ceil(v.length / 58));
    });
  }
  // Printed on one page width, landscape: a results table is read across, group by group.
  printSetup(ws);
}

/** Excel sheet names: ≤ 31 characters, none of `[]:*?/\`, not starting or ending with `'`, unique (case-insensitive). */
function sheetName(title: string, used: Set<string>): string {
  const base =
    neutraliseCell(title)
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 28) || 'Vote';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 27 - String(n).length)} (${n})`;
  used.add(name.toLowerCase());
  return name;
}
