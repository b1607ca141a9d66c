import type { HierarchyPointNode } from 'd3-hierarchy';
import { hierarchy, tree as d3tree } from 'd3-hierarchy';
import { childrenOnSide } from './resolve';
import type { Branch, NodeId, ResolvedNode, ResolvedTree, Side } from './types';

/**
 * Tidy layout (Reingold–Tilford via d3-hierarchy) of a resolved tree: the central problem at the
 * origin, causes growing downward, consequences upward, each side laid out on its own so the two
 * never interleave. Boxes have the size the renderer measured: d3's separation is given in pixels
 * (nodeSize 1), computed from the two neighbours' widths, so neighbours on a level never overlap
 * however long their text; each level is as tall as its tallest box.
 * Coordinates: screen pixels, y grows downward, (x, y) is a box's top-left corner.
 */
export type Size = { width: number; height: number };
export type Box = Size & { id: NodeId; x: number; y: number; side: Side; depth: number };
export type Edge = { from: NodeId; to: NodeId; x1: number; y1: number; x2: number; y2: number };
export type Bounds = { x: number; y: number; width: number; height: number };
export type TreeLayout = { boxes: ReadonlyMap<NodeId, Box>; edges: readonly Edge[]; bounds: Bounds };
export type LayoutOptions = { gapX?: number; gapY?: number };

export function layoutTree(tree: ResolvedTree, measure: (node: ResolvedNode) => Size, opts: LayoutOptions = {}): TreeLayout {
  const gapX = opts.gapX ?? 24;
  const gapY = opts.gapY ?? 48;
  const rootId = tree.rootId;
  if (rootId === null) return { boxes: new Map(), edges: [], bounds: { x: 0, y: 0, width: 0, height: 0 } };
  const sizes = new Map<NodeId, Size>();
  for (const [id, node] of tree.nodes) sizes.set(id, measure(node));
  const rootSize = sizes.get(rootId)!;
  const boxes = new Map<NodeId, Box>();
  boxes.set(rootId, { id: rootId, x: -rootSize.width / 2, y: -rootSize.height / 2, ...rootSize, side: 'root', depth: 0 });
  for (const side of ['below', 'above'] as const) {
    for (const box of layoutSide(tree, rootId, side, sizes, gapX, gapY)) boxes.set(box.id, box);
  }
  return { boxes, edges: edgesOf(tree, boxes), bounds: boundsOf(boxes.values()) };
}

function layoutSide(tree: ResolvedTree, rootId: NodeId, side: Branch, sizes: Map<NodeId, Size>, gapX: number, gapY: number): Box[] {
  const top = childrenOnSide(tree, rootId, side);
  if (top.length === 0) return [];
  const root = hierarchy<NodeId>(rootId, (id) => (id === rootId ? top : (tree.children.get(id) ?? [])));
  const width = (n: HierarchyPointNode<NodeId>) => sizes.get(n.data)!.width;
  // Cousins get twice the gap so that separate branches read as groups.
  const laidOut = d3tree<NodeId>()
    .nodeSize([1, 1])
    .separation((a, b) => (width(a) + width(b)) / 2 + (a.parent === b.parent ? gapX : 2 * gapX))(root);
  const levelHeight: number[] = [];
  for (const n of laidOut.descendants()) levelHeight[n.depth] = Math.max(levelHeight[n.depth] ?? 0, sizes.get(n.data)!.height);
  // Distance from the root's centre to the edge of each level nearest the root.
  const edgeOf: number[] = [0, sizes.get(rootId)!.height / 2 + gapY];
  for (let d = 2; d < levelHeight.length; d++) edgeOf[d] = edgeOf[d - 1]! + levelHeight[d - 1]! + gapY;
  const boxes: Box[] = [];
  for (const n of laidOut.descendants()) {
    if (n.depth === 0) continue;
    const size = sizes.get(n.data)!;
    const y = side === 'below' ? edgeOf[n.depth]! : -edgeOf[n.depth]! - size.height;
    boxes.push({ id: n.data, x: n.x - size.width / 2, y, ...size, side, depth: n.depth });
  }
  return boxes;
}

/** Connectors from the parent's edge facing the child to the child's edge facing the parent. */
function edgesOf(tree: ResolvedTree, boxes: Map<NodeId, Box>): Edge[] {
  const edges: Edge[] = [];
  for (const [id, node] of tree.nodes) {
    if (node.parentId === null) continue;
    const c = boxes.get(id)!;
    const p = boxes.get(node.parentId)!;
    const down = node.side === 'below';
    edges.push({
      from: node.parentId,
      to: id,
      x1: p.x + p.width / 2,
      y1: down ? p.y + p.height : p.y,
      x2: c.x + c.width / 2,
      y2: down ? c.y : c.y + c.height,
    });
  }
  return edges;
}

function boundsOf(boxes: Iterable<Box>): Bounds {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
