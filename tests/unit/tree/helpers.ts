import type { NodeId, NodeKind, NodeRecord, ResolvedTree } from '@shared/tree/types';

export const nid = (s: string) => s as NodeId;

/** A stored node with defaults, for feeding resolveTree directly. */
export function rec(id: string, parentId: string | null, extra: Partial<NodeRecord> = {}): NodeRecord {
  const kind: NodeKind = parentId === null ? 'problem' : 'cause';
  return {
    id: nid(id),
    kind,
    text: id,
    parentId: parentId as NodeId | null,
    order: 'a0',
    deleted: false,
    authorId: null,
    createdAt: 0,
    sourceId: null,
    sourceText: null,
    ...extra,
  };
}

/** The resolved tree as nested text, e.g. "root(a(b) c)", for readable expectations. */
export function shape(tree: ResolvedTree, id: NodeId | null = tree.rootId): string {
  if (id === null) return '';
  const kids = tree.children.get(id) ?? [];
  return kids.length === 0 ? id : `${id}(${kids.map((k) => shape(tree, k)).join(' ')})`;
}

/** Every node's effective parent chain reaches the root: the resolved tree has no cycle. */
export function isAcyclic(tree: ResolvedTree): boolean {
  for (const id of tree.nodes.keys()) {
    let at: NodeId | null = id;
    for (let steps = 0; at !== tree.rootId; steps++) {
      if (at === null || steps > tree.nodes.size) return false;
      at = tree.nodes.get(at)?.parentId ?? null;
    }
  }
  return true;
}

/** A stable, comparable form of a resolved tree. */
export function serialise(tree: ResolvedTree): string {
  return JSON.stringify({ root: tree.rootId, flat: tree.flat, nodes: tree.flat.map((id) => tree.nodes.get(id)) });
}

/** A goal tree's shape with mirror ids (`g-<source>`) mapped back to their sources. */
export const unmirrored = (tree: ResolvedTree): string => shape(tree).replace(/(^|[( ])g-/g, '$1');
