import type { Lang } from '@shared/export/labels';
import type { FormatOf } from '@shared/export/registry';
import { exportFormats } from '@shared/export/registry';
import type { ExportOptions } from '@shared/export/progress';
import { checkpoint } from '@shared/export/progress';
import type { TreeExport } from '@shared/export/tree-data';
import { buildTreeJson } from '@shared/export/tree-data';
import { drawTree } from '@shared/export/tree-drawing';
import { buildTreeMm } from '@shared/export/tree-mm';
import { buildTreeMarkdown } from '@shared/export/tree-outline';
import { buildTreeSvg } from '@shared/export/tree-svg';
import { fontFaceCss } from './fonts';
import { newPdf } from './pdf-doc';
import { addTreePages } from './pdf-tree';
import { svgToPng } from './png';

/** A tree in each of its formats; the Node-only ones (PNG via resvg, PDF via pdfkit) are built here. */
export const TREE_FORMATS = exportFormats('tree');
export type TreeFormat = FormatOf<'tree'>;

export async function buildTreeFile(t: TreeExport, format: TreeFormat, lang: Lang, opts: ExportOptions = {}): Promise<Uint8Array | string> {
  switch (format) {
    case 'svg':
      return buildTreeSvg(t, lang, { ...opts, fontFaceCss: await fontFaceCss(t.title + t.nodes.map((n) => n.text + (n.sourceText ?? '')).join('')) });
    case 'png': {
      // No embedded @font-face: resvg gets the same font as buffers, and parsing is faster without it.
      const svg = await buildTreeSvg(t, lang, { ...(opts.signal ? { signal: opts.signal } : {}) });
      await checkpoint(opts, 0.5);
      const png = await svgToPng(svg, 2);
      await checkpoint(opts, 1);
      return png;
    }
    case 'pdf':
      return treePdf(t, lang, opts);
    case 'md':
      return buildTreeMarkdown(t, lang);
    case 'mm':
      return buildTreeMm(t, lang);
    case 'json':
      return buildTreeJson(t);
  }
}

async function treePdf(t: TreeExport, lang: Lang, opts: ExportOptions): Promise<Uint8Array> {
  await checkpoint(opts, 0);
  const drawing = drawTree(t, lang);
  await checkpoint(opts, 0.3);
  const { doc, done } = await newPdf({ autoFirstPage: false }, drawing.title);
  addTreePages(doc, drawing, opts.signal, lang);
  doc.end();
  const bytes = await done;
  await checkpoint(opts, 1);
  return bytes;
}
