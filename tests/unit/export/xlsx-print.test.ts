import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ProtocolData } from '@shared/export/protocol-model';
import { buildProtocolXlsx } from '@shared/export/protocol-xlsx';

describe('jury protocol XLSX print setup', () => {
  it('prints landscape on A4, one page wide, header row repeated, columns as wide as their names', async () => {
    const long = 'Команда «Очень длинное название инициативы из Администрации района»';
    const d = {
      event: 'Чемпионат',
      date: '2026-11-21',
      jurors: [{ id: 'j1', name: 'Эксперт', chair: true }],
      criteria: [{ title: 'Актуальность', weight: 1, min: 1, max: 10 }],
      rounds: [{ title: 'Финал', rows: [{ rank: 1, team: long, total: 9, perJuror: [9], tieBreak: null }], tieBreaks: [], kendallW: null, method: 'среднее' }],
      sheets: { j1: [{ round: 'Финал', team: long, marks: [9], comments: ['хорошо'], recused: false }] },
      audit: [],
    } satisfies Omit<ProtocolData, 'rounds'> & { rounds: unknown };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildProtocolXlsx(d as never, 'ru')).buffer as ArrayBuffer);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: '1:1' });
    }
    const teamCol = wb.worksheets[0]!.getColumn(3);
    // Wide enough for the name up to 60 characters; longer names wrap instead of being cut.
    expect(teamCol.width).toBe(60);
    expect(teamCol.alignment?.wrapText).toBe(true);
    expect(wb.worksheets[0]!.getColumn(2).width).toBeLessThan(15);
  });
});
