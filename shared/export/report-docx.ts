import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { contentColumnWidths } from './docx-columns';
import type { Lang } from './labels';
import { labelsFor } from './labels';
import type { ExportOptions } from './progress';
import { checkpoint, within } from './progress';
import { plainText } from './sanitize';
import type { ReportBlock } from './report-model';

/**
 * The session report as DOCX. User text only ever becomes TextRun text (docx XML-escapes it) after
 * `plainText` drops what XML cannot hold; no hyperlinks are made, so a `javascript:` text stays text.
 * Arial (Liberation Sans in LibreOffice): a DOCX is for editing, and every office suite has it with
 * Cyrillic; the PDF carries the bundled PT Sans.
 */
const FONT = 'Arial';
const HEADINGS = { h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3, h4: HeadingLevel.HEADING_4 } as const;

export async function buildReportDocx(blocks: readonly ReportBlock[], lang: Lang, opts: ExportOptions = {}): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  for (const [i, b] of blocks.entries()) {
    if (i % 20 === 0) await checkpoint(opts, within(0, 0.7, i, blocks.length));
    children.push(...renderBlock(b));
  }
  const doc = new Document({
    creator: 'Veche',
    title: labelsFor(lang).report.title,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [{ properties: { page: { margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } }, children }],
  });
  await checkpoint(opts, 0.75);
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
  await checkpoint(opts, 1);
  return bytes;
}

/** Multi-line text as runs with breaks, so a card's own line breaks survive. */
const runs = (text: string, bold = false): TextRun[] =>
  plainText(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : 0 }));

function renderBlock(b: ReportBlock): (Paragraph | Table)[] {
  switch (b.t) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: runs(b.text) }),
        new Paragraph({ children: [new TextRun({ text: plainText(b.sub), color: '666666' })] }),
      ];
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
      return [new Paragraph({ heading: HEADINGS[b.t], children: runs(b.text) })];
    case 'p':
      return [new Paragraph({ children: b.muted ? [new TextRun({ text: plainText(b.text), color: '666666', italics: true })] : runs(b.text) })];
    case 'list':
      return b.items.map((it) => new Paragraph({ bullet: { level: Math.min(8, it.depth) }, children: runs(it.text) }));
    case 'table':
      return [table(b.header, b.rows), new Paragraph({ children: [] })];
    case 'tree':
      // The outline that follows carries the tree in a DOCX; the picture is the PDF's.
      return [];
    case 'pagebreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** A4 (docx's default page) less the 1000-twip margins set below. */
const TEXT_TWIPS = 11906 - 2 * 1000;
const CELL_MARGIN = 80;

function cell(text: string, header: boolean, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    children: [new Paragraph({ alignment: AlignmentType.LEFT, children: runs(text, header) })],
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' } } : {}),
  });
}

function table(header: readonly string[], rows: readonly string[][]): Table {
  const widths = contentColumnWidths({ header, rows, totalTwips: TEXT_TWIPS, fontPt: 11, paddingTwips: 2 * CELL_MARGIN });
  return new Table({
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, widths[i] ?? 0)) }),
      ...rows.map((r) => new TableRow({ children: header.map((_, i) => cell(r[i] ?? '', false, widths[i] ?? 0)) })),
    ],
  });
}
