import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice and poppler for round trips; tests that need them are skipped, with the reason, when absent. */
export const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
export const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

/**
 * How long one LibreOffice conversion may take. A cold first start on a fresh machine (no profile, no
 * page cache) takes 10–20 s; tests that convert give themselves this much per conversion.
 */
export const OFFICE_TIMEOUT_MS = 120_000;

/**
 * The text pdftotext reads from a PDF, whitespace collapsed (lines wrap wherever the layout put them;
 * `layout`: in the physical layout, a table row along its line).
 * Asynchronous, like {@link officeToPdf}: the tests that call these often run a host in the same
 * process, and a blocked event loop lets its keep-alive sockets go stale (fetch then fails with
 * ECONNRESET on a pooled connection the server already dropped).
 */
export async function pdfText(pdf: Uint8Array, layout = false): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'veche-pdf-'));
  try {
    await writeFile(join(dir, 'x.pdf'), pdf);
    const { stdout } = await run('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', join(dir, 'x.pdf'), '-'], {
      maxBuffer: 64 << 20,
      encoding: 'utf8',
    });
    return stdout.replace(/\s+/g, ' ');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A DOCX or XLSX opened by LibreOffice headless and printed to PDF, without blocking the event loop.
 * Each call has its own profile dir so parallel test files don't collide on LibreOffice's lock.
 */
export async function officeToPdf(bytes: Uint8Array, ext: 'docx' | 'xlsx'): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'veche-office-'));
  try {
    await writeFile(join(dir, `in.${ext}`), bytes);
    await run('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, `in.${ext}`)], {
      timeout: OFFICE_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    });
    return new Uint8Array(await readFile(join(dir, 'in.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of each page of a PDF, whitespace collapsed (pdftotext ends every page with a form feed). */
/** `layout`: keep the physical layout (a table row stays on its line, whatever order the PDF's text blocks are in). */
export async function pdfPages(pdf: Uint8Array, layout = false): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'veche-pdf-'));
  try {
    await writeFile(join(dir, 'x.pdf'), pdf);
    const { stdout } = await run('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', join(dir, 'x.pdf'), '-'], {
      maxBuffer: 64 << 20,
      encoding: 'utf8',
    });
    return stdout
      .split('\f')
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p, i, all) => p !== '' || i < all.length - 1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
