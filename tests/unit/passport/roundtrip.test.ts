import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPassportDocx } from '@shared/export/passport-docx';
import { buildCalendarXlsx } from '@shared/export/passport-xlsx';
import type { ExportLang } from '@shared/passport/labels';
import { OFFICE_TIMEOUT_MS } from '../export/office';
import { filledPassport } from './fixture';

const run = promisify(execFile);

/**
 * Round trip through LibreOffice headless: what Word-compatible software shows must hold the
 * passport's text. Skipped, with the reason, where soffice or pdftotext is not installed
 * (`apt-get install -y libreoffice-writer libreoffice-calc poppler-utils`).
 * With VECHE_PREVIEWS=1 the PDFs are also drawn as PNGs into out/export-previews/ for review.
 */
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const missing = ['soffice', 'pdftotext'].filter((c) => !has(c));
const work = mkdtempSync(join(tmpdir(), 'veche-passport-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Asynchronous, so a cold LibreOffice start (10–20 s on a fresh machine) never blocks the test process. */
async function toPdfText(name: string, bytes: Uint8Array): Promise<{ pdf: string; text: string }> {
  const file = join(work, name);
  writeFileSync(file, bytes);
  // A private profile per run: a second soffice on the machine would otherwise lock the default one.
  await run('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, file], {
    timeout: OFFICE_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  const pdf = file.replace(/\.\w+$/, '.pdf');
  return { pdf, text: (await run('pdftotext', [pdf, '-'], { encoding: 'utf8' })).stdout };
}

function preview(pdf: string, prefix: string): void {
  if (!process.env.VECHE_PREVIEWS || !has('pdftoppm')) return;
  const out = resolve('out/export-previews');
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (f.startsWith(`${prefix}-`)) rmSync(join(out, f));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, prefix)]);
}

describe.skipIf(missing.length > 0)(`passport exports opened by LibreOffice (needs ${missing.join(', ') || 'nothing missing'})`, () => {
  for (const lang of ['ru', 'en'] as ExportLang[]) {
    it(
      `the DOCX (${lang}) converts to a PDF that holds the passport's text`,
      async () => {
        const { snapshot } = filledPassport();
        const { pdf, text } = await toPdfText(`passport-${lang}.docx`, await buildPassportDocx(snapshot, { lang }));
        const flat = text.replace(/\s+/g, ' ');
        expect(flat).toContain('ПРОЕКТируем будущее малых территорий');
        expect(flat).toContain('Забалдина Екатерина Александровна');
        expect(flat).toContain(lang === 'ru' ? 'Календарный план' : 'Calendar plan');
        expect(flat).toContain('Администрация Каргопольского муниципального округа');
        preview(pdf, `passport-docx-${lang}`);
      },
      OFFICE_TIMEOUT_MS,
    );
  }

  it(
    'the calendar XLSX converts to a PDF that holds every activity',
    async () => {
      const { snapshot } = filledPassport();
      const { pdf, text } = await toPdfText('calendar.xlsx', await buildCalendarXlsx(snapshot));
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Решаемая задача');
      expect(flat).toContain('01.07.2019');
      expect(flat).toContain('Создать молодёжный совет');
      preview(pdf, 'passport-xlsx-ru');
    },
    OFFICE_TIMEOUT_MS,
  );
});
