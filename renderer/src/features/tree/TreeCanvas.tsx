import type { DragEndEvent, DragMoveEvent, DragStartEvent } from '@dnd-kit/core';
import { DndContext, DragOverlay, PointerSensor, pointerWithin, useSensor, useSensors } from '@dnd-kit/core';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TreeLayout } from '@shared/tree/layout';
import { subtreeIds } from '@shared/tree/resolve';
import type { NodeId, ResolvedTree } from '@shared/tree/types';
import type { StaleNode } from '@shared/tree/goal-tree';
import type { Drop, MovePlan } from './edit-ops';
import { planDrop } from './edit-ops';
import type { PeerMark } from './presence';
import type { DropMark } from './TreeNodeBox';
import { TreeNodeBox, TreeNodeSlot } from './TreeNodeBox';
import { useSharedValues } from './shared-values';
import { usePanZoom } from './use-pan-zoom';
import type { View } from './viewport';

export type Editing = { id: NodeId; draft: string; fresh: boolean };
export type CanvasHandlers = {
  onSelect(id: NodeId | null): void;
  onEdit(id: NodeId): void;
  onDraft(text: string): void;
  onCommit(then?: 'child' | 'sibling'): void;
  onCancel(): void;
  onDrop(id: NodeId, plan: MovePlan): void;
  onDragging(id: NodeId | null): void;
  onKeyDown(e: KeyboardEvent<HTMLDivElement>): void;
};

type Props = {
  tree: ResolvedTree;
  layout: TreeLayout;
  view: View;
  setView(v: View): void;
  viewportRef: RefObject<HTMLDivElement | null>;
  selected: NodeId | null;
  editing: Editing | null;
  peers: ReadonlyMap<NodeId, PeerMark[]>;
  stale: ReadonlyMap<NodeId, StaleNode>;
  writable: boolean;
  projector: boolean;
  handlers: CanvasHandlers;
  children?: ReactNode;
};

/**
 * A module constant, not an inline object: dnd-kit memoises a sensor on its options by identity, and
 * a new sensor changes its context, which re-rendered all 500 draggable boxes on every render of the
 * canvas (twice per added node, six times in a first render).
 */
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };

/** Before/after a sibling near a box's left/right edge, onto it in the middle (siblings sit side by side). */
function dropOf(e: DragMoveEvent): Drop | null {
  if (!e.over) return null;
  const start = e.activatorEvent as PointerEvent;
  const x = (start.clientX ?? 0) + e.delta.x;
  const r = e.over.rect;
  const f = (x - r.left) / Math.max(1, r.width);
  return { at: f < 0.22 ? 'before' : f > 0.78 ? 'after' : 'onto', id: e.over.id as NodeId };
}

/**
 * The drawing: SVG edges and HTML boxes in one world layer moved by the view (pan/zoom), and the
 * drag and drop. The move is written once, on drop; while dragging only the hover mark changes.
 */
export function TreeCanvas(p: Props) {
  const { t } = useTranslation();
  const { tree, layout, view } = p;
  const pan = usePanZoom(p.viewportRef, view, p.setView);
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS));
  const [dragged, setDragged] = useState<NodeId | null>(null);
  const [hover, setHover] = useState<{ drop: Drop; plan: MovePlan } | null>(null);
  const nodes = useSharedValues(tree.nodes);
  const boxes = useSharedValues(layout.boxes);
  const lifted = useMemo(() => new Set(dragged ? subtreeIds(tree, dragged) : []), [tree, dragged]);

  const onMove = (e: DragMoveEvent) => {
    const drop = dropOf(e);
    const plan = drop && dragged ? planDrop(tree, dragged, drop) : null;
    setHover((h) => (drop && plan ? (h && h.drop.at === drop.at && h.drop.id === drop.id ? h : { drop, plan }) : null));
  };
  const finish = (e: DragEndEvent | null) => {
    const drop = e ? dropOf(e) : null;
    if (dragged && drop) p.handlers.onDrop(dragged, planDrop(tree, dragged, drop));
    setDragged(null);
    setHover(null);
    p.handlers.onDragging(null);
  };
  const markOf = (id: NodeId): DropMark | null =>
    hover && hover.drop.id === id ? { at: hover.drop.at, ok: hover.plan.ok || hover.plan.reason === 'noop' } : null;
  const refused = hover && !hover.plan.ok && hover.plan.reason === 'own-subtree';

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerWithin}
      onDragStart={(e: DragStartEvent) => {
        // No selection change here: selecting may pan the view, and dnd-kit measured the drop targets already.
        setDragged(e.active.id as NodeId);
        p.handlers.onDragging(e.active.id as NodeId);
      }}
      onDragMove={onMove}
      onDragEnd={finish}
      onDragCancel={() => finish(null)}
    >
      <div
        ref={p.viewportRef}
        className={`tree-canvas${p.projector ? ' tree-canvas--projector' : ''}${refused ? ' tree-canvas--refused' : ''}`}
        tabIndex={p.projector ? -1 : 0}
        role="tree"
        aria-label={t('tree.canvasLabel')}
        data-testid="tree.canvas"
        data-scale={view.scale.toFixed(3)}
        onKeyDown={p.handlers.onKeyDown}
        onClick={() => !pan.moved() && p.handlers.onSelect(null)}
        {...pan.handlers}
      >
        <div className="tree-world" style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}>
          <svg
            className="tree-edges"
            aria-hidden="true"
            style={{ left: layout.bounds.x, top: layout.bounds.y }}
            width={layout.bounds.width}
            height={layout.bounds.height}
          >
            <g transform={`translate(${-layout.bounds.x} ${-layout.bounds.y})`}>
              {layout.edges.map((e) => {
                const my = (e.y1 + e.y2) / 2;
                return <path key={e.to} d={`M${e.x1},${e.y1} C${e.x1},${my} ${e.x2},${my} ${e.x2},${e.y2}`} data-lifted={lifted.has(e.to) || undefined} />;
              })}
            </g>
          </svg>
          {tree.flat.map((id) => {
            const box = boxes.get(id);
            const node = nodes.get(id);
            if (!box || !node) return null;
            return (
              <TreeNodeSlot key={id} box={box}>
                <TreeNodeBox
                  node={node}
                  t={t}
                  selected={p.selected === id}
                  draft={p.editing?.id === id ? p.editing.draft : null}
                  peers={p.peers.get(id)}
                  stale={p.stale.get(id)}
                  drop={markOf(id)}
                  lifted={lifted.has(id)}
                  draggable={p.writable && node.side !== 'root'}
                  dropping={dragged !== null}
                  onSelect={p.handlers.onSelect}
                  onEdit={p.handlers.onEdit}
                  onDraft={p.handlers.onDraft}
                  onCommit={p.handlers.onCommit}
                  onCancel={p.handlers.onCancel}
                />
              </TreeNodeSlot>
            );
          })}
        </div>
        {refused && (
          <p className="tree-canvas__refused" role="status" data-testid="tree.drop-refused">
            {t('tree.dropRefused')}
          </p>
        )}
        {p.children}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <div className="tree-drag-ghost" data-testid="tree.drag-ghost">
            {tree.nodes.get(dragged)?.text || t('tree.emptyNode')}
            {lifted.size > 1 && <span className="tree-drag-ghost__count">{t('tree.withChildren', { count: lifted.size - 1 })}</span>}
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
