import type { Box, Edge, TreeLayout } from '../tree/layout';
import { layoutTree } from '../tree/layout';
import type { ResolvedTree } from '../tree/types';
import type { DrawnEdge, Measured } from './tree-drawing';
import { TREE_STYLE as S } from './tree-style';

/**
 * Chooses between the classic picture (consequences up, causes down: the app's own layout) and the
 * same tidy layout turned on its side (consequences left, causes right, as in the .mm file). The
 * classic one is kept whenever it prints on A3 landscape with text of at least 11 pt; otherwise the
 * one that prints larger wins, since a wide problem tree is usually far wider than it is deep.
 */
export type Placed = { boxes: Box[]; edges: DrawnEdge[]; bounds: TreeLayout['bounds'] };

/** A3 landscape minus 10 mm margins, in CSS px (96 per inch). */
const A3 = { width: (400 / 25.4) * 96, height: (277 / 25.4) * 96 };
/** Node text is 12 pt at 100 %; 11 pt is the floor. */
const MIN_SCALE = 11 / 12;

const a3Scale = (b: TreeLayout['bounds'], header: number) => Math.min(A3.width / (b.width + 2 * S.margin), A3.height / (b.height + header));

export function placeBest(tree: ResolvedTree, measured: ReadonlyMap<string, Measured>): Placed {
  const vertical = layoutTree(tree, (n) => measured.get(n.id)!, { gapX: S.gapX, gapY: S.gapY });
  const header = S.titleSize * 1.3 + S.subtitleSize * 1.6 + S.margin * 2.5;
  if (a3Scale(vertical.bounds, header) >= MIN_SCALE || tree.nodes.size <= 1) return fromVertical(vertical);
  const swapped = layoutTree(
    tree,
    (n) => {
      const m = measured.get(n.id)!;
      return { width: m.height, height: m.width };
    },
    { gapX: S.gapX / 2, gapY: S.gapY * 0.75 },
  );
  const horizontal = fromSwapped(swapped);
  return a3Scale(horizontal.bounds, header) > a3Scale(vertical.bounds, header) ? horizontal : fromVertical(vertical);
}

function fromVertical(l: TreeLayout): Placed {
  const edges = l.edges.map((e): DrawnEdge => {
    const mid = (e.y1 + e.y2) / 2;
    const up = e.y1 < e.y2 ? { x: e.x1, y: e.y1 } : { x: e.x2, y: e.y2 };
    return {
      points: [
        [e.x1, e.y1],
        [e.x1, mid],
        [e.x2, mid],
        [e.x2, e.y2],
      ],
      arrow: { ...up, dir: 'up' },
    };
  });
  return { boxes: [...l.boxes.values()], edges, bounds: l.bounds };
}

/** Laid out with widths and heights exchanged, then transposed: levels run left to right. */
function fromSwapped(l: TreeLayout): Placed {
  const boxes = [...l.boxes.values()].map((b): Box => ({ ...b, x: b.y, y: b.x, width: b.height, height: b.width }));
  const edges = l.edges.map((e: Edge): DrawnEdge => {
    const [x1, y1, x2, y2] = [e.y1, e.x1, e.y2, e.x2];
    const mid = (x1 + x2) / 2;
    const left = x1 < x2 ? { x: x1, y: y1 } : { x: x2, y: y2 };
    return {
      points: [
        [x1, y1],
        [mid, y1],
        [mid, y2],
        [x2, y2],
      ],
      arrow: { ...left, dir: 'left' },
    };
  });
  const b = l.bounds;
  return { boxes, edges, bounds: { x: b.y, y: b.x, width: b.height, height: b.width } };
}
