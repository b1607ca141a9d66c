import type { NodeId, NodeRecord, ResolvedNode, ResolvedTree, Side, TreeKind } from './types';
import { KINDS_OF, branchOfKind, isRootKind } from './types';

/**
 * The tree every client shows, derived from the flat node map alone: the same records give the
 * same tree whatever order the updates arrived in. Rules, in order:
 *
 * 1. Root: among live (non-tombstoned) nodes, the smallest by (rank, createdAt, id), where rank 0 is
 *    a root-kind node without a parent, 1 a root-kind node, 2 any node without a parent, 3 any node.
 *    Other roots (created concurrently) hang under it as ordinary children, on the causes side.
 * 2. Parent: the nearest live ancestor along stored `parentId`s, skipping tombstones; if the chain
 *    ends (missing parent, null, or a loop of tombstones), the root.
 * 3. Cycles (from concurrent moves): in each cycle, the node with the smallest id hangs from the root.
 * 4. Siblings sort by (order, id): equal fractional keys from concurrent inserts tie-break on id.
 * 5. Side: a child of the root takes the side of its own stored kind; every other node its parent's.
 *    The effective kind follows the side, so a cause dragged to the consequences is a consequence.
 *
 * O(n log n): one pass per rule, sorting siblings.
 */
export function resolveTree(records: Iterable<NodeRecord>, treeKind: TreeKind): ResolvedTree {
  const all = new Map<NodeId, NodeRecord>();
  for (const r of records) all.set(r.id, r);
  const live = [...all.values()].filter((r) => !r.deleted);
  const root = pickRoot(live);
  if (!root) return { treeKind, rootId: null, nodes: new Map(), children: new Map(), flat: [] };
  const parent = liveParents(all, live, root.id);
  const cycleBreaks = breakCycles(parent, root.id);
  const children = childLists(all, parent);
  return walk(treeKind, all, root.id, parent, children, cycleBreaks);
}

const rank = (r: NodeRecord): number => (isRootKind(r.kind) ? 0 : 2) + (r.parentId === null ? 0 : 1);

const byRootPreference = (a: NodeRecord, b: NodeRecord): number => rank(a) - rank(b) || a.createdAt - b.createdAt || (a.id === b.id ? 0 : a.id < b.id ? -1 : 1);

function pickRoot(live: NodeRecord[]): NodeRecord | null {
  let best: NodeRecord | null = null;
  for (const r of live) if (!best || byRootPreference(r, best) < 0) best = r;
  return best;
}

/** Rule 2: each live non-root node's nearest live ancestor (memoised over tombstones, so O(n)). */
function liveParents(all: Map<NodeId, NodeRecord>, live: NodeRecord[], rootId: NodeId): Map<NodeId, NodeId> {
  const viaDead = new Map<NodeId, NodeId | null>();
  const nearestLive = (start: NodeId | null): NodeId | null => {
    const path: NodeId[] = [];
    const onPath = new Set<NodeId>();
    let at = start;
    let found: NodeId | null = null;
    while (at !== null) {
      const r = all.get(at);
      if (!r || onPath.has(at)) break;
      if (!r.deleted) {
        found = at;
        break;
      }
      if (viaDead.has(at)) {
        found = viaDead.get(at) ?? null;
        break;
      }
      path.push(at);
      onPath.add(at);
      at = r.parentId;
    }
    for (const p of path) viaDead.set(p, found);
    return found;
  };
  const parent = new Map<NodeId, NodeId>();
  for (const r of live) {
    if (r.id === rootId) continue;
    const p = nearestLive(r.parentId);
    parent.set(r.id, p === null || p === r.id ? rootId : p);
  }
  return parent;
}

/** Rule 3. The parent map is a functional graph, so its cycles are disjoint and the same for any visiting order. */
function breakCycles(parent: Map<NodeId, NodeId>, rootId: NodeId): Set<NodeId> {
  const state = new Map<NodeId, 'open' | 'done'>();
  const broken = new Set<NodeId>();
  for (const start of parent.keys()) {
    const path: NodeId[] = [];
    let at: NodeId = start;
    while (at !== rootId && !state.has(at)) {
      state.set(at, 'open');
      path.push(at);
      at = parent.get(at)!;
    }
    if (at !== rootId && state.get(at) === 'open') {
      const cycle = path.slice(path.indexOf(at));
      const smallest = cycle.reduce((a, b) => (b < a ? b : a));
      parent.set(smallest, rootId);
      broken.add(smallest);
    }
    for (const p of path) state.set(p, 'done');
  }
  return broken;
}

function childLists(all: Map<NodeId, NodeRecord>, parent: Map<NodeId, NodeId>): Map<NodeId, NodeId[]> {
  const children = new Map<NodeId, NodeId[]>();
  for (const [id, p] of parent) {
    const list = children.get(p);
    if (list) list.push(id);
    else children.set(p, [id]);
  }
  for (const list of children.values()) list.sort((a, b) => compareSiblings(all.get(a)!, all.get(b)!));
  return children;
}

export function compareSiblings(a: { order: string; id: string }, b: { order: string; id: string }): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

/** Rules 1 and 5: pre-order walk from the root, computing depth, side and effective kind. */
function walk(
  treeKind: TreeKind,
  all: Map<NodeId, NodeRecord>,
  rootId: NodeId,
  parent: Map<NodeId, NodeId>,
  children: Map<NodeId, NodeId[]>,
  cycleBreaks: Set<NodeId>,
): ResolvedTree {
  const nodes = new Map<NodeId, ResolvedNode>();
  const flat: NodeId[] = [];
  const stack: { id: NodeId; depth: number; side: Side }[] = [{ id: rootId, depth: 0, side: 'root' }];
  while (stack.length > 0) {
    const { id, depth, side } = stack.pop()!;
    const r = all.get(id)!;
    const effectiveParent = parent.get(id) ?? null;
    const { deleted: _deleted, ...rest } = r;
    nodes.set(id, {
      ...rest,
      kind: KINDS_OF[treeKind][side],
      parentId: effectiveParent,
      storedKind: r.kind,
      storedParentId: r.parentId,
      depth,
      side,
      reattached: id !== rootId && (effectiveParent !== r.parentId || cycleBreaks.has(id)),
    });
    flat.push(id);
    const kids = children.get(id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i]!;
      const kidSide = side === 'root' ? branchOfKind(all.get(kid)!.kind) : side;
      stack.push({ id: kid, depth: depth + 1, side: kidSide });
    }
  }
  return { treeKind, rootId, nodes, children, flat };
}

/** The root's children on one side, or any other node's children. */
export function childrenOnSide(tree: ResolvedTree, parentId: NodeId, side: Side): NodeId[] {
  const kids = tree.children.get(parentId) ?? [];
  if (parentId !== tree.rootId) return [...kids];
  return kids.filter((k) => tree.nodes.get(k)?.side === side);
}

/** True when `candidate` is `id` or lies in the subtree of `id` (in the resolved tree). */
export function isInSubtree(tree: ResolvedTree, id: NodeId, candidate: NodeId): boolean {
  let at: NodeId | null = candidate;
  while (at !== null) {
    if (at === id) return true;
    at = tree.nodes.get(at)?.parentId ?? null;
  }
  return false;
}

/** `id` and all its live descendants, pre-order. */
export function subtreeIds(tree: ResolvedTree, id: NodeId): NodeId[] {
  const out: NodeId[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const at = stack.pop()!;
    out.push(at);
    const kids = tree.children.get(at) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}
