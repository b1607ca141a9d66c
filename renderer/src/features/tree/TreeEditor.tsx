import type { KeyboardEvent } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaleNode } from '@shared/tree/goal-tree';
import type { NodeId, ResolvedTree } from '@shared/tree/types';
import type { Room } from '../../collab/rooms';
import type { CanvasHandlers } from './TreeCanvas';
import { TreeCanvas } from './TreeCanvas';
import { DeleteConfirm, TreeEditTools, TreeViewTools } from './TreeToolbar';
import { keyCommand } from './keys';
import { navigate } from './navigation';
import { subtreeSize } from './edit-ops';
import { usePeers, usePublishPresence } from './use-presence';
import type { Undo } from './use-tree';
import type { TreeEditing } from './use-tree-editing';
import { useTreeLayout } from './use-tree-layout';
import { useView } from './use-view';
import { revealBox } from './viewport';

type Props = {
  room: Room;
  tree: ResolvedTree;
  ed: TreeEditing;
  undo: Undo;
  writable: boolean;
  projector: boolean;
  stale: ReadonlyMap<NodeId, StaleNode>;
};

/** The canvas editor (console and laptops): toolbar, canvas, keyboard, presence. */
export function TreeEditor({ room, tree, ed, undo, writable, projector, stale }: Props) {
  const { t } = useTranslation();
  const viewportRef = useRef<HTMLDivElement>(null);
  const layout = useTreeLayout(tree, ed.editing, t, projector);
  const { view, setView, size, fit, zoomBy } = useView(viewportRef, layout.bounds, projector);
  const [dragging, setDragging] = useState<NodeId | null>(null);
  const [refusedAt, setRefusedAt] = useState(0);
  const peers = usePeers(projector ? null : room.awareness);
  const focusNode = dragging ?? ed.editing?.id ?? ed.selected;
  usePublishPresence(projector ? null : room.awareness, focusNode ? { node: focusNode, action: dragging ? 'drag' : ed.editing ? 'edit' : 'select' } : null);

  // Keyboard selection may leave the screen: pan just enough to show it.
  const selectedBox = ed.selected ? layout.boxes.get(ed.selected) : undefined;
  useEffect(() => {
    if (selectedBox && size) setView((v) => revealBox(v, selectedBox, size));
    // Only when the selection (or the window) changes, not whenever its box moves.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the selection's id on purpose
  }, [selectedBox?.id, size]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed into a field (the node editor, a confirm button) are not tree commands.
    if ((e.target as Element).closest('textarea, input, button, select')) return;
    const cmd = keyCommand(e, writable);
    if (!cmd) return;
    e.preventDefault();
    viewportRef.current?.focus({ preventScroll: true });
    const sel = ed.selected;
    switch (cmd.type) {
      case 'nav':
        return ed.select(navigate(tree, sel, cmd.dir));
      case 'sibling':
        return void (sel && ed.add(sel === tree.rootId ? 'below' : 'sibling'));
      case 'child':
        return void (sel && ed.add(tree.nodes.get(sel)?.side === 'above' ? 'above' : 'below'));
      case 'delete':
        return ed.requestDelete();
      case 'edit':
        return sel ? ed.startEdit(sel, cmd.initial) : undefined;
      case 'escape':
        return ed.confirm ? ed.cancelDelete() : ed.select(null);
      case 'undo':
        return undo.undo();
      case 'redo':
        return undo.redo();
    }
  };

  // Stable handlers (the 250 memoised nodes must not re-render on every keystroke) that read the latest state.
  const live = useRef({ ed, writable, onKeyDown });
  live.current = { ed, writable, onKeyDown };
  const handlers: CanvasHandlers = useMemo(
    () => ({
      onSelect: (id) => {
        live.current.ed.select(id);
        viewportRef.current?.focus({ preventScroll: true });
      },
      onEdit: (id) => live.current.writable && live.current.ed.startEdit(id),
      onDraft: (text) => live.current.ed.setDraft(text),
      onCommit: (then) => {
        live.current.ed.commit(then);
        viewportRef.current?.focus();
      },
      onCancel: () => {
        live.current.ed.cancel();
        viewportRef.current?.focus();
      },
      onDrop: (id, plan) => {
        if (plan.ok) live.current.ed.move(id, plan.target);
        else if (plan.reason === 'own-subtree') setRefusedAt(Date.now());
      },
      onDragging: (id) => {
        setDragging(id);
        if (id) setRefusedAt(0);
      },
      onKeyDown: (e) => live.current.onKeyDown(e),
    }),
    [],
  );

  const confirmNode = ed.confirm ? tree.nodes.get(ed.confirm) : undefined;
  return (
    <div className={`tree-editor${projector ? ' tree-editor--projector' : ''}`}>
      {!projector && (
        <div className="tree-editor__bar">
          {writable && (
            <TreeEditTools
              tree={tree}
              selected={ed.selected}
              undo={undo}
              onAdd={(w) => ed.add(w)}
              onEdit={() => ed.selected && ed.startEdit(ed.selected)}
              onDelete={() => ed.requestDelete()}
            />
          )}
          <TreeViewTools scale={view.scale} onZoom={zoomBy} onFit={fit} />
        </div>
      )}
      {confirmNode && (
        <DeleteConfirm
          text={confirmNode.text || t('tree.emptyNode')}
          count={subtreeSize(tree, confirmNode.id) - 1}
          onConfirm={ed.confirmDelete}
          onCancel={ed.cancelDelete}
        />
      )}
      <TreeCanvas
        tree={tree}
        layout={layout}
        view={view}
        setView={setView}
        viewportRef={viewportRef}
        selected={ed.selected}
        editing={ed.editing}
        peers={peers}
        stale={stale}
        writable={writable && !projector}
        projector={projector}
        handlers={handlers}
      >
        {/* An overlay, not a row above the canvas: a row appearing or going would shift the drop targets mid-drag. */}
        {refusedAt > 0 && !dragging && (
          <p className="tree-canvas__refused" role="status" data-testid="tree.refused" key={refusedAt}>
            {t('tree.dropRefused')}
          </p>
        )}
      </TreeCanvas>
    </div>
  );
}
