import type { NodeId, NodeKind, NodeRecord } from '../tree/types';
import { KINDS_OF } from '../tree/types';
import { resolveTree } from '../tree/resolve';
import type { Lang } from './labels';
import { labelsFor } from './labels';
import type { TreeExport } from './tree-data';
import { branchKinds } from './tree-data';
import { TREE_STYLE as S } from './tree-style';
import { textWidth, wrapText } from './text-wrap';
import { placeBest } from './tree-placement';

/**
 * A tree placed on a canvas, ready to draw: every box with its wrapped lines, the connectors, the
 * title and a legend, in CSS px with the origin at the top-left. SVG, PNG and PDF all draw this one
 * object, so they agree; layout is the app's own (shared/tree/layout.ts): consequences up, causes down.
 */
export type DrawnNode = {
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  fontSize: number;
  bold: boolean;
  /** An empty goal node drawn with its source text as a grey hint, as the editor shows it. */
  muted: boolean;
};
/** A connector as a polyline, with an arrowhead where the cause-to-effect reading arrives. */
export type DrawnEdge = { points: (readonly [number, number])[]; arrow: { x: number; y: number; dir: 'up' | 'left' } };
export type LegendItem = { kind: NodeKind; label: string };
export type TreeDrawing = {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  legend: LegendItem[];
  nodes: DrawnNode[];
  edges: DrawnEdge[];
};

const lineGap = (fontSize: number) => fontSize * S.lineHeight;

export type Measured = { lines: string[]; width: number; height: number; fontSize: number; bold: boolean };

function measureNode(text: string, isRoot: boolean): Measured {
  const fontSize = isRoot ? S.rootFontSize : S.fontSize;
  const maxText = isRoot ? S.maxTextWidth * 1.4 : S.maxTextWidth;
  const lines = wrapText(text, maxText, fontSize, isRoot);
  const widest = Math.max(0, ...lines.map((l) => textWidth(l, fontSize, isRoot)));
  const width = Math.max(S.minBoxWidth, Math.ceil(widest) + 2 * S.padX);
  const height = Math.ceil(Math.max(1, lines.length) * lineGap(fontSize) + 2 * S.padY);
  return { lines, width, height, fontSize, bold: isRoot };
}

/** The export's flat list back into the domain's resolved tree, so the app's layout places it. */
function resolved(t: TreeExport) {
  const records: NodeRecord[] = t.nodes.map((n) => ({
    id: n.id as NodeId,
    kind: n.kind,
    text: n.text,
    parentId: n.parentId as NodeId | null,
    order: String(n.order).padStart(8, '0'),
    deleted: false,
    authorId: null,
    createdAt: 0,
    sourceId: null,
    sourceText: null,
  }));
  return resolveTree(records, t.kind);
}

export function drawTree(t: TreeExport, lang: Lang): TreeDrawing {
  const L = labelsFor(lang);
  const tree = resolved(t);
  const measured = new Map<string, Measured>();
  const hints = new Map(t.nodes.filter((n) => n.sourceText).map((n) => [n.id, `«${n.sourceText}»`]));
  for (const [id, n] of tree.nodes) measured.set(id, measureNode(hints.get(id) ?? n.text, id === tree.rootId));
  const placed = placeBest(tree, measured);
  const { above, below } = branchKinds(t.kind);
  const legend: LegendItem[] = [above, KINDS_OF[t.kind].root, below].map((kind) => ({ kind, label: L.nodeKind[kind] }));
  const title = t.title || L.treeKind[t.kind];
  const header = S.titleSize * 1.3 + S.subtitleSize * 1.6 + S.margin / 2;
  const dx = S.margin - placed.bounds.x;
  const dy = S.margin + header - placed.bounds.y;
  const nodes: DrawnNode[] = placed.boxes.map((b) => {
    const m = measured.get(b.id)!;
    return {
      id: b.id,
      kind: tree.nodes.get(b.id as NodeId)!.kind,
      x: b.x + dx,
      y: b.y + dy,
      width: b.width,
      height: b.height,
      lines: m.lines,
      fontSize: m.fontSize,
      bold: m.bold,
      muted: hints.has(b.id),
    };
  });
  const edges = placed.edges.map((e) => shiftEdge(e, dx, dy));
  const headerWidth = Math.max(textWidth(title, S.titleSize, true), legendWidth(legend) + textWidth(L.treeKind[t.kind], S.subtitleSize) + 40);
  return {
    width: Math.ceil(Math.max(placed.bounds.width, headerWidth) + 2 * S.margin),
    height: Math.ceil(placed.bounds.height + header + 2 * S.margin),
    title,
    subtitle: L.treeKind[t.kind],
    legend,
    nodes,
    edges,
  };
}

const shiftEdge = (e: DrawnEdge, dx: number, dy: number): DrawnEdge => ({
  points: e.points.map(([x, y]) => [x + dx, y + dy] as const),
  arrow: { ...e.arrow, x: e.arrow.x + dx, y: e.arrow.y + dy },
});

/** Legend swatches: a 14 px square, a gap, the label, then 24 px to the next. */
export const legendWidth = (legend: readonly LegendItem[]): number => legend.reduce((w, item) => w + 20 + textWidth(item.label, S.subtitleSize) + 24, 0);

/** The baseline of line `i` in a node (first baseline ≈ top padding + ascent). */
export const baselineOf = (n: DrawnNode, i: number): number => n.y + S.padY + n.fontSize * 0.95 + i * lineGap(n.fontSize);

/** Where the header sits: title baseline, subtitle/legend baseline. */
export const headerBaselines = () => ({ title: S.margin + S.titleSize, subtitle: S.margin + S.titleSize * 1.3 + S.subtitleSize * 1.2 });
