import type { Lang } from './labels';
import type { ExportOptions } from './progress';
import { checkpoint } from './progress';
import { xmlEscape } from './sanitize';
import type { TreeExport } from './tree-data';
import type { DrawnEdge, DrawnNode, TreeDrawing } from './tree-drawing';
import { baselineOf, drawTree, headerBaselines } from './tree-drawing';
import { KIND_COLORS, TREE_STYLE as S } from './tree-style';
import { textWidth } from './text-wrap';
import { svgTextRuns } from './font-fallback';

export type TreeSvgOptions = ExportOptions & {
  /**
   * `@font-face` rules to embed (the host passes PT Sans as data: URLs) so the file looks the same on
   * machines without the font. The CSS is the caller's, never user text.
   */
  fontFaceCss?: string;
};

/**
 * The tree as a standalone SVG 1.1 document. User text only ever appears escaped inside `<text>`
 * and `<title>`: no attribute, style, link or script is built from it.
 */
export async function buildTreeSvg(t: TreeExport, lang: Lang, opts: TreeSvgOptions = {}): Promise<string> {
  await checkpoint(opts, 0);
  const d = drawTree(t, lang);
  await checkpoint(opts, 0.5);
  const parts = [svgOpen(d), ...defs(opts.fontFaceCss), header(d), '<g fill="none" stroke-width="1.5">'];
  for (const e of d.edges) parts.push(`<path d="M${e.points.map(([x, y]) => `${r(x)} ${r(y)}`).join('L')}" stroke="${S.edge}"/>`);
  for (const e of d.edges) parts.push(arrow(e.arrow));
  parts.push('</g>');
  d.nodes.forEach((n, i) => {
    parts.push(nodeSvg(n));
    if (i % 100 === 99) opts.signal?.throwIfAborted();
  });
  parts.push('</svg>');
  await checkpoint(opts, 1);
  return `${parts.join('\n')}\n`;
}

const r = (n: number): string => (Math.round(n * 10) / 10).toString();

function svgOpen(d: TreeDrawing): string {
  // Physical size at 96 px per inch, so printing at 100 % gives 12 pt node text.
  const mm = (px: number) => r((px * 25.4) / 96);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${mm(d.width)}mm" height="${mm(d.height)}mm" ` +
    `viewBox="0 0 ${d.width} ${d.height}" font-family="${S.fontFamily.replace(/"/g, '')}">`
  );
}

function defs(fontFaceCss: string | undefined): string[] {
  const out: string[] = [];
  if (fontFaceCss) out.push(`<defs><style type="text/css"><![CDATA[${fontFaceCss.replace(/]]>/g, '')}]]></style></defs>`);
  return out;
}

function header(d: TreeDrawing): string {
  const y = headerBaselines();
  const out = [
    `<title>${xmlEscape(d.title)}</title>`,
    `<rect width="${d.width}" height="${d.height}" fill="${S.background}"/>`,
    `<text x="${S.margin}" y="${y.title}" font-size="${S.titleSize}" font-weight="bold" fill="${S.text}">${svgTextRuns(d.title)}</text>`,
    `<text x="${S.margin}" y="${y.subtitle}" font-size="${S.subtitleSize}" fill="#555555">${xmlEscape(d.subtitle)}</text>`,
  ];
  let x = S.margin + textWidth(d.subtitle, S.subtitleSize) + 40;
  for (const item of d.legend) {
    const c = KIND_COLORS[item.kind];
    out.push(`<rect x="${r(x)}" y="${r(y.subtitle - 12)}" width="14" height="14" rx="2" fill="${c.fill}" stroke="${c.stroke}"/>`);
    out.push(`<text x="${r(x + 20)}" y="${y.subtitle}" font-size="${S.subtitleSize}" fill="${S.text}">${xmlEscape(item.label)}</text>`);
    x += 20 + textWidth(item.label, S.subtitleSize) + 24;
  }
  return out.join('\n');
}

/** A small arrowhead: cause → problem → consequence reads upward (or leftward on its side). */
function arrow(a: DrawnEdge['arrow']): string {
  const head = a.dir === 'up' ? 'l-5 9h10z' : 'l9 -5v10z';
  return `<path d="M${r(a.x)} ${r(a.y)}${head}" fill="${S.edge}" stroke="none"/>`;
}

function nodeSvg(n: DrawnNode): string {
  const c = KIND_COLORS[n.kind];
  const cx = r(n.x + n.width / 2);
  const weight = (n.bold ? ' font-weight="bold"' : '') + (n.muted ? ' font-style="italic"' : '');
  const lines = n.lines.map((line, i) => `<text x="${cx}" y="${r(baselineOf(n, i))}">${svgTextRuns(line)}</text>`);
  return [
    `<g>`,
    `<rect x="${r(n.x)}" y="${r(n.y)}" width="${r(n.width)}" height="${r(n.height)}" rx="6" fill="${c.fill}" stroke="${c.stroke}" stroke-width="${n.bold ? 2.5 : 1.5}"/>`,
    `<g font-size="${n.fontSize}"${weight} fill="${n.muted ? S.hint : S.text}" text-anchor="middle">`,
    ...lines,
    '</g>',
    '</g>',
  ].join('');
}
