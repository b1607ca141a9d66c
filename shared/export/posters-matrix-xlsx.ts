import ExcelJS from 'exceljs';
import type { Lang } from './labels';
import type { ExportOptions } from './progress';
import { checkpoint } from './progress';
import { neutraliseCell } from './sanitize';
import type { MatrixRow } from '../posters/matrix';
import { matrixLabels, matrixTable } from '../posters/matrix';
import { printSetup } from './xlsx-print';

/**
 * A phone number as people write it (`+7 902 000-11-22`): digits and punctuation only, so there is no
 * function, reference or DDE in it even if a cell editor re-reads it. In an XLSX string cell it stays
 * as typed; the quote `neutraliseCell` adds would show in the contact column, the one people copy from.
 */
const PHONE = /^\+[\d\s()-]{5,30}$/;
const CONTACT_COLUMN = 6;

/** Needs ↔ offers as one XLSX sheet: bold frozen header, every cell a neutralised plain string (never a formula). */
export async function buildMatrixXlsx(rows: readonly MatrixRow[], lang: Lang, opts: ExportOptions = {}): Promise<Uint8Array> {
  const { header, cells } = matrixTable(rows, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Veche';
  const ws = wb.addWorksheet(matrixLabels(lang).sheet);
  ws.addRow(header.map(neutraliseCell)).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of cells) ws.addRow(r.map((c, i) => (i === CONTACT_COLUMN && PHONE.test(c) ? c : neutraliseCell(c))));
  const widths = [28, 16, 40, 14, 40, 20, 24, 12];
  widths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
    // Long texts wrap inside their column instead of running under the next one.
    col.alignment = { vertical: 'top', wrapText: true };
  });
  // Spreadsheet apps do not grow a row for wrapped text they did not lay out themselves: size each row
  // for its longest cell (about one character per width unit, 15 pt a line).
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const lines = Math.max(1, ...cells[n - 2]!.map((c, i) => Math.ceil(c.length / (widths[i]! - 2))));
    row.height = 15 * lines;
  });
  printSetup(ws);
  const buf = await wb.xlsx.writeBuffer();
  await checkpoint(opts, 1);
  return new Uint8Array(buf as ArrayBuffer);
}
