import ExcelJS from 'exceljs';
import type { PassportSnapshot } from '../passport/model';
import { taskTextOf } from '../passport/model';
import type { ExportLang } from '../passport/labels';
import { PASSPORT_LABELS } from '../passport/labels';
import { passportWarnings } from '../passport/warnings';
import { isRealDate } from '../passport/validate';
import type { PassportExportOptions } from './passport-blocks';
import { cleanText, step } from './passport-blocks';
import { neutraliseCell } from './sanitize';
import { printSetup } from './xlsx-print';

/**
 * The calendar plan as a spreadsheet: one row per activity, real date cells where the team typed
 * real dates. User text is always written as a string value (never `{ formula }`), and a text that a
 * spreadsheet would read as a formula when retyped or exported to CSV (`=`, `+`, `-`, `@`, tab, CR
 * first) gets a leading apostrophe, the OWASP-recommended neutraliser — the one guard every
 * spreadsheet the app writes shares (sanitize.ts), re-exported for the passport's callers.
 */
export { neutraliseCell };

const ROWS_PER_TURN = 25;
const WIDTHS = [6, 32, 40, 14, 14, 24, 36];
const LINE_HEIGHT_PT = 15;
const LINE = { style: 'thin', color: { argb: 'FF999999' } } as const;
const THIN = { top: LINE, left: LINE, bottom: LINE, right: LINE };

/**
 * Spreadsheet apps do not grow a row to fit wrapped text they did not lay out themselves
 * (LibreOffice keeps the default height and the lines overlap), so the height is estimated from
 * the longest cell: characters per line ≈ column width, plus the lines the team broke themselves.
 */
function rowHeight(values: unknown[]): number {
  let lines = 1;
  WIDTHS.forEach((w, i) => {
    const v = values[i + 1];
    if (typeof v !== 'string') return;
    const n = v.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / (w * 0.95))), 0);
    lines = Math.max(lines, n);
  });
  return Math.min(409, lines * LINE_HEIGHT_PT);
}

export async function buildCalendarXlsx(p: PassportSnapshot, opts: PassportExportOptions = {}): Promise<Uint8Array> {
  const lang = opts.lang ?? 'ru';
  const L = PASSPORT_LABELS[lang];
  const k = L.columns.calendar;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Veche';
  const ws = wb.addWorksheet(L.sheet, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const title = ws.addRow([neutraliseCell(`${L.sheet}: ${cleanText(p.name).trim() || L.untitled}`)]);
  title.font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, 7);
  const header = ws.addRow([L.n, k.task, k.activity, k.start, k.end, k.responsible, k.result]);
  header.font = { bold: true };
  header.height = 32;
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    c.border = THIN;
  });
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  for (const [i, r] of p.calendar.entries()) {
    step(opts, i, p.calendar.length + 1);
    const row = ws.addRow([
      i + 1,
      neutraliseCell(taskTextOf(p, r.taskId)),
      neutraliseCell(r.activity),
      dateCell(r.start),
      dateCell(r.end),
      neutraliseCell(r.responsible),
      neutraliseCell(r.result),
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight(row.values as unknown[]);
    for (let col = 1; col <= WIDTHS.length; col++) row.getCell(col).border = THIN;
    for (const col of [4, 5]) row.getCell(col).numFmt = lang === 'ru' ? 'dd.mm.yyyy' : 'd mmm yyyy';
    if (i % ROWS_PER_TURN === ROWS_PER_TURN - 1) await new Promise((res) => setTimeout(res, 0));
  }
  // Title and column header repeat on every printed page.
  printSetup(ws, 2);
  addNumberSheets(wb, p, lang);
  addWarningsSheet(wb, p, lang);
  opts.signal?.throwIfAborted();
  const out = await wb.xlsx.writeBuffer();
  step(opts, 1, 1);
  return new Uint8Array(out as ArrayBuffer);
}

type Cell = string | number | null;

/**
 * The application's two number tables beside the plan, as a grant portal's form has them: indicators
 * (baseline and target) and the budget (requested and co-financing, with a total row). Numbers are
 * number cells, the totals computed here (a sheet the app writes carries no formulas); a table the team
 * left empty gets no sheet.
 */
function addNumberSheets(wb: ExcelJS.Workbook, p: PassportSnapshot, lang: ExportLang): void {
  const L = PASSPORT_LABELS[lang];
  const q = L.columns.quantitative;
  tableSheet(wb, L.sheets.indicators, `${L.lists.quantitative}: ${cleanText(p.name).trim() || L.untitled}`, {
    header: [L.n, q.indicator, q.unit, q.baseline, q.target],
    widths: [6, 60, 18, 18, 18],
    rows: p.quantitative.map((r, i) => [i + 1, neutraliseCell(cleanText(r.indicator)), neutraliseCell(cleanText(r.unit)), r.baseline, r.target]),
    numFmt: '#,##0.##',
  });
  const b = L.columns.budget;
  const sum = (xs: (number | null)[]) => Math.round(xs.reduce<number>((a, x) => a + (x ?? 0), 0) * 100) / 100;
  const rows: Cell[][] = p.budget.map((r, i) => [i + 1, neutraliseCell(cleanText(r.category)), r.requested, r.cofinancing]);
  if (rows.length > 0) rows.push(['', L.total, sum(p.budget.map((r) => r.requested)), sum(p.budget.map((r) => r.cofinancing))]);
  tableSheet(wb, L.sheets.budget, `${L.lists.budget}: ${cleanText(p.name).trim() || L.untitled}`, {
    header: [L.n, b.category, b.requested, b.cofinancing],
    widths: [6, 60, 24, 24],
    rows,
    numFmt: '#,##0.00',
    totalRow: true,
  });
}

function tableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  t: { header: string[]; widths: number[]; rows: Cell[][]; numFmt: string; totalRow?: boolean },
): void {
  if (t.rows.length === 0) return;
  const ws = wb.addWorksheet(name);
  ws.columns = t.widths.map((width) => ({ width }));
  const head = ws.addRow([neutraliseCell(title)]);
  head.font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, t.widths.length);
  const header = ws.addRow(t.header);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    c.border = THIN;
  });
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  t.rows.forEach((values, i) => {
    const row = ws.addRow(values);
    row.alignment = { wrapText: true, vertical: 'top' };
    for (let col = 1; col <= t.widths.length; col++) {
      const cell = row.getCell(col);
      cell.border = THIN;
      if (typeof values[col - 1] === 'number' && col > 1) cell.numFmt = t.numFmt;
    }
    if (t.totalRow && i === t.rows.length - 1) row.font = { bold: true };
  });
  printSetup(ws, 2);
}

/** What validation found, one warning per row, on a sheet of its own so the plan's columns stay as the form has them. */
function addWarningsSheet(wb: ExcelJS.Workbook, p: PassportSnapshot, lang: ExportLang): void {
  const warnings = passportWarnings(p, lang);
  if (warnings.length === 0) return;
  const L = PASSPORT_LABELS[lang];
  const ws = wb.addWorksheet(L.warnings.sheet);
  ws.columns = [{ width: 6 }, { width: 110 }];
  printSetup(ws, 1);
  const head = ws.addRow(['', `${L.warnings.heading}: ${L.warnings.intro}`]);
  head.font = { bold: true, color: { argb: 'FF9C2A00' } };
  warnings.forEach((w, i) => {
    const row = ws.addRow([i + 1, neutraliseCell(cleanText(w))]);
    row.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** A real date as a date cell (midnight UTC, which is how spreadsheets store days); anything else as safe text. */
function dateCell(s: string): Date | string {
  if (isRealDate(s)) return new Date(`${s}T00:00:00Z`);
  return neutraliseCell(s);
}
