import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addRow, readPassport, setPassportText } from '@shared/doc/passport';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { buildPassportDocx } from '@shared/export/passport-docx';
import { buildPassportMarkdown } from '@shared/export/passport-md';
import { buildCalendarXlsx, neutraliseCell } from '@shared/export/passport-xlsx';
import { HOSTILE, filledPassport } from './fixture';

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

async function readSheet(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

/** A passport whose calendar has `n` rows with hostile texts mixed in. */
function bigHostilePassport(n: number) {
  const { doc } = filledPassport();
  for (let i = 0; i < n; i++) {
    const hostile = HOSTILE[i % HOSTILE.length]!;
    addRow(
      doc,
      'calendar',
      { activity: `Мероприятие ${i + 1}: ${hostile}`, responsible: hostile, result: `Итог ${i + 1}`, start: '2019-08-01', end: '2019-08-31' },
      LOCAL_ORIGIN,
    );
  }
  setPassportText(doc, 'relevance', HOSTILE.join('\n'), LOCAL_ORIGIN);
  return readPassport(doc);
}

describe('passport DOCX', () => {
  it("is shaped like a grant application: the form's sections in order, captions, tables with repeating headers", async () => {
    const { snapshot } = filledPassport();
    const xml = documentXml(await buildPassportDocx(snapshot));
    const headings = [
      '1. Общая информация о проекте',
      '2. Обоснование социальной значимости',
      '3. Целевые группы',
      '4. Цель и задачи проекта',
      '5. Календарный план',
      '6. Ожидаемые результаты',
      '7. Бюджет проекта',
      '8. Команда проекта',
      '9. Организация-заявитель',
      '10. Риски проекта',
      '11. Информационное сопровождение (медиаплан)',
    ];
    const at = headings.map((h) => xml.indexOf(`>${h}<`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Target groups, calendar, indicators, budget, team, risks, media, partners.
    expect(xml.match(/<w:tbl>/g)).toHaveLength(8);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('ПРОЕКТируем будущее малых территорий');
    expect(xml).toContain('Забалдина Екатерина Александровна');
    expect(xml).toContain('01.07.2019 — 30.06.2020');
  });

  it('speaks English when asked', async () => {
    const { snapshot } = filledPassport();
    const xml = documentXml(await buildPassportDocx(snapshot, { lang: 'en' }));
    expect(xml).toContain('5. Calendar plan');
    expect(xml).toContain('Type of support');
    expect(xml).toContain('1 Jul 2019 – 30 Jun 2020');
  });

  it('keeps 50 calendar rows and hostile texts as plain text, never markup', async () => {
    const p = bigHostilePassport(50);
    const xml = documentXml(await buildPassportDocx(p));
    for (let i = 1; i <= 50; i++) expect(xml).toContain(`Итог ${i}<`);
    expect(xml).not.toContain('<script');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('контрольсимвол');
  });

  it('reports progress up to 1 and stops when cancelled', async () => {
    const { snapshot } = filledPassport();
    const seen: number[] = [];
    await buildPassportDocx(snapshot, { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const abort = new AbortController();
    abort.abort();
    await expect(buildPassportDocx(snapshot, { signal: abort.signal })).rejects.toThrow();
  });
});

describe('calendar plan XLSX', () => {
  it('has a header, every row, real date cells, and hostile texts neutralised as strings', async () => {
    const p = bigHostilePassport(50);
    const ws = await readSheet(await buildCalendarXlsx(p));
    expect(ws.getRow(2).getCell(3).value).toBe('Мероприятие');
    expect(ws.rowCount).toBe(2 + p.calendar.length);
    expect(p.calendar.length).toBeGreaterThanOrEqual(50);
    const last = ws.getRow(ws.rowCount);
    expect(last.getCell(7).value).toBe('Итог 50');
    expect(last.getCell(4).value).toBeInstanceOf(Date);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula).toBeUndefined();
        // A phone number or a plain signed number stays as typed: neither can call anything.
        if (typeof cell.value === 'string') expect(/^[+-][\d ()-]+$/.test(cell.value) || !/^[=+\-@\t\r]/.test(cell.value)).toBe(true);
        else expect(typeof cell.value === 'number' || cell.value instanceof Date).toBe(true);
      }),
    );
    const responsible = p.calendar.map((_, i) => ws.getRow(3 + i).getCell(6).value);
    expect(responsible).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(responsible).toContain("'@SUM(A1:A2)");
  });

  it('carries the indicators and the budget as number sheets, totals computed, no formulas, hostile names neutralised', async () => {
    const { doc } = filledPassport();
    addRow(doc, 'budget', { category: 'Аренда зала', requested: 120000, cofinancing: 30000.5 }, LOCAL_ORIGIN);
    addRow(doc, 'budget', { category: '=HYPERLINK("http://evil.example")', requested: 5000, cofinancing: null }, LOCAL_ORIGIN);
    const p = readPassport(doc);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildCalendarXlsx(p)) as unknown as ArrayBuffer);
    // (then the validation warnings, when the passport has any)
    expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(['Календарный план', 'Показатели', 'Бюджет']);
    const indicators = wb.getWorksheet('Показатели')!;
    expect(indicators.getRow(2).getCell(5).value).toBe('Целевое значение');
    expect(indicators.getRow(3).getCell(2).value).toBe(p.quantitative[0]!.indicator);
    expect(indicators.getRow(3).getCell(5).value).toBe(p.quantitative[0]!.target);
    const budget = wb.getWorksheet('Бюджет')!;
    expect(budget.rowCount).toBe(2 + 2 + 1);
    expect(budget.getRow(4).getCell(2).value).toBe(`'=HYPERLINK("http://evil.example")`);
    const total = budget.getRow(5);
    expect([total.getCell(2).value, total.getCell(3).value, total.getCell(4).value]).toEqual(['Итого', 125000, 30000.5]);
    for (const ws of [indicators, budget]) ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    // A passport without budget rows gets no empty budget sheet.
    const bare = new ExcelJS.Workbook();
    await bare.xlsx.load((await buildCalendarXlsx({ ...p, budget: [] })) as unknown as ArrayBuffer);
    expect(bare.worksheets.map((w) => w.name)).not.toContain('Бюджет');
    expect(bare.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Календарный план', 'Показатели']);
  });

  it('neutralises every formula trigger and leaves ordinary text alone', () => {
    for (const s of ['=1+1', '+1+1', '-1-A1', '@A1', '\tx', '\rx']) expect(neutraliseCell(s).startsWith("'")).toBe(true);
    expect(neutraliseCell('Молодёжный совет')).toBe('Молодёжный совет');
  });
});

describe('passport Markdown', () => {
  it('has the sections and tables and escapes what could become markup', () => {
    const p = bigHostilePassport(3);
    const md = buildPassportMarkdown(p);
    expect(md).toContain('## 5. Календарный план');
    expect(md).toContain('| № | Решаемая задача | Мероприятие |');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\[click\\](javascript:alert(1))');
    expect(md).toContain('\\# not a heading');
  });
});
