import {
  AlignmentType,
  Document,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PassportSnapshot } from '../passport/model';
import { PASSPORT_LABELS } from '../passport/labels';
import type { PassportBlock, PassportExportOptions } from './passport-blocks';
import { passportBlocks, step } from './passport-blocks';
import { contentColumnWidths } from './docx-columns';

/**
 * The passport as a Word document shaped like a Russian grant application: numbered section
 * headings, each field as a bold caption over its text, the calendar plan, results, team and
 * partners as tables whose header row repeats on every page. User text only ever goes into
 * TextRuns, which docx escapes, so no text becomes markup. Times New Roman, as the forms ask;
 * LibreOffice substitutes the metric-compatible Liberation Serif, which has Cyrillic.
 */
const FONT = 'Times New Roman';
/** A4 portrait, margins 2 cm left/right: 210 mm − 40 mm in twips; landscape: 297 mm − 40 mm. */
const TEXT_WIDTH_TWIPS = Math.round(((210 - 40) / 25.4) * 1440);
const LANDSCAPE_WIDTH_TWIPS = Math.round(((297 - 40) / 25.4) * 1440);
const MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134 };
const PORTRAIT = { size: { width: 11906, height: 16838 }, margin: MARGIN };
/** docx swaps width and height itself for a landscape page: the size stays the portrait one. */
const LANDSCAPE = { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN };

export async function buildPassportDocx(p: PassportSnapshot, opts: PassportExportOptions = {}): Promise<Uint8Array> {
  const lang = opts.lang ?? 'ru';
  const blocks = passportBlocks(p, lang);
  // A landscape table gets a section of its own, with the heading just before it; portrait resumes after.
  const sections: { landscape: boolean; children: (Paragraph | Table)[] }[] = [{ landscape: false, children: [] }];
  for (const [i, block] of blocks.entries()) {
    step(opts, i, blocks.length + 1);
    const wide = block.kind === 'table' && block.landscape === true;
    if (wide) {
      const prev = sections.at(-1)!;
      const heading = prev.children.at(-1) && blocks[i - 1]?.kind === 'heading' ? prev.children.pop()! : null;
      sections.push({ landscape: true, children: heading ? [heading] : [] });
    } else if (sections.at(-1)!.landscape) sections.push({ landscape: false, children: [] });
    sections.at(-1)!.children.push(...renderBlock(block, PASSPORT_LABELS[lang].empty));
    // Give the event loop a turn so a Cancel click (an abort) can land between blocks.
    if (i % 8 === 7) await new Promise((r) => setTimeout(r, 0));
  }
  const doc = new Document({
    creator: 'Veche',
    title: `${PASSPORT_LABELS[lang].title}: ${blocks[0]?.kind === 'title' ? blocks[0].text : ''}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 24 }, paragraph: { spacing: { after: 80, line: 276 } } },
        title: {
          run: { font: FONT, size: 36, bold: true },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240, line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: { run: { font: FONT, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
      },
    },
    sections: sections.filter((x) => x.children.length > 0).map((x) => ({ properties: { page: x.landscape ? LANDSCAPE : PORTRAIT }, children: x.children })),
  });
  opts.signal?.throwIfAborted();
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
  step(opts, blocks.length + 1, blocks.length + 1);
  return bytes;
}

function renderBlock(block: PassportBlock, empty: string): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] })];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] })];
    case 'warnings':
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: block.label, color: '9C2A00' })] }),
        new Paragraph({ children: [new TextRun({ text: block.intro, italics: true })] }),
        ...block.items.map((t) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(t)] })),
      ];
    case 'field':
      return [caption(block.label), ...textParagraphs(block.text, empty)];
    case 'list':
      return [
        caption(block.label),
        ...(block.items.length === 0
          ? textParagraphs('', empty)
          : block.items.map((t, i) => new Paragraph({ indent: { left: 360 }, children: [new TextRun(`${i + 1}. ${t}`)] }))),
      ];
    case 'table':
      return [...(block.label ? [caption(block.label)] : []), table(block, empty), new Paragraph({ children: [] })];
  }
}

const caption = (label: string) => new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [new TextRun({ text: label, bold: true })] });

/** One paragraph per line the team typed; an empty field shows a dash, as on a filled-in form. */
function textParagraphs(text: string, empty: string, size?: number): Paragraph[] {
  const lines = text === '' ? [empty] : text.split('\n');
  return lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, ...(size ? { size } : {}) })] }));
}

function table(block: Extract<PassportBlock, { kind: 'table' }>, empty: string): Table {
  const tableWidth = block.landscape ? LANDSCAPE_WIDTH_TWIPS : TEXT_WIDTH_TWIPS;
  // By content (docx-columns.ts): no column narrower than its longest word, the table as wide as the text.
  const widths = contentColumnWidths({
    header: block.columns,
    rows: block.rows,
    totalTwips: tableWidth,
    fontPt: 10,
    headerPt: 9,
    paddingTwips: 120,
    fontScale: 1.3,
  });
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } } : {}),
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      children: header
        ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, size: 18 })] })]
        : textParagraphs(text, '', 20),
    });
  const rows = block.rows.length > 0 ? block.rows : [block.columns.map((_, i) => (i === 0 ? empty : ''))];
  return new Table({
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell(c, i, true)) }),
      // Data rows may split across pages: a row taller than a page that cannot split is clipped.
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}
