import type { PersonId } from '../ids';

/** Tree nodes: a brand of their own so a NodeId is never mistaken for a card or board id. */
export type NodeId = string & { readonly __brand: 'NodeId' };

/** The two tree boards (plan.ts BoardKind); stored in the tree doc's meta as `treeKind`. */
export const TREE_KINDS = ['problem-tree', 'goal-tree'] as const;
export type TreeKind = (typeof TREE_KINDS)[number];

export const PROBLEM_NODE_KINDS = ['problem', 'cause', 'consequence'] as const;
export const GOAL_NODE_KINDS = ['goal', 'means', 'end'] as const;
export const NODE_KINDS = [...PROBLEM_NODE_KINDS, ...GOAL_NODE_KINDS] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Where a node is drawn: the root in the middle, causes/means below, consequences/ends above. */
export const SIDES = ['root', 'above', 'below'] as const;
export type Side = (typeof SIDES)[number];
export type Branch = Exclude<Side, 'root'>;

/** Per tree kind: the root's kind and the kind of each side's nodes. */
export const KINDS_OF = {
  'problem-tree': { root: 'problem', below: 'cause', above: 'consequence' },
  'goal-tree': { root: 'goal', below: 'means', above: 'end' },
} as const satisfies Record<TreeKind, Record<Side, NodeKind>>;

/** The goal-tree kind that mirrors each problem-tree kind. */
export const MIRROR_KIND = { problem: 'goal', cause: 'means', consequence: 'end' } as const;

/** A node kind's side; a root kind found below the root (a concurrent extra root) counts as below. */
export function branchOfKind(kind: NodeKind): Branch {
  return kind === 'consequence' || kind === 'end' ? 'above' : 'below';
}

export const isRootKind = (kind: NodeKind): boolean => kind === 'problem' || kind === 'goal';

/** Node text is a short statement on a card, never a document. */
export const MAX_NODE_TEXT = 2_000;

/** One node exactly as stored in the doc (after type checks), before resolution. */
export type NodeRecord = {
  id: NodeId;
  kind: NodeKind;
  text: string;
  parentId: NodeId | null;
  order: string;
  deleted: boolean;
  authorId: PersonId | null;
  createdAt: number;
  /** Goal nodes: the problem node this one mirrors, and its text when last synced. */
  sourceId: NodeId | null;
  sourceText: string | null;
};

/** A live node as every client shows it. `kind` is the effective kind (from its side), `parentId` the effective parent. */
export type ResolvedNode = Omit<NodeRecord, 'deleted'> & {
  storedKind: NodeKind;
  storedParentId: NodeId | null;
  depth: number;
  side: Side;
  /** The stored parent was missing, tombstoned, or part of a cycle, so the node hangs elsewhere. */
  reattached: boolean;
};

export type ResolvedTree = {
  treeKind: TreeKind;
  rootId: NodeId | null;
  nodes: ReadonlyMap<NodeId, ResolvedNode>;
  /** Children in sibling order, by (order, id); the root's list holds both sides. */
  children: ReadonlyMap<NodeId, readonly NodeId[]>;
  /** Every live node exactly once, pre-order from the root. */
  flat: readonly NodeId[];
};

/** Where a new or moved node goes among its new siblings (on its side, under the root). */
export type Placement =
  { at: 'last' } | { at: 'first' } | { at: 'index'; index: number } | { at: 'before'; sibling: NodeId } | { at: 'after'; sibling: NodeId };
