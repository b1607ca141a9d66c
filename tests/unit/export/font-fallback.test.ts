import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildTreeFile } from '../../../electron/host/export/tree-files';
import { buildReportPdf } from '../../../electron/host/export/report-pdf';
import { fallbackRuns } from '../../../electron/host/export/pdf-fallback';
import { TREE_SCHEMA } from '@shared/export/tree-data';
import type { TreeExport } from '@shared/export/tree-data';
import { hasPdftotext, pdfText } from './office';

const run = promisify(execFile);
const MIXED = 'Привет 😀 مرحبا שלום';

async function pdfFonts(pdf: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'veche-fonts-'));
  try {
    await writeFile(join(dir, 'x.pdf'), pdf);
    return (await run('pdffonts', [join(dir, 'x.pdf')], { encoding: 'utf8' })).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A font stand-in that has exactly the given characters. */
const face = (chars: string) => ({ hasGlyphForCodePoint: (cp: number) => [...chars].some((c) => c.codePointAt(0) === cp) });

describe('font fallback for characters PT Sans lacks', () => {
  it('cuts text into runs by the first font that has each character, right-to-left stretches in visual order', () => {
    const latin = face(' Привет!');
    const arabic = face(' مرحبا');
    const hebrew = face(' שלום');
    const runs = fallbackRuns('Привет مرحبا שלום!', [latin, arabic, hebrew]);
    expect(runs.map((r) => [r.text, r.face])).toEqual([
      ['Привет ', 0],
      ['שלום', 2],
      [' ', 0],
      ['مرحبا', 1],
      ['!', 0],
    ]);
  });

  it.skipIf(!hasPdftotext)('a PDF with emoji, Arabic and Hebrew embeds the fallback fonts and gives the letters back', async () => {
    const pdf = await buildReportPdf([{ t: 'p', text: MIXED }], 'ru', 'Fallback');
    const fonts = await pdfFonts(pdf);
    expect(fonts).toMatch(/PTSans/);
    expect(fonts).toMatch(/NotoSansArabic/);
    expect(fonts).toMatch(/NotoSansHebrew/);
    expect(fonts).toMatch(/DejaVuSans/);
    const text = await pdfText(pdf);
    expect(text).toContain('Привет');
    expect(text).toContain('😀');
    // pdftotext may give a right-to-left word in either order: the letters are what matters.
    for (const word of ['مرحبا', 'שלום']) expect(text.includes(word) || text.includes([...word].reverse().join(''))).toBe(true);
  });

  it('the tree SVG declares the fallback families and embeds only the fonts its text needs', async () => {
    const tree = (text: string): TreeExport => ({
      schema: TREE_SCHEMA,
      kind: 'problem-tree',
      title: 'Дерево',
      nodes: [{ id: 'r', kind: 'problem', text, parentId: null, order: 0 }],
    });
    const mixed = String(await buildTreeFile(tree(MIXED), 'svg', 'ru'));
    expect(mixed).toContain("font-family=\"'PT Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'DejaVu Sans'");
    for (const family of ['Noto Sans Arabic', 'Noto Sans Hebrew', 'DejaVu Sans']) expect(mixed).toContain(`@font-face{font-family:'${family}'`);
    const plain = String(await buildTreeFile(tree('Только кириллица'), 'svg', 'ru'));
    expect(plain).not.toContain("@font-face{font-family:'DejaVu Sans'");
    expect(plain.length).toBeLessThan(mixed.length);
  });
});
