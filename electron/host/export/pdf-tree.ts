import type { Lang } from '@shared/export/labels';
import type { TreeDrawing } from '@shared/export/tree-drawing';
import { baselineOf, headerBaselines } from '@shared/export/tree-drawing';
import { KIND_COLORS, PX_TO_PT, TREE_STYLE as S } from '@shared/export/tree-style';
import { textWidth } from '@shared/export/text-wrap';
import type { PdfDoc } from './pdf-doc';
import { FONT, pdfText } from './pdf-doc';

/**
 * A tree drawing on A3 landscape pages, drawn with pdfkit from the same TreeDrawing as the SVG.
 * Scaled to fill one sheet (up, for a small tree; down, unless node text would go below 11 pt); then it is
 * printed at 11 pt across several sheets (a poster: each page shows its column/row), never cut.
 */
const A3 = { width: 1190.55, height: 841.89 };
const MARGIN = 28;
const MIN_SCALE = 11 / 12;
/** A small tree is enlarged to fill the sheet, up to three times its on-screen size. */
const MAX_SCALE = 3;
const SHEET_LABEL = {
  ru: (r: number, rows: number, c: number, cols: number) => `ряд ${r} из ${rows}, столбец ${c} из ${cols}`,
  en: (r: number, rows: number, c: number, cols: number) => `row ${r} of ${rows}, column ${c} of ${cols}`,
} as const;

export function addTreePages(doc: PdfDoc, d: TreeDrawing, signal?: AbortSignal, lang: Lang = 'ru'): number {
  const avail = { width: A3.width - 2 * MARGIN, height: A3.height - 2 * MARGIN };
  const full = { width: d.width * PX_TO_PT, height: d.height * PX_TO_PT };
  const scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, avail.width / full.width, avail.height / full.height));
  const cols = Math.max(1, Math.ceil((full.width * scale) / avail.width - 1e-6));
  const rows = Math.max(1, Math.ceil((full.height * scale) / avail.height - 1e-6));
  // One sheet: centred on it. A poster starts at the corner so the sheets join edge to edge.
  const dx = cols === 1 ? Math.max(0, (avail.width - full.width * scale) / 2) : 0;
  const dy = rows === 1 ? Math.max(0, (avail.height - full.height * scale) / 2) : 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      signal?.throwIfAborted();
      doc.addPage({ size: 'A3', layout: 'landscape', margin: MARGIN });
      doc.save();
      doc.rect(MARGIN, MARGIN, avail.width, avail.height).clip();
      doc.translate(MARGIN + dx - c * avail.width, MARGIN + dy - r * avail.height).scale(scale * PX_TO_PT);
      drawAll(doc, d);
      doc.restore();
      if (cols * rows > 1) tileLabel(doc, SHEET_LABEL[lang](r + 1, rows, c + 1, cols));
    }
  }
  return cols * rows;
}

function tileLabel(doc: PdfDoc, text: string): void {
  doc
    .font(FONT.regular)
    .fontSize(9)
    .fillColor('#777777')
    .text(text, MARGIN, A3.height - MARGIN + 8, { lineBreak: false });
}

function drawAll(doc: PdfDoc, d: TreeDrawing): void {
  const y = headerBaselines();
  doc.font(FONT.bold).fontSize(S.titleSize).fillColor(S.text).text(pdfText(d.title), S.margin, y.title, { baseline: 'alphabetic', lineBreak: false });
  doc
    .font(FONT.regular)
    .fontSize(S.subtitleSize)
    .fillColor('#555555')
    .text(pdfText(d.subtitle), S.margin, y.subtitle, { baseline: 'alphabetic', lineBreak: false });
  let x = S.margin + textWidth(d.subtitle, S.subtitleSize) + 40;
  for (const item of d.legend) {
    const c = KIND_COLORS[item.kind];
    doc
      .roundedRect(x, y.subtitle - 12, 14, 14, 2)
      .lineWidth(1)
      .fillAndStroke(c.fill, c.stroke);
    doc.fillColor(S.text).text(pdfText(item.label), x + 20, y.subtitle, { baseline: 'alphabetic', lineBreak: false });
    x += 20 + textWidth(item.label, S.subtitleSize) + 24;
  }
  doc.lineWidth(1.5).strokeColor(S.edge);
  for (const e of d.edges) {
    const [first, ...rest] = e.points;
    doc.moveTo(first![0], first![1]);
    for (const [px, py] of rest) doc.lineTo(px, py);
    doc.stroke();
    const a = e.arrow;
    if (a.dir === 'up') doc.polygon([a.x, a.y], [a.x - 5, a.y + 9], [a.x + 5, a.y + 9]).fill(S.edge);
    else doc.polygon([a.x, a.y], [a.x + 9, a.y - 5], [a.x + 9, a.y + 5]).fill(S.edge);
  }
  for (const n of d.nodes) {
    const c = KIND_COLORS[n.kind];
    doc
      .roundedRect(n.x, n.y, n.width, n.height, 6)
      .lineWidth(n.bold ? 2.5 : 1.5)
      .fillAndStroke(c.fill, c.stroke);
    doc
      .font(n.bold ? FONT.bold : FONT.regular)
      .fontSize(n.fontSize)
      .fillColor(n.muted ? S.hint : S.text);
    n.lines.forEach((line, i) => {
      const text = pdfText(line);
      const w = doc.widthOfString(text);
      doc.text(text, n.x + (n.width - w) / 2, baselineOf(n, i), { baseline: 'alphabetic', lineBreak: false });
    });
  }
}
