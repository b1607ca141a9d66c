import type { PdfDoc } from './pdf-doc';
import { FONT, pdfText } from './pdf-doc';

/**
 * A simple ruled table for the report PDF: equal-ish columns (the first narrow when it is a rank or
 * a number), header row repeated after a page break. A row taller than a whole page (a 10,000
 * character card) is printed as label: text paragraphs instead, so it flows and is never clipped.
 */
const PAD = 4;
/** Smaller type for wide tables (votes by group) so words fit their columns on A4. */
const sizeFor = (columns: number) => (columns > 6 ? 8 : 10);

export function drawTable(doc: PdfDoc, header: readonly string[], rows: readonly string[][], newPage: () => void): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const SIZE = sizeFor(header.length);
  const widths = columnWidths(doc, header, rows, width, SIZE);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const rowHeight = (cells: readonly string[], bold: boolean) =>
    Math.max(
      ...cells.map((c, i) =>
        doc
          .font(bold ? FONT.bold : FONT.regular)
          .fontSize(SIZE)
          .heightOfString(pdfText(c), { width: widths[i]! - 2 * PAD }),
      ),
    ) +
    2 * PAD;
  const drawRow = (cells: readonly string[], bold: boolean) => {
    const h = rowHeight(cells, bold);
    const top = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      const w = widths[i]!;
      if (bold) doc.rect(x, top, w, h).fill('#e8e8e8');
      doc.rect(x, top, w, h).lineWidth(0.5).stroke('#999999');
      doc
        .font(bold ? FONT.bold : FONT.regular)
        .fontSize(SIZE)
        .fillColor('#111111')
        .text(pdfText(c), x + PAD, top + PAD, { width: w - 2 * PAD });
      x += w;
    });
    doc.x = left;
    doc.y = top + h;
  };
  const headerHeight = rowHeight(header, true);
  if (doc.y + headerHeight * 2 > bottom()) newPage();
  drawRow(header, true);
  for (const r of rows) {
    const cells = header.map((_, i) => r[i] ?? '');
    const h = rowHeight(cells, false);
    if (h > bottom() - doc.page.margins.top - headerHeight) {
      longRow(doc, header, cells, left, SIZE);
      continue;
    }
    if (doc.y + h > bottom()) {
      newPage();
      drawRow(header, true);
    }
    drawRow(cells, false);
  }
  doc.moveDown(0.8);
}

function longRow(doc: PdfDoc, header: readonly string[], cells: readonly string[], left: number, SIZE: number): void {
  doc.moveDown(0.3);
  cells.forEach((c, i) => {
    if (!c) return;
    doc
      .font(FONT.bold)
      .fontSize(SIZE)
      .fillColor('#111111')
      .text(`${pdfText(header[i] ?? '')}:`, left, doc.y);
    doc.font(FONT.regular).fontSize(SIZE).text(pdfText(c), left, doc.y);
  });
  doc.moveDown(0.3);
}

/** Each column at least as wide as its longest word (words never break mid-way), the rest shared by text length. */
function columnWidths(doc: PdfDoc, header: readonly string[], rows: readonly string[][], width: number, SIZE: number): number[] {
  const sample = rows.slice(0, 50);
  const minOf = (i: number) => {
    const words = [header[i] ?? '', ...sample.map((r) => r[i] ?? '')].flatMap((t) => pdfText(t).split(/\s+/)).filter((w) => w.length <= 30);
    return Math.max(...words.map((w) => doc.font(FONT.bold).fontSize(SIZE).widthOfString(w)), 0) + 2 * PAD + 2;
  };
  const raw = header.map((_, i) => Math.min(width / 4, minOf(i)));
  const total = raw.reduce((a, b) => a + b, 0);
  // Too many columns for their longest words: shrink all alike (a word may then wrap mid-way).
  const mins = total > width ? raw.map((m) => (m * width) / total) : raw;
  // Spare room goes by body text length, so a long "item" column widens and number columns stay narrow.
  const weight = header.map((_, i) => Math.max(1, ...sample.map((r) => Math.min(80, (r[i] ?? '').length))));
  const spare = Math.max(0, width - mins.reduce((a, b) => a + b, 0));
  const sum = weight.reduce((a, b) => a + b, 0);
  return mins.map((m, i) => m + (weight[i]! / sum) * spare);
}
