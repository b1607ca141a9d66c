import ExcelJS from 'exceljs';
import type { Lang } from './labels';
import type { ExportOptions } from './progress';
import { checkpoint } from './progress';
import { neutraliseCell } from './sanitize';
import type { MatrixRow } from '../posters/matrix';
import { matrixLabels, matrixTable } from '../posters/matrix';

/** Needs ↔ offers as one XLSX sheet: bold frozen header, every cell a neutralised plain string (never a formula). */
export async function buildMatrixXlsx(rows: readonly MatrixRow[], lang: Lang, opts: ExportOptions = {}): Promise<Uint8Array> {
  const { header, cells } = matrixTable(rows, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Veche';
  const ws = wb.addWorksheet(matrixLabels(lang).sheet);
  ws.addRow(header.map(neutraliseCell)).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of cells) ws.addRow(r.map(neutraliseCell));
  const widths = [28, 16, 36, 14, 40, 20, 24, 12];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const buf = await wb.xlsx.writeBuffer();
  await checkpoint(opts, 1);
  return new Uint8Array(buf as ArrayBuffer);
}
