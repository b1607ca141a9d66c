import type { NodeId, NodeKind, ResolvedTree, TreeKind } from '../tree/types';
import { KINDS_OF } from '../tree/types';

/**
 * A tree as the exports see it: flat, pre-order, parent links and sibling positions. Built from the
 * resolved tree (what every client shows), so tombstones, cycles and concurrent roots are already
 * settled. This is also the JSON export's schema (`TREE_SCHEMA`), meant for other tools.
 */
export const TREE_SCHEMA = 'veche.tree/1';

export type TreeExportNode = {
  id: string;
  /** The effective kind (its side decides it): problem/cause/consequence or goal/means/end. */
  kind: NodeKind;
  text: string;
  parentId: string | null;
  /** Position among the parent's children (0-based; the root's list holds both sides). */
  order: number;
  /** Goal trees: the problem-tree text this node was mirrored from, shown as a hint while `text` is empty. */
  sourceText?: string;
};

export type TreeExport = { schema: typeof TREE_SCHEMA; kind: TreeKind; title: string; nodes: TreeExportNode[] };

export function treeExportOf(tree: ResolvedTree, title: string): TreeExport {
  const nodes: TreeExportNode[] = tree.flat.map((id) => {
    const n = tree.nodes.get(id)!;
    const siblings = n.parentId === null ? [id] : (tree.children.get(n.parentId) ?? []);
    const node: TreeExportNode = { id, kind: n.kind, text: n.text, parentId: n.parentId, order: Math.max(0, siblings.indexOf(id as NodeId)) };
    if (n.sourceText && !n.text.trim()) node.sourceText = n.sourceText;
    return node;
  });
  return { schema: TREE_SCHEMA, kind: tree.treeKind, title, nodes };
}

export type TreeIndex = {
  root: TreeExportNode | null;
  byId: Map<string, TreeExportNode>;
  /** Children in order; for the root, both sides mixed (filter by kind). */
  children: Map<string, TreeExportNode[]>;
};

export function indexTree(t: TreeExport): TreeIndex {
  const byId = new Map(t.nodes.map((n) => [n.id, n]));
  const children = new Map<string, TreeExportNode[]>();
  let root: TreeExportNode | null = null;
  for (const n of t.nodes) {
    if (n.parentId === null || !byId.has(n.parentId)) {
      root ??= n;
      continue;
    }
    const list = children.get(n.parentId) ?? [];
    list.push(n);
    children.set(n.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);
  return { root, byId, children };
}

/** The kinds of the two branches: consequences/ends (drawn above) and causes/means (below). */
export const branchKinds = (kind: TreeKind): { above: NodeKind; below: NodeKind } => ({
  above: KINDS_OF[kind].above,
  below: KINDS_OF[kind].below,
});

/** The JSON export: stable key order, two-space indent, a trailing newline. */
export const buildTreeJson = (t: TreeExport): string => `${JSON.stringify(t, null, 2)}\n`;
