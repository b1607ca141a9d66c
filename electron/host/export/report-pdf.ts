import type { Lang } from '@shared/export/labels';
import type { ExportOptions } from '@shared/export/progress';
import { checkpoint, within } from '@shared/export/progress';
import type { ReportBlock } from '@shared/export/report-model';
import { drawTree } from '@shared/export/tree-drawing';
import type { PdfDoc } from './pdf-doc';
import { FONT, newPdf, pdfText } from './pdf-doc';
import { addTreePages } from './pdf-tree';
import { drawTable } from './pdf-table';

/**
 * The session report as PDF: A4 portrait text pages with the bundled PT Sans, and every tree
 * picture on its own A3 landscape page(s), as in the tree's own PDF. Text flows across pages;
 * nothing is cut, however long a card is.
 */
const A4 = { size: 'A4', layout: 'portrait', margin: 50 } as const;
const SIZES = { h1: 18, h2: 15, h3: 13, h4: 12, p: 11 } as const;

export async function buildReportPdf(blocks: readonly ReportBlock[], lang: Lang, title: string, opts: ExportOptions = {}): Promise<Uint8Array> {
  const { doc, done } = await newPdf({ ...A4, autoFirstPage: true, bufferPages: false }, title);
  for (const [i, b] of blocks.entries()) {
    if (i % 10 === 0) await checkpoint(opts, within(0, 0.95, i, blocks.length));
    renderBlock(doc, b, lang, opts.signal);
  }
  doc.end();
  const bytes = await done;
  await checkpoint(opts, 1);
  return bytes;
}

function heading(doc: PdfDoc, text: string, size: number): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - size * 4) doc.addPage(A4);
  doc.moveDown(0.6).font(FONT.bold).fontSize(size).fillColor('#111111').text(pdfText(text), doc.page.margins.left, doc.y);
  doc.moveDown(0.3);
}

function renderBlock(doc: PdfDoc, b: ReportBlock, lang: Lang, signal?: AbortSignal): void {
  const left = doc.page.margins.left;
  switch (b.t) {
    case 'title':
      doc.font(FONT.bold).fontSize(24).fillColor('#111111').text(pdfText(b.text), left, doc.y);
      doc.moveDown(0.2).font(FONT.regular).fontSize(11).fillColor('#666666').text(pdfText(b.sub));
      return;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
      return heading(doc, b.text, SIZES[b.t]);
    case 'p':
      doc
        .font(FONT.regular)
        .fontSize(SIZES.p)
        .fillColor(b.muted ? '#666666' : '#111111')
        .text(pdfText(b.text), left, doc.y);
      doc.moveDown(0.3);
      return;
    case 'list':
      doc.font(FONT.regular).fontSize(SIZES.p).fillColor('#111111');
      for (const it of b.items)
        doc.text(`• ${pdfText(it.text)}`, left + 14 * (it.depth + 1), doc.y, { width: doc.page.width - doc.page.margins.right - left - 14 * (it.depth + 1) });
      doc.moveDown(0.3);
      return;
    case 'table':
      drawTable(doc, b.header, b.rows, () => doc.addPage(A4));
      return;
    case 'tree':
      if (b.tree.nodes.length === 0) return;
      addTreePages(doc, drawTree(b.tree, lang), signal, lang);
      doc.addPage(A4);
      return;
    case 'pagebreak':
      // A page that has only just begun is already a fresh page.
      if (doc.y > doc.page.margins.top + 1) doc.addPage(A4);
      return;
  }
}
