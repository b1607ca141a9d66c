import { mkdir, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildDemoPassport } from '../../electron/host/demo/passport';
import { buildDemoTrees } from '../../electron/host/demo/trees';
import { buildReportPdf } from '../../electron/host/export/report-pdf';
import { readPassport } from '@shared/doc/passport';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { buildPassportDocx } from '@shared/export/passport-docx';
import { buildCalendarXlsx } from '@shared/export/passport-xlsx';
import { passportPdfBlocks } from '@shared/export/report-passport';
import { PASSPORT_LABELS, formatDate } from '@shared/passport/labels';
import type { PassportSnapshot } from '@shared/passport/model';
import { isAction } from '@shared/passport/action';
import { isRealDate, validatePassport } from '@shared/passport/validate';
import { OFFICE_TIMEOUT_MS, hasPdftotext, hasSoffice, officeToPdf, pdfText } from '../unit/export/office';

/**
 * The demo team's passport as an organiser hands it over: built by the demo, exported as DOCX,
 * opened by LibreOffice and read back from the PDF — the grant form's sections in order, every
 * calendar row, and a warning for a date that does not exist. Set VECHE_PASSPORT_PDF_DIR to keep
 * the PDFs for a look (pdftoppm).
 */
function demoPassport(): PassportSnapshot {
  const problem = new Y.Doc();
  const goal = new Y.Doc();
  const passport = new Y.Doc();
  buildDemoTrees(problem, goal, HOST_ORIGIN);
  buildDemoPassport(passport, goal, problem);
  return readPassport(passport);
}

const SECTIONS = PASSPORT_LABELS.ru.sections;
const keep = async (name: string, pdf: Uint8Array) => {
  const dir = process.env.VECHE_PASSPORT_PDF_DIR;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}/${name}.pdf`, pdf);
};

describe('the demo passport as a grant application', () => {
  it('has a coherent calendar plan and no validation problems', () => {
    const p = demoPassport();
    expect(validatePassport(p)).toEqual([]);
    expect(p.calendar.length).toBeGreaterThanOrEqual(4);
    for (const r of p.calendar) {
      expect(isRealDate(r.start) && isRealDate(r.end)).toBe(true);
      expect(r.result.trim()).not.toBe('');
      expect(p.tasks.some((t) => t.id === r.taskId)).toBe(true);
      expect(isAction(r.activity)).toBe(true);
    }
    expect(new Set(p.calendar.map((r) => r.activity)).size).toBe(p.calendar.length);
    for (const t of p.tasks) expect(isAction(t.text)).toBe(true);
    expect(p.groups.length).toBeGreaterThan(1);
    expect(p.budget.length).toBeGreaterThan(1);
    expect(p.team.every((m) => m.experience.trim() !== '')).toBe(true);
  });

  it.skipIf(!hasSoffice || !hasPdftotext)(
    'DOCX opened by LibreOffice: the form sections in order, every calendar row, no warnings',
    async () => {
      const p = demoPassport();
      const pdf = await officeToPdf(await buildPassportDocx(p), 'docx');
      await keep('passport-demo-docx', pdf);
      const text = await pdfText(pdf);
      const order = Object.values(SECTIONS).map((h) => text.indexOf(h));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // Read in layout mode, so a table row stays on its line: LibreOffice lays the content-sized columns out as text blocks.
      const rows = await pdfText(pdf, true);
      const plan = rows.slice(rows.indexOf(SECTIONS.calendar), rows.indexOf(SECTIONS.results));
      for (const r of p.calendar) {
        // Wrapped neighbouring cells interleave their lines; a row's two dates sit side by side, and its activity's first word is there.
        expect(plan).toContain(`${formatDate(r.start, 'ru')} ${formatDate(r.end, 'ru')}`);
        expect(plan).toContain(r.activity.split(' ')[0]!);
      }
      expect(plan.match(/\d\d\.\d\d\.2026 \d\d\.\d\d\.2026/g)).toHaveLength(p.calendar.length);
      expect(text).toContain('1192900004318');
      expect(text).toContain('Забалдина Екатерина Александровна');
      expect(text).not.toContain(PASSPORT_LABELS.ru.warnings.heading);
    },
    OFFICE_TIMEOUT_MS * 2,
  );

  it.skipIf(!hasSoffice || !hasPdftotext)(
    'a passport dated 30.02.2026 carries the warning in its DOCX, its PDF and its spreadsheet',
    async () => {
      const p = { ...demoPassport(), dateStart: '2026-02-30' };
      const docx = await pdfText(await officeToPdf(await buildPassportDocx(p), 'docx'));
      expect(docx).toContain(PASSPORT_LABELS.ru.warnings.heading);
      expect(docx).toContain('Дата начала реализации: такой даты нет (30.02.2026)');
      const pdf = await buildReportPdf(passportPdfBlocks(p, 'ru'), 'ru', p.name);
      await keep('passport-bad-date-pdf', pdf);
      expect(await pdfText(pdf)).toContain('такой даты нет (30.02.2026)');
      const xlsx = await pdfText(await officeToPdf(await buildCalendarXlsx(p), 'xlsx'));
      expect(xlsx).toContain('такой даты нет (30.02.2026)');
    },
    OFFICE_TIMEOUT_MS * 3,
  );

  it.skipIf(!hasPdftotext)('the host PDF: the project name as the title, captions above answers, sections in order', async () => {
    const p = demoPassport();
    const pdf = await buildReportPdf(passportPdfBlocks(p, 'ru'), 'ru', p.name);
    await keep('passport-demo-pdf', pdf);
    const text = await pdfText(pdf);
    expect(text.startsWith(`${p.name} ${PASSPORT_LABELS.ru.title}`)).toBe(true);
    const order = Object.values(SECTIONS).map((h) => text.indexOf(h));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The caption is its own line, never "Название проекта: …" run into the answer.
    expect(text).not.toContain(`${PASSPORT_LABELS.ru.fields.geography}:`);
    expect(text).toContain(`${PASSPORT_LABELS.ru.fields.geography} ${p.geography}`);
  });
});
