import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { MoveTarget } from '@shared/doc/tree';
import { addNode, deleteNode, editText, moveNode } from '@shared/doc/tree';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PersonId } from '@shared/ids';
import type { NodeId, ResolvedTree } from '@shared/tree/types';
import type { AddSpec } from './edit-ops';
import { childSpec, siblingSpec, subtreeSize } from './edit-ops';
import { fallbackSelection } from './navigation';
import type { Editing } from './TreeCanvas';
import type { AddWhere } from './TreeToolbar';

/**
 * Selection, inline editing and every write of the tree views (canvas and phone outline), so both
 * behave the same. Writes go through shared/doc/tree.ts with LOCAL_ORIGIN: that is what undo tracks.
 */
export function useTreeEditing(doc: Y.Doc | null, tree: ResolvedTree, authorId: PersonId | null) {
  const [selected, setSelected] = useState<NodeId | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirm, setConfirm] = useState<NodeId | null>(null);
  // Read by the blur that follows Enter/Escape: the first of them wins, the second is a no-op.
  const editRef = useRef<Editing | null>(null);
  editRef.current = editing;
  const lastParent = useRef<NodeId | null>(null);

  if (selected && tree.nodes.has(selected)) lastParent.current = tree.nodes.get(selected)!.parentId;
  useEffect(() => {
    // Deleted here, by an undo, or by someone else: the selection moves to the nearest survivor.
    if (selected && !tree.nodes.has(selected)) setSelected(fallbackSelection(tree, { parentId: lastParent.current }));
    if (editing && !tree.nodes.has(editing.id)) setEditing(null);
    if (confirm && !tree.nodes.has(confirm)) setConfirm(null);
  }, [tree, selected, editing, confirm]);

  const startEdit = useCallback(
    (id: NodeId, initial?: string) => {
      const node = tree.nodes.get(id);
      if (!node) return;
      setSelected(id);
      setEditing({ id, draft: initial ?? node.text, fresh: false });
    },
    [tree],
  );

  const addFrom = useCallback(
    (spec: AddSpec | null) => {
      if (!doc || !spec) return null;
      const res = addNode(doc, { ...spec, text: '', authorId }, LOCAL_ORIGIN);
      if (!res.ok) return null;
      setSelected(res.value);
      setEditing({ id: res.value, draft: '', fresh: true });
      return res.value;
    },
    [doc, authorId],
  );

  const add = useCallback(
    (where: AddWhere, from: NodeId | null = selected) => {
      if (!from) return null;
      return addFrom(where === 'sibling' ? siblingSpec(tree, from) : childSpec(tree, from, where));
    },
    [addFrom, selected, tree],
  );

  const commit = useCallback(
    (then?: 'child' | 'sibling') => {
      const e = editRef.current;
      if (!e || !doc) return;
      editRef.current = null;
      setEditing(null);
      const node = tree.nodes.get(e.id);
      if (node && node.text !== e.draft) editText(doc, e.id, e.draft, LOCAL_ORIGIN);
      if (then === 'child') add(node?.side === 'above' ? 'above' : 'below', e.id);
      if (then === 'sibling') add('sibling', e.id);
    },
    [doc, tree, add],
  );

  const cancel = useCallback(() => {
    const e = editRef.current;
    editRef.current = null;
    setEditing(null);
    // A node just added and left empty with Escape was a slip: take it away again.
    if (e?.fresh && doc) deleteNode(doc, e.id, LOCAL_ORIGIN);
  }, [doc]);

  const requestDelete = useCallback(
    (id: NodeId | null = selected) => {
      if (!doc || !id || id === tree.rootId) return;
      if (subtreeSize(tree, id) > 1) setConfirm(id);
      else deleteNode(doc, id, LOCAL_ORIGIN);
    },
    [doc, selected, tree],
  );

  const confirmDelete = useCallback(() => {
    if (doc && confirm) deleteNode(doc, confirm, LOCAL_ORIGIN);
    setConfirm(null);
  }, [doc, confirm]);

  const move = useCallback((id: NodeId, target: MoveTarget) => (doc ? moveNode(doc, id, target, LOCAL_ORIGIN).ok : false), [doc]);

  return {
    selected,
    select: setSelected,
    editing,
    setDraft: (draft: string) => setEditing((e) => (e ? { ...e, draft } : e)),
    startEdit,
    commit,
    cancel,
    add,
    requestDelete,
    confirm,
    confirmDelete,
    cancelDelete: () => setConfirm(null),
    move,
  };
}
export type TreeEditing = ReturnType<typeof useTreeEditing>;
