import type { MoveTarget } from '@shared/doc/tree';
import { childrenOnSide, isInSubtree } from '@shared/tree/resolve';
import type { Branch, NodeId, NodeKind, Placement, ResolvedTree } from '@shared/tree/types';
import { KINDS_OF } from '@shared/tree/types';

/** What to pass to addNode for a new node next to `id`. */
export type AddSpec = { parentId: NodeId; kind: NodeKind; placement: Placement };

/**
 * A new child of `id`. Under the central node the caller says which side (cause or consequence);
 * elsewhere a child continues its parent's side (a cause of a cause is a cause).
 */
export function childSpec(tree: ResolvedTree, id: NodeId, branch: Branch = 'below'): AddSpec | null {
  const node = tree.nodes.get(id);
  if (!node) return null;
  const side = node.side === 'root' ? branch : node.side;
  return { parentId: id, kind: KINDS_OF[tree.treeKind][side], placement: { at: 'last' } };
}

/** A new sibling right after `id`; the central node has none. */
export function siblingSpec(tree: ResolvedTree, id: NodeId): AddSpec | null {
  const node = tree.nodes.get(id);
  if (!node || node.side === 'root' || node.parentId === null) return null;
  return { parentId: node.parentId, kind: node.kind, placement: { at: 'after', sibling: id } };
}

/** Where a dragged node was dropped: onto a node (becomes its last child) or into the gap before/after a sibling. */
export type Drop = { at: 'onto' | 'before' | 'after'; id: NodeId };
export type MovePlan = { ok: true; target: MoveTarget } | { ok: false; reason: 'own-subtree' | 'root' | 'noop' };

/** The move a drop means, or why it is refused (shown to the user while hovering, so the drop never surprises). */
export function planDrop(tree: ResolvedTree, dragged: NodeId, drop: Drop): MovePlan {
  const node = tree.nodes.get(dragged);
  const over = tree.nodes.get(drop.id);
  if (!node || !over || node.side === 'root') return { ok: false, reason: 'root' };
  if (drop.at === 'onto') {
    if (isInSubtree(tree, dragged, drop.id)) return { ok: false, reason: 'own-subtree' };
    if (node.parentId === drop.id) return { ok: false, reason: 'noop' };
    const side: Branch = over.side === 'root' ? node.side : over.side;
    return { ok: true, target: { parentId: drop.id, placement: { at: 'last' }, side } };
  }
  if (over.side === 'root' || over.parentId === null) return { ok: false, reason: 'root' };
  if (drop.id === dragged) return { ok: false, reason: 'noop' };
  if (isInSubtree(tree, dragged, over.parentId)) return { ok: false, reason: 'own-subtree' };
  return { ok: true, target: { parentId: over.parentId, placement: { at: drop.at, sibling: drop.id }, side: over.side } };
}

/** Outline moves for the phone, where dragging is impractical: up/down among siblings, in (under the previous sibling), out (after the parent). */
export type OutlineMove = 'up' | 'down' | 'in' | 'out';

export function planOutlineMove(tree: ResolvedTree, id: NodeId, move: OutlineMove): MoveTarget | null {
  const node = tree.nodes.get(id);
  if (!node || node.side === 'root' || node.parentId === null) return null;
  const siblings = childrenOnSide(tree, node.parentId, node.side);
  const i = siblings.indexOf(id);
  switch (move) {
    case 'up':
      return i > 0 ? { parentId: node.parentId, placement: { at: 'before', sibling: siblings[i - 1]! }, side: node.side } : null;
    case 'down':
      return i < siblings.length - 1 ? { parentId: node.parentId, placement: { at: 'after', sibling: siblings[i + 1]! }, side: node.side } : null;
    case 'in':
      return i > 0 ? { parentId: siblings[i - 1]!, placement: { at: 'last' } } : null;
    case 'out': {
      const parent = tree.nodes.get(node.parentId)!;
      if (parent.side === 'root' || parent.parentId === null) return null;
      return { parentId: parent.parentId, placement: { at: 'after', sibling: parent.id }, side: parent.side };
    }
  }
}

/** How many nodes a delete takes with it (the node included). */
export function subtreeSize(tree: ResolvedTree, id: NodeId): number {
  let n = 0;
  const stack = [id];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (!tree.nodes.has(at)) continue;
    n++;
    stack.push(...(tree.children.get(at) ?? []));
  }
  return n;
}
