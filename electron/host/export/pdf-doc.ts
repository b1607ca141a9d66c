import PDFDocument from 'pdfkit';
import type { ExportFonts } from './fonts';
import { loadFonts } from './fonts';

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
export const pdfText = (s: string): string => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000B-\u001F\u007F\uFFFE\uFFFF]/g, ' ');
