import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** LibreOffice and poppler for round trips; tests that need them are skipped, with the reason, when absent. */
export const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
export const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

/** The text pdftotext reads from a PDF, whitespace collapsed (lines wrap wherever the layout put them). */
export function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'veche-pdf-'));
  writeFileSync(join(dir, 'x.pdf'), pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'x.pdf'), '-'], { maxBuffer: 64 << 20 }).toString('utf8').replace(/\s+/g, ' ');
}

/** A DOCX or XLSX opened by LibreOffice headless and printed to PDF; its own profile dir so parallel runs don't collide. */
export function officeToPdf(bytes: Uint8Array, ext: 'docx' | 'xlsx'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'veche-office-'));
  writeFileSync(join(dir, `in.${ext}`), bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, `in.${ext}`)], { stdio: 'ignore', timeout: 120_000 });
  return new Uint8Array(readFileSync(join(dir, 'in.pdf')));
}
