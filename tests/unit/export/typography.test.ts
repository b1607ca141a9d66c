import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildCsv } from '@shared/export/csv';
import { contentColumnWidths, wordTwips } from '@shared/export/docx-columns';
import { formatDay, formatDayLong, formatNumber } from '@shared/export/locale-format';
import { buildCalendarXlsx } from '@shared/export/passport-xlsx';
import { buildPassportDocx } from '@shared/export/passport-docx';
import { buildMatrixXlsx } from '@shared/export/posters-matrix-xlsx';
import { buildReportDocx } from '@shared/export/report-docx';
import { reportBlocks } from '@shared/export/report-model';
import { readEventSnapshot } from '@shared/export/snapshot';
import { buildVotesXlsx } from '@shared/export/votes-xlsx';
import { buildVotesCsv } from '@shared/export/votes-csv';
import { filledPassport } from '../passport/fixture';
import { hostileEvent } from './fixtures';

const LONG_WORDS = ['специальностям', 'Администрация'];

/** Widths of the first table's grid columns in a DOCX (w:tblGrid/w:gridCol), in twips. */
async function gridWidths(docx: Uint8Array): Promise<number[][]> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((x) => Number(x[1])));
}

describe('DOCX column widths by content', () => {
  const header = ['№', 'Показатель', 'Кому', 'Где'];
  const rows = [
    ['1', 'Обучение по специальностям, востребованным в районе', 'Администрация', 'Каргополь'],
    ['2', 'Школа проектов', 'НКО', 'Няндома'],
  ];

  it('never makes a column narrower than its longest word and fills the text width exactly', () => {
    for (const total of [9906, 7000, 6000]) {
      const widths = contentColumnWidths({ header, rows, totalTwips: total, fontPt: 11, paddingTwips: 160 });
      expect(widths.reduce((a, b) => a + b, 0)).toBe(total);
      // The full page keeps the 1.2× margin for substitute fonts; a narrow table gives it up, never the word itself.
      const scale = total === 9906 ? 1.2 : 1;
      expect(widths[1]).toBeGreaterThanOrEqual(wordTwips('специальностям', 11, false, scale) + 160);
      expect(widths[2]).toBeGreaterThanOrEqual(wordTwips('Администрация', 11, false, scale) + 160);
      // The number column stays narrow: it gets what its text needs, not a quarter of the page.
      expect(widths[0]).toBeLessThan(widths[2]!);
    }
  });

  it('shrinks all columns alike only when their longest words cannot fit side by side', () => {
    const many = Array.from({ length: 12 }, () => 'Администрация');
    const widths = contentColumnWidths({ header: many, rows: [], totalTwips: 9906, fontPt: 11, paddingTwips: 160 });
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9906);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
  });

  it('the report DOCX writes those widths into its tables', async () => {
    const blocks = [{ t: 'table' as const, header, rows }];
    const [grid] = await gridWidths(await buildReportDocx(blocks, 'ru'));
    expect(grid).toHaveLength(4);
    expect(grid!.reduce((a, b) => a + b, 0)).toBe(11906 - 2000);
    expect(grid![1]).toBeGreaterThanOrEqual(wordTwips(LONG_WORDS[0]!, 11));
    expect(grid![2]).toBeGreaterThanOrEqual(wordTwips(LONG_WORDS[1]!, 11));
  });

  it('the passport DOCX sizes its tables by content too', async () => {
    const grids = await gridWidths(await buildPassportDocx(filledPassport().snapshot));
    expect(grids.length).toBeGreaterThan(0);
    // Each table is as wide as the text: A4 portrait, or landscape for the seven-column calendar plan.
    for (const g of grids) expect([Math.round((170 / 25.4) * 1440), Math.round((257 / 25.4) * 1440)]).toContain(g.reduce((a, b) => a + b, 0));
    // The calendar plan: the "№" column is not given the same share as the activity column.
    expect(grids[0]![0]!).toBeLessThan(grids[0]![2]!);
  });
});

describe('XLSX print setup on every sheet', () => {
  /** `titles`: the repeated header rows of the first sheet(s); a passport's warnings sheet (one heading row) repeats `1:1`. */
  const expectPrintable = async (bytes: Uint8Array, titles: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThan(0);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: ws.name === 'Замечания' ? '1:1' : titles,
      });
    }
  };

  it('votes (summary and each vote), needs-offers and the passport calendar print A4 landscape, one page wide, header repeated', async () => {
    const s = readEventSnapshot(hostileEvent().source, 'ru');
    await expectPrintable(await buildVotesXlsx({ ...s, votes: [s.votes[0]!, { ...s.votes[0]!, id: 'v2', title: 'Второе' }] }), '1:1');
    const row = {
      initiative: 'Инициатива',
      category: 'volunteers' as const,
      need: 'Волонтёры',
      kind: 'offer' as const,
      offer: 'Помогу',
      from: 'Анна',
      contact: '+7 912 345-67-89',
      status: 'new' as const,
    };
    await expectPrintable(await buildMatrixXlsx([row as never], 'ru'), '1:1');
    await expectPrintable(await buildCalendarXlsx(filledPassport().snapshot), '1:2');
  });
});

describe('numbers and dates in the export language', () => {
  it('Russian: decimal comma, no-break thousands, 02.12.2026 and "2 декабря 2026 г."; English: point, comma, ISO and "2 December 2026"', () => {
    expect(formatNumber(1234567.5, 'ru')).toBe('1\u00A0234\u00A0567,5');
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatNumber(2 / 3, 'ru')).toBe('0,667');
    expect(formatDay('2026-12-02', 'ru')).toBe('02.12.2026');
    expect(formatDay('2026-12-02', 'en')).toBe('2026-12-02');
    expect(formatDayLong('2026-12-02', 'ru')).toBe('2 декабря 2026 г.');
    expect(formatDayLong('2026-12-02', 'en')).toBe('2 December 2026');
    // Not a real day: printed as typed, never rolled over into March.
    expect(formatDay('2026-02-30', 'ru')).toBe('2026-02-30');
  });

  it('CSV: a Russian file reads "3,5" with ; between fields and no thousands separator; an English one "3.5" with ,', () => {
    expect(buildCsv([[3.5, 12500, { date: '2026-12-02' }]], 'ru')).toBe('\uFEFF3,5;12500;02.12.2026\r\n');
    expect(buildCsv([[3.5, 12500, { date: '2026-12-02' }]], 'en')).toBe('\uFEFF3.5,12500,2026-12-02\r\n');
    const ru = buildVotesCsv(readEventSnapshot(hostileEvent().source, 'ru'));
    expect(ru.split('\r\n')[0]).toContain(';');
  });

  it('the report prints vote tables in the language form and its date in words', () => {
    const s = readEventSnapshot(hostileEvent().source, 'ru');
    const big = {
      ...s,
      votes: s.votes.map((v) => ({ ...v, result: v.result && { ...v.result, items: v.result.items.map((i) => ({ ...i, total: 12500 })) } })),
    };
    const table = reportBlocks(big, null, '2 декабря 2026 г.').find((b) => b.t === 'table' && b.header.includes('Всего'));
    expect(table && table.t === 'table' && table.rows[0]).toContain('12\u00A0500');
  });
});

describe('CSV formula neutralisation', () => {
  it('quotes formulas and expressions, leaves phone numbers and plain signed numbers as typed', () => {
    const inputs = ['=HYPERLINK("http://x","y")', '+SUM(1)', '-2+3', '@cmd', '+7 912 345-67-89', '-5'];
    const line = buildCsv([inputs], 'en').slice(1, -2);
    expect(line).toBe(`"'=HYPERLINK(""http://x"",""y"")",'+SUM(1),'-2+3,'@cmd,+7 912 345-67-89,-5`);
  });
});
