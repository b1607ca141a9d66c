import { subtreeIds } from './resolve';
import type { NodeId, ResolvedTree } from './types';

/**
 * A big tree on a projector, a part at a time. The whole tree when it fits; else the root with as
 * many neighbouring top-level branches as fit together, and a branch too big on its own is split the
 * same way below its own node (which stays on each of its pages, with the path up to the root, so
 * every page reads as a piece of the same tree). `fits` is the caller's measure (a layout at the
 * readable floor against the screen); consequences' branches come first, then causes', every node on
 * at least one page.
 */
export function treePages(tree: ResolvedTree, fits: (ids: readonly NodeId[]) => boolean): NodeId[][] {
  const root = tree.rootId;
  if (root === null) return [[]];
  if (fits(tree.flat)) return [[...tree.flat]];
  const pages: NodeId[][] = [];
  const split = (path: NodeId[], parent: NodeId) => {
    let group: NodeId[] = [];
    const flush = () => {
      if (group.length > 0) pages.push([...path, parent, ...group]);
      group = [];
    };
    for (const child of sideFirst(tree, parent)) {
      const ids = subtreeIds(tree, child);
      if (fits([...path, parent, ...group, ...ids])) {
        group.push(...ids);
        continue;
      }
      flush();
      if (fits([...path, parent, ...ids]) || (tree.children.get(child) ?? []).length === 0) group.push(...ids);
      else split([...path, parent], child);
    }
    flush();
  };
  split([], root);
  return pages.length > 0 ? pages : [[root]];
}

/** The root's children above first, then below: branches packed together then grow on one side, not both. */
function sideFirst(tree: ResolvedTree, parent: NodeId): readonly NodeId[] {
  const kids = tree.children.get(parent) ?? [];
  if (parent !== tree.rootId) return kids;
  return [...kids.filter((k) => tree.nodes.get(k)?.side === 'above'), ...kids.filter((k) => tree.nodes.get(k)?.side !== 'above')];
}

/** The same tree cut down to `keep` (which must hold every kept node's parent up to the root). */
export function subTree(tree: ResolvedTree, keep: ReadonlySet<NodeId>): ResolvedTree {
  const nodes = new Map([...tree.nodes].filter(([id]) => keep.has(id)));
  const children = new Map<NodeId, NodeId[]>();
  for (const [id, kids] of tree.children)
    if (keep.has(id))
      children.set(
        id,
        kids.filter((k) => keep.has(k)),
      );
  return { ...tree, nodes, children, flat: tree.flat.filter((id) => keep.has(id)) };
}
