import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import type { ReactNode, RefObject } from 'react';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import type { Box } from '@shared/tree/layout';
import type { ResolvedNode } from '@shared/tree/types';
import type { StaleNode } from '@shared/tree/goal-tree';
import { shownText } from './display';
import { NodeTextEditor } from './NodeTextEditor';
import type { PeerMark } from './presence';

export type DropMark = { at: 'onto' | 'before' | 'after'; ok: boolean };

type Props = {
  node: ResolvedNode;
  /** From the canvas: 500 nodes each subscribing to i18n cost ~15 ms of a first render. */
  t: TFunction;
  selected: boolean;
  draft: string | null;
  peers: readonly PeerMark[] | undefined;
  stale: StaleNode | undefined;
  drop: DropMark | null;
  lifted: boolean;
  draggable: boolean;
  /** A drag is under way: only then is the box a drop target (see DropTarget). */
  dropping: boolean;
  onSelect(id: ResolvedNode['id']): void;
  onEdit(id: ResolvedNode['id']): void;
  onDraft(text: string): void;
  onCommit(then?: 'child' | 'sibling'): void;
  onCancel(): void;
};

/**
 * Where the layout puts a node: a bare slot that the box fills. Adding a node moves ~200 boxes of a
 * 500-node tree (a tidy layout recentres); only these slots re-render then, not the boxes with their
 * draggable hooks and content. Placed by a transform, not left/top: a moved box then keeps its
 * recorded paint (left/top re-recorded every moved box's text, ~10 ms a change).
 */
export const TreeNodeSlot = memo(function TreeNodeSlot({ box, children }: { box: Box; children: ReactNode }) {
  return (
    <div className="tree-slot" style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height }}>
      {children}
    </div>
  );
});

/**
 * One node: an HTML box filling its slot (so text wraps and selects natively), a draggable and a
 * drop target at once. Others' marks are outlines in their colour with their name.
 */
export const TreeNodeBox = memo(function TreeNodeBox(p: Props) {
  const { node, t } = p;
  const drag = useDraggable({ id: node.id, disabled: !p.draggable || p.draft !== null });
  const el = useRef<HTMLDivElement | null>(null);
  // One stable ref: a new callback each render makes React detach and re-attach it on all 500 boxes.
  const { setNodeRef: setDragRef } = drag;
  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      el.current = node;
      setDragRef(node);
    },
    [setDragRef],
  );
  const shown = shownText(node, t);
  const peer = p.peers?.[0];
  return (
    <div
      ref={ref}
      {...drag.attributes}
      {...drag.listeners}
      // dnd-kit marks a node it may not drag as aria-disabled, which would also disable its text field.
      aria-disabled={undefined}
      // Focus stays on the canvas, which owns the keys; 250 tab stops would help nobody.
      tabIndex={-1}
      role="treeitem"
      aria-selected={p.selected}
      aria-level={node.depth + 1}
      className={`tree-node tree-node--${node.side}`}
      style={peer ? { outlineColor: peer.color } : undefined}
      data-testid="tree.node"
      data-node-id={node.id}
      data-kind={node.kind}
      data-parent-id={node.parentId ?? undefined}
      data-selected={p.selected || undefined}
      data-peer={peer ? peer.action : undefined}
      data-drop={p.drop?.at}
      data-drop-ok={p.drop ? String(p.drop.ok) : undefined}
      data-lifted={p.lifted || undefined}
      data-shown={shown.as}
      onClick={(e) => {
        e.stopPropagation();
        p.onSelect(node.id);
      }}
      onDoubleClick={() => p.onEdit(node.id)}
    >
      {p.dropping && <DropTarget id={node.id} el={el} />}
      <NodeContent node={node} t={t} draft={p.draft} peers={p.peers} stale={p.stale} onDraft={p.onDraft} onCommit={p.onCommit} onCancel={p.onCancel} />
    </div>
  );
});

/**
 * The box as a drop target, mounted only while a drag is under way. A registered droppable changes
 * dnd-kit's context, which re-renders every box: with 500 always-registered targets, mounting the
 * tree and every added node cost one more render of all 500 boxes. dnd-kit measures targets that
 * register mid-drag, so the drop is the same.
 */
function DropTarget({ id, el }: { id: ResolvedNode['id']; el: RefObject<HTMLDivElement | null> }) {
  const { setNodeRef } = useDroppable({ id });
  useLayoutEffect(() => setNodeRef(el.current), [setNodeRef, el]);
  return null;
}

type ContentProps = Pick<Props, 'node' | 't' | 'draft' | 'peers' | 'stale' | 'onDraft' | 'onCommit' | 'onCancel'>;

/**
 * What is inside a box, memoised apart from the box: dnd-kit's context changes (a node registered,
 * a drag started) re-render every draggable box, and this keeps those re-renders to one div each.
 */
const NodeContent = memo(function NodeContent(p: ContentProps) {
  const { node, t } = p;
  return (
    <>
      <span className="tree-node__kind">
        {t(`tree.kind.${node.kind}`)}
        {node.reattached && (
          <span className="tree-node__mark" title={t('tree.reattached')} aria-label={t('tree.reattached')} data-testid="tree.reattached">
            ↺
          </span>
        )}
        {p.stale && (
          <span className="tree-node__stale" title={t(`tree.stale.${p.stale.reason}`)} data-testid="tree.stale-badge">
            {t('tree.stale.badge')}
          </span>
        )}
      </span>
      {p.draft !== null ? (
        <NodeTextEditor value={p.draft} label={t(`tree.kind.${node.kind}`)} onChange={p.onDraft} onCommit={p.onCommit} onCancel={p.onCancel} />
      ) : (
        <span className="tree-node__text" data-testid="tree.node-text">
          {shownText(node, t).text}
        </span>
      )}
      {p.peers && p.peers.length > 0 && (
        <span className="tree-node__peers" data-testid="tree.peer">
          {p.peers.map((m) => (
            <span key={m.clientId} className="tree-node__peer" style={{ background: m.color }}>
              {m.action === 'edit' ? t('tree.peerEditing', { name: m.name }) : m.name}
            </span>
          ))}
        </span>
      )}
    </>
  );
});
