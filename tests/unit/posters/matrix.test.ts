import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildMatrixCsv } from '@shared/export/posters-matrix-csv';
import { buildMatrixXlsx } from '@shared/export/posters-matrix-xlsx';
import type { MatrixInitiative } from '@shared/posters/matrix';
import { needsOffersMatrix } from '@shared/posters/matrix';
import type { TeamOffer } from '@shared/posters/offers';

const offer = (o: Partial<TeamOffer>): TeamOffer => ({
  id: 'o1',
  teamId: 't1',
  kind: 'offer',
  category: 'premises',
  text: 'Зал',
  at: 1,
  status: 'new',
  fromId: 'p1',
  fromName: 'Вера',
  contact: null,
  ...o,
});

const clowns: MatrixInitiative = {
  teamId: 't1',
  name: 'Больничные клоуны',
  needs: [
    { category: 'volunteers', description: 'клоуны по выходным' },
    { category: 'money', description: '=HYPERLINK("http://evil")' },
  ],
  offers: [
    offer({ id: 'a', category: 'volunteers', kind: 'volunteer', text: 'суббота; воскресенье', contact: '+7 900 111-22-33', status: 'accepted' }),
    offer({ id: 'b', category: 'premises', at: 2 }),
  ],
};

describe('needs ↔ offers', () => {
  it('lists every need, with its offers by category, and offers nobody asked for; contacts only as given', () => {
    const rows = needsOffersMatrix([clowns]);
    expect(rows.map((r) => [r.category, r.need !== null, r.from, r.contact])).toEqual([
      ['volunteers', true, 'Вера', '+7 900 111-22-33'],
      ['premises', false, 'Вера', null],
      ['money', true, null, null],
    ]);
  });

  it('CSV has a BOM, `;` in Russian, quotes separators and neutralises formulas', () => {
    const csv = buildMatrixCsv(needsOffersMatrix([clowns]), 'ru');
    expect(csv.startsWith('\uFEFFИнициатива;Потребность;')).toBe(true);
    expect(csv).toContain('"суббота; воскресенье"');
    expect(csv).toContain(`'=HYPERLINK`);
    expect(buildMatrixCsv([], 'en').startsWith('\uFEFFInitiative,Need,')).toBe(true);
  });

  it('XLSX holds plain strings, never a formula', async () => {
    const bytes = await buildMatrixXlsx(needsOffersMatrix([clowns]), 'ru');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('Инициатива');
    const values = ws
      .getSheetValues()
      .flat()
      .filter((v) => v !== null && v !== undefined);
    expect(values.every((v) => typeof v === 'string')).toBe(true);
    expect(values).toContain('+7 900 111-22-33');
    expect(values.some((v) => String(v).startsWith('='))).toBe(false);
    expect(ws.getRow(2).getCell(3).alignment).toMatchObject({ wrapText: true });
    // Only a plain phone number keeps its leading +: anything else in the contact column is neutralised.
    const hostile = await buildMatrixXlsx(needsOffersMatrix([{ ...clowns, offers: [offer({ contact: "+1+cmd|' /C calc'!A0" })] }]), 'ru');
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(hostile.buffer as ArrayBuffer);
    expect(wb2.worksheets[0]!.getSheetValues().flat()).toContain("'+1+cmd|' /C calc'!A0");
  });
});
