import type ExcelJS from 'exceljs';

/**
 * How a sheet prints: A4 landscape, every column on one page width (as many pages down as it
 * needs), the header row repeated on every page, and columns wide enough for their content (at most
 * 60 characters: longer text wraps), so names are not cut and a 30-team protocol is not 23 Letter pages.
 */
export function setupPrint(ws: ExcelJS.Worksheet, headerRows = 1): void {
  printSetup(ws, headerRows);
  ws.columns.forEach((col) => {
    let longest = 8;
    col.eachCell?.({ includeEmpty: false }, (c) => {
      const text = c.value === null || c.value === undefined ? '' : String(c.value);
      for (const line of text.split('\n')) longest = Math.max(longest, line.length);
    });
    col.width = Math.min(60, longest + 2);
    if (longest > 60) col.alignment = { wrapText: true, vertical: 'top' };
  });
}

/**
 * Only the page setup of `setupPrint`, for sheets that size their own columns: A4 (paper size 9;
 * exceljs would leave Letter) landscape, one page wide and as many down as needed, rows `1…headerRows`
 * printed again at the top of every page. Every sheet the app writes goes through this.
 */
export function printSetup(ws: ExcelJS.Worksheet, headerRows = 1): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${headerRows}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}
