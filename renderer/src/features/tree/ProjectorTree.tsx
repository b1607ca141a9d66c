import type { TFunction } from 'i18next';
import type { RefObject } from 'react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TreeLayout } from '@shared/tree/layout';
import { layoutTree } from '@shared/tree/layout';
import { subTree, treePages } from '@shared/tree/pages';
import type { NodeId, ResolvedTree } from '@shared/tree/types';
import { useProjectorPage } from '../projector/paging-context';
import { shownText } from './display';
import type { NodeMetrics, TextWidth } from './measure';
import { boxSize, canvasTextWidth } from './measure';

/**
 * Boxes at the projector's floor: 28 px text at 1080p (tree.css .pj-tree rules use the same
 * numbers). No kind label: the side (causes below, consequences above) and the colour say it, and a
 * label small enough to fit would be unreadable from the back row.
 */
const PJ_METRICS: NodeMetrics = {
  maxTextWidth: 340,
  minWidth: 170,
  padX: 14,
  padY: 8,
  lineHeight: 34,
  border: 4,
  labelHeight: 0,
  maxLines: 5,
  font: '28px "PT Sans", sans-serif',
};
const GAPS = { gapX: 28, gapY: 56 };
/** Never blown up beyond this: a small tree gets big type, not a poster. */
const MAX_SCALE = 1.5;
/** The mini-map's share of the width when the tree is shown a part at a time. */
const MAP_SHARE = 0.22;

type Area = { width: number; height: number };

function layoutOf(tree: ResolvedTree, ids: readonly NodeId[] | null, width: TextWidth, t: TFunction): TreeLayout {
  const part = ids ? subTree(tree, new Set(ids)) : tree;
  return layoutTree(part, (n) => boxSize(shownText(n, t).text, width, PJ_METRICS), GAPS);
}

const fitsIn = (l: TreeLayout, a: Area) => l.bounds.width <= a.width && l.bounds.height <= a.height;

function useArea(ref: RefObject<HTMLElement | null>): Area {
  const [area, setArea] = useState<Area>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => setArea((a) => (a.width === el.clientWidth && a.height === el.clientHeight ? a : { width: el.clientWidth, height: el.clientHeight }));
    read();
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return area;
}

/** Text widths once the face has arrived (before that the fallback font would size every box wrong). */
function useTextWidth(): TextWidth {
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    let live = true;
    void document.fonts?.load(PJ_METRICS.font).then(() => live && setEpoch((n) => n + 1));
    return () => {
      live = false;
    };
  }, []);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `epoch` stands for the font's arrival, which useMemo cannot see
  return useMemo(() => canvasTextWidth(PJ_METRICS.font), [epoch]);
}

/**
 * A tree on the projector: the whole of it when it fits at the floor; otherwise the root with a few
 * branches at a time (shared/tree/pages.ts) and a mini-map of the whole tree marking the part shown.
 * Pages turn by themselves or from the console, like every projector view.
 */
export function ProjectorTree({ tree }: { tree: ResolvedTree }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const area = useArea(ref);
  const width = useTextWidth();
  const whole = useMemo(() => layoutOf(tree, null, width, t), [tree, width, t]);
  const paged = area.width > 0 && !fitsIn(whole, area);
  const main: Area = paged ? { width: area.width * (1 - MAP_SHARE) - 24, height: area.height } : area;
  const pages = useMemo(
    () => (paged ? treePages(tree, (ids) => fitsIn(layoutOf(tree, ids, width, t), main)) : [tree.flat as NodeId[]]),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `main` is derived from area and paged
    [tree, width, t, paged, main.width, main.height],
  );
  const index = useProjectorPage(pages.length);
  const ids = pages[index] ?? pages[0]!;
  const layout = useMemo(() => (paged ? layoutOf(tree, ids, width, t) : whole), [paged, tree, ids, width, t, whole]);
  return (
    <div className={`pj-tree${paged ? ' pj-tree--paged' : ''}`} ref={ref} data-testid="tree.canvas" data-paged={paged || undefined}>
      {area.width > 0 && <TreeDrawing tree={tree} layout={layout} area={main} t={t} />}
      {paged && <MiniMap layout={whole} shown={new Set(ids)} />}
    </div>
  );
}

function TreeDrawing({ tree, layout, area, t }: { tree: ResolvedTree; layout: TreeLayout; area: Area; t: TFunction }) {
  const b = layout.bounds;
  // At least 1: the boxes were measured at the floor, so shrinking them would make the type unreadable.
  const scale = Math.max(1, Math.min(MAX_SCALE, area.width / Math.max(1, b.width), area.height / Math.max(1, b.height)));
  const x = (area.width - b.width * scale) / 2 - b.x * scale;
  const y = (area.height - b.height * scale) / 2 - b.y * scale;
  return (
    <div className="pj-tree__main" style={{ width: area.width, height: area.height }}>
      <div className="pj-tree__world" style={{ transform: `translate(${x}px, ${y}px) scale(${scale})` }}>
        <svg className="pj-tree__edges" aria-hidden="true" style={{ left: b.x, top: b.y }} width={b.width} height={b.height}>
          <g transform={`translate(${-b.x} ${-b.y})`}>
            {layout.edges.map((e) => {
              const my = (e.y1 + e.y2) / 2;
              return <path key={e.to} d={`M${e.x1},${e.y1} C${e.x1},${my} ${e.x2},${my} ${e.x2},${e.y2}`} />;
            })}
          </g>
        </svg>
        {[...layout.boxes.values()].map((box) => {
          const node = tree.nodes.get(box.id);
          if (!node) return null;
          const shown = shownText(node, t);
          return (
            <div
              key={box.id}
              className={`pj-tree__node tree-node--${node.side}`}
              style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height }}
              data-testid="tree.node"
              data-node-id={box.id}
              data-shown={shown.as}
            >
              <span className="pj-tree__text" data-testid="tree.node-text">
                {shown.text}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The whole tree in outline, the part on screen filled: where we are in a tree too big to show at once. */
function MiniMap({ layout, shown }: { layout: TreeLayout; shown: ReadonlySet<NodeId> }) {
  const { t } = useTranslation();
  const b = layout.bounds;
  return (
    <svg
      className="pj-tree__map"
      viewBox={`${b.x - 20} ${b.y - 20} ${b.width + 40} ${b.height + 40}`}
      role="img"
      aria-label={t('tree.miniMap')}
      data-testid="tree.minimap"
    >
      {layout.edges.map((e) => (
        <line
          key={e.to}
          x1={e.x1}
          y1={e.y1}
          x2={e.x2}
          y2={e.y2}
          className={shown.has(e.to) ? 'pj-tree__map-edge pj-tree__map-edge--on' : 'pj-tree__map-edge'}
        />
      ))}
      {[...layout.boxes.values()].map((box) => (
        <rect
          key={box.id}
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          rx={8}
          className={shown.has(box.id) ? 'pj-tree__map-box pj-tree__map-box--on' : 'pj-tree__map-box'}
        />
      ))}
    </svg>
  );
}
