import PDFDocument from 'pdfkit';
import { neutraliseBidi } from '@shared/export/sanitize';
import { breakLongRuns } from '@shared/export/text-wrap';
import type { ExportFonts } from './fonts';
import { loadFonts } from './fonts';
import { installFallback } from './pdf-fallback';

/**
 * A pdfkit document with the bundled PT Sans registered as `regular` / `bold` (embedded, subset),
 * so Cyrillic prints the same on any machine. pdfkit's own Helvetica has no Cyrillic and is never used.
 */
export const FONT = { regular: 'pt-regular', bold: 'pt-bold' } as const;

export type PdfDoc = PDFKit.PDFDocument;

export async function newPdf(opts: PDFKit.PDFDocumentOptions, title: string): Promise<{ doc: PdfDoc; done: Promise<Uint8Array> }> {
  const fonts: ExportFonts = await loadFonts();
  const doc = new PDFDocument({ ...opts, info: { Title: title, Creator: 'Veche' }, compress: true });
  doc.registerFont(FONT.regular, Buffer.from(fonts.regular));
  doc.registerFont(FONT.bold, Buffer.from(fonts.bold));
  doc.font(FONT.regular);
  linearWrapping(doc);
  installFallback(doc, fonts.fallbacks);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** Text PDF can print: no C0 controls other than newline (pdfkit would draw them as missing glyphs). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed.
export const pdfText = (s: string): string => neutraliseBidi(s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000B-\u001F\u007F\uFFFE\uFFFF]/g, ' '));

type TextInternals = {
  _text(text: unknown, x: unknown, y: unknown, options: unknown, lineCallback: unknown): PdfDoc;
  _initOptions(x: unknown, y: unknown, options: unknown): { width?: number; lineBreak?: boolean };
  _fontSize: number;
};

/**
 * Every text pdfkit lays out (`text` and `heightOfString` both go through `_text`) has its
 * over-wide runs made breakable first (breakLongRuns, linear), so pdfkit's line wrapper, quadratic
 * in the length of an unbreakable word, only ever sees words that fit a line: a 60,000-character
 * card without a space takes milliseconds instead of minutes.
 */
function linearWrapping(doc: PdfDoc): void {
  const d = doc as unknown as TextInternals;
  const original = d._text;
  d._text = function (this: TextInternals, text, x, y, options, lineCallback) {
    const o = this._initOptions(x, y, options);
    const fits = typeof text === 'string' && o.lineBreak !== false && o.width ? breakLongRuns(text, o.width, this._fontSize) : text;
    return original.call(this, fits, x, y, options, lineCallback);
  };
}
