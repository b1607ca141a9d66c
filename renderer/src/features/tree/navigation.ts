import { childrenOnSide } from '@shared/tree/resolve';
import type { NodeId, ResolvedTree } from '@shared/tree/types';

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * Arrow-key moves over the tree as it is drawn: consequences above the central problem, causes
 * below. Up and down cross levels (towards the parent on one side, towards the children on the
 * other); left and right step among siblings on the same side. A move with nowhere to go stays.
 * The child chosen is the middle one, because the tidy layout centres a parent over its children.
 */
export function navigate(tree: ResolvedTree, from: NodeId | null, dir: Direction): NodeId | null {
  const root = tree.rootId;
  if (root === null) return null;
  const node = from === null ? undefined : tree.nodes.get(from);
  if (!node) return root;
  const middle = (ids: readonly NodeId[]): NodeId | null => ids[Math.floor((ids.length - 1) / 2)] ?? null;
  const kids = (side: 'above' | 'below') => childrenOnSide(tree, node.id, node.side === 'root' ? side : node.side);
  switch (dir) {
    case 'up':
      if (node.side === 'below') return node.parentId ?? node.id;
      return middle(kids('above')) ?? node.id;
    case 'down':
      if (node.side === 'above') return node.parentId ?? node.id;
      return middle(kids('below')) ?? node.id;
    case 'left':
    case 'right': {
      if (node.parentId === null) return node.id;
      const siblings = childrenOnSide(tree, node.parentId, node.side);
      const i = siblings.indexOf(node.id) + (dir === 'left' ? -1 : 1);
      return siblings[i] ?? node.id;
    }
  }
}

/** Where the selection goes when its node disappears (deleted here or by someone else). */
export function fallbackSelection(tree: ResolvedTree, lost: { parentId: NodeId | null } | null): NodeId | null {
  if (lost?.parentId && tree.nodes.has(lost.parentId)) return lost.parentId;
  return tree.rootId;
}
