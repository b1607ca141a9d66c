import * as Y from 'yjs';
import type { Result } from '../errors';
import { fail, ok } from '../errors';
import type { PersonId } from '../ids';
import { newId } from '../ids';
import { orderFor } from '../tree/placement';
import { childrenOnSide, isInSubtree, resolveTree, subtreeIds } from '../tree/resolve';
import type { Branch, NodeId, NodeKind, NodeRecord, Placement, ResolvedTree, TreeKind } from '../tree/types';
import { KINDS_OF, MAX_NODE_TEXT, NODE_KINDS, TREE_KINDS, branchOfKind, isRootKind } from '../tree/types';
import type { Repairs } from './records';
import { MAX_REF, TreeNodeSchema, always, cutTo, readRecord } from './records';
import { LOCAL_ORIGIN, bool, childMap, initMeta, metaOf, str, strOrNull } from './schema';

/**
 * A problem or goal tree: one board room, nodes in a flat `nodes` map of id → Y.Map with one key
 * per field (kind, text, parentId, order, deleted, authorId, createdAt, sourceId, sourceText), so
 * concurrent edits of different fields merge. Nodes are never removed by these accessors, only
 * tombstoned (`deleted`): a child added concurrently under a deleted node still knows its
 * ancestors and is re-attached to the nearest live one (see ../tree/resolve.ts).
 *
 * Delete vs concurrent edits: deleteNode tombstones the subtree the deleter can see. A node added
 * or moved into that subtree concurrently is not tombstoned and reappears under the nearest live
 * ancestor; a node moved out of it concurrently is tombstoned (the deleter saw it there) and can
 * be brought back by the deleter's undo. Concurrent text edits of a deleted node are kept in the
 * tombstone, so undo restores them too.
 */
export const ROOT_ID = 'root' as NodeId;

const nodesOf = (doc: Y.Doc) => doc.getMap<unknown>('nodes');

const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T => (values.includes(v as T) ? (v as T) : fallback);

/** Caps text without splitting a surrogate pair (Cyrillic is safe; emoji are not). */
const clampText = (text: string): string => {
  if (text.length <= MAX_NODE_TEXT) return text;
  const cut = text.slice(0, MAX_NODE_TEXT);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
};

export function treeKindOf(doc: Y.Doc): TreeKind {
  return oneOf<TreeKind>(TREE_KINDS, metaOf(doc).get('treeKind'), 'problem-tree');
}

export type NewRoot = { id?: NodeId; text?: string; authorId?: PersonId | null };

/**
 * Writes meta and, unless `root` is null or a live root exists, the root node. The default root id
 * is fixed (ROOT_ID) so that two clients initialising the same board converge on one root.
 */
export function initTree(doc: Y.Doc, treeKind: TreeKind, origin: unknown, root: NewRoot | null = {}): NodeId | null {
  let rootId: NodeId | null = null;
  doc.transact(() => {
    initMeta(doc, 'board', origin, { treeKind });
    const existing = readTree(doc).rootId;
    if (existing || root === null) {
      rootId = existing;
      return;
    }
    rootId = root.id ?? ROOT_ID;
    const rootKind = KINDS_OF[treeKind].root;
    putNode(doc, rootId, { kind: rootKind, text: clampText(root.text ?? ''), parentId: null, order: 'a0', authorId: root.authorId ?? null });
  }, origin);
  return rootId;
}

/** How a node field that fails TreeNodeSchema is read; `kind` falls back to the tree's lower branch (readNode's caller). */
const NODE_REPAIRS: Repairs<typeof TreeNodeSchema.shape> = {
  kind: always('cause'),
  text: cutTo(MAX_NODE_TEXT),
  parentId: (v) => (strOrNull(v)?.slice(0, MAX_REF) ?? null) as NodeId | null,
  order: (v) => str(v, 'a0').slice(0, 200) || 'a0',
  deleted: (v) => bool(v),
  authorId: (v) => (strOrNull(v)?.slice(0, MAX_REF) ?? null) as PersonId | null,
  createdAt: always(0),
  sourceId: (v) => (strOrNull(v)?.slice(0, MAX_REF) ?? null) as NodeId | null,
  sourceText: (v) => (typeof v === 'string' ? clampText(v) : null),
};

function readNodeRecord(id: string, m: Y.Map<unknown>, fallbackKind: NodeKind): NodeRecord {
  const r = readRecord(TreeNodeSchema, NODE_REPAIRS, m);
  return {
    id: id as NodeId,
    ...r,
    kind: oneOf<NodeKind>(NODE_KINDS, m.get('kind'), fallbackKind),
    sourceId: r.sourceId || null,
    sourceText: r.sourceText ?? null,
  };
}

/** Every stored node, tombstones included, type-checked (a hostile client may write anything). */
export function readNodes(doc: Y.Doc): NodeRecord[] {
  const fallbackKind = KINDS_OF[treeKindOf(doc)].below;
  const out: NodeRecord[] = [];
  nodesOf(doc).forEach((m, id) => {
    if (m instanceof Y.Map) out.push(readNodeRecord(id, m as Y.Map<unknown>, fallbackKind));
  });
  return out;
}

export function readNode(doc: Y.Doc, id: NodeId): NodeRecord | null {
  const m = childMap(nodesOf(doc), id);
  return m ? readNodeRecord(id, m, KINDS_OF[treeKindOf(doc)].below) : null;
}

export function readTree(doc: Y.Doc): ResolvedTree {
  return resolveTree(readNodes(doc), treeKindOf(doc));
}

type NodeFields = Pick<NodeRecord, 'kind' | 'text' | 'parentId' | 'order' | 'authorId'> & Partial<Pick<NodeRecord, 'sourceId' | 'sourceText' | 'createdAt'>>;

/** Creates the node's map; callers run it inside their transaction. */
function putNode(doc: Y.Doc, id: NodeId, f: NodeFields): void {
  const m = new Y.Map<unknown>();
  m.set('kind', f.kind);
  m.set('text', f.text);
  m.set('parentId', f.parentId);
  m.set('order', f.order);
  m.set('deleted', false);
  m.set('authorId', f.authorId);
  m.set('createdAt', f.createdAt ?? Date.now());
  if (f.sourceId !== undefined) m.set('sourceId', f.sourceId);
  if (f.sourceText !== undefined) m.set('sourceText', f.sourceText);
  nodesOf(doc).set(id, m);
}

export type NewNode = {
  parentId: NodeId;
  kind: NodeKind;
  text: string;
  placement?: Placement;
  authorId?: PersonId | null;
  sourceId?: NodeId | null;
  sourceText?: string | null;
};

/** The side a node of `kind` takes under `parentId`, or why it cannot go there. */
function sideUnder(tree: ResolvedTree, parentId: NodeId, kind: NodeKind): Result<Branch> {
  const parent = tree.nodes.get(parentId);
  if (!parent) return fail('not_found', `no live node ${parentId}`);
  if (isRootKind(kind) || !Object.values(KINDS_OF[tree.treeKind]).includes(kind)) {
    return fail('bad_request', `a ${kind} node cannot be added to a ${tree.treeKind}`);
  }
  const side = parent.side === 'root' ? branchOfKind(kind) : parent.side;
  if (KINDS_OF[tree.treeKind][side] !== kind) return fail('bad_request', `a ${kind} cannot hang under a ${parent.kind}`);
  return ok(side);
}

/** Adds a node under a live parent; causes (means) below the root, consequences (ends) above. */
export function addNode(doc: Y.Doc, node: NewNode, origin: unknown, id: NodeId = newId<NodeId>()): Result<NodeId> {
  const tree = readTree(doc);
  const side = sideUnder(tree, node.parentId, node.kind);
  if (!side.ok) return side;
  if (nodesOf(doc).has(id)) return fail('conflict', `node ${id} exists`);
  const siblings = childrenOnSide(tree, node.parentId, side.value).map((s) => tree.nodes.get(s)!);
  const order = orderFor(siblings, node.placement ?? { at: 'last' });
  doc.transact(() => {
    putNode(doc, id, {
      kind: node.kind,
      text: clampText(node.text),
      parentId: node.parentId,
      order,
      authorId: node.authorId ?? null,
      ...(node.sourceId !== undefined ? { sourceId: node.sourceId } : {}),
      ...(node.sourceText !== undefined ? { sourceText: node.sourceText } : {}),
    });
  }, origin);
  return ok(id);
}

/** A live node's map, for the field writers below. */
function liveMap(doc: Y.Doc, id: NodeId): Y.Map<unknown> | null {
  const m = childMap(nodesOf(doc), id);
  return m && !bool(m.get('deleted')) ? m : null;
}

export function editText(doc: Y.Doc, id: NodeId, text: string, origin: unknown): Result<void> {
  const m = liveMap(doc, id);
  if (!m) return fail('not_found', `no live node ${id}`);
  doc.transact(() => m.set('text', clampText(text)), origin);
  return ok(undefined);
}

/** Links a goal node to its source (or unlinks it with null) and records the source text seen. */
export function setSourceLink(doc: Y.Doc, id: NodeId, sourceId: NodeId | null, sourceText: string | null, origin: unknown): Result<void> {
  const m = liveMap(doc, id);
  if (!m) return fail('not_found', `no live node ${id}`);
  doc.transact(() => {
    m.set('sourceId', sourceId);
    m.set('sourceText', sourceText === null ? null : clampText(sourceText));
  }, origin);
  return ok(undefined);
}

export type MoveTarget = {
  parentId: NodeId;
  placement?: Placement;
  /** Only under the root: which side the node goes to (default: the side it is on). */
  side?: Branch;
};

/**
 * Moves a node with its subtree. Refused locally when the target is the node or one of its
 * descendants; concurrent moves can still form a cycle, which resolveTree breaks. Moving to the
 * other side rewrites the subtree's kinds so the stored kinds agree with where the nodes are.
 */
export function moveNode(doc: Y.Doc, id: NodeId, to: MoveTarget, origin: unknown): Result<void> {
  const tree = readTree(doc);
  const node = tree.nodes.get(id);
  const target = tree.nodes.get(to.parentId);
  if (!node || !target) return fail('not_found', `no live node ${node ? to.parentId : id}`);
  if (id === tree.rootId) return fail('bad_request', 'the central node does not move');
  if (isInSubtree(tree, id, to.parentId)) return fail('conflict', 'a node cannot move under itself or its descendants');
  const side: Branch = target.side === 'root' ? (to.side ?? (node.side === 'above' ? 'above' : 'below')) : target.side;
  const siblings = childrenOnSide(tree, to.parentId, side)
    .filter((s) => s !== id)
    .map((s) => tree.nodes.get(s)!);
  const order = orderFor(siblings, to.placement ?? { at: 'last' });
  const kind = KINDS_OF[tree.treeKind][side];
  doc.transact(() => {
    const m = childMap(nodesOf(doc), id)!;
    m.set('parentId', to.parentId);
    m.set('order', order);
    for (const d of subtreeIds(tree, id)) {
      if (tree.nodes.get(d)!.storedKind !== kind) childMap(nodesOf(doc), d)!.set('kind', kind);
    }
  }, origin);
  return ok(undefined);
}

/** Tombstones a node and the subtree this client sees; returns how many nodes. The root stays. */
export function deleteNode(doc: Y.Doc, id: NodeId, origin: unknown): Result<number> {
  const tree = readTree(doc);
  if (!tree.nodes.has(id)) return fail('not_found', `no live node ${id}`);
  if (id === tree.rootId) return fail('bad_request', 'the central node cannot be deleted');
  const ids = subtreeIds(tree, id);
  doc.transact(() => {
    for (const d of ids) childMap(nodesOf(doc), d)!.set('deleted', true);
  }, origin);
  return ok(ids.length);
}

/** Calls `fn` after every change to the nodes (local or remote); returns the unsubscribe. */
export function observeTree(doc: Y.Doc, fn: () => void): () => void {
  const nodes = nodesOf(doc);
  nodes.observeDeep(fn);
  return () => nodes.unobserveDeep(fn);
}

/**
 * Undo/redo of one's own edits: tracks LOCAL_ORIGIN transactions on the nodes map only, so remote
 * edits, host writes and goal mirrors run with another origin are never undone by this client.
 */
export function createTreeUndoManager(doc: Y.Doc, opts: { captureTimeout?: number } = {}): Y.UndoManager {
  return new Y.UndoManager(nodesOf(doc), {
    trackedOrigins: new Set<unknown>([LOCAL_ORIGIN]),
    captureTimeout: opts.captureTimeout ?? 500,
  });
}

/** For the goal-tree mirror: writes a node with a chosen id and order (mirrors copy their source's order). */
export function putMirrorNode(doc: Y.Doc, id: NodeId, fields: NodeFields, origin: unknown): void {
  doc.transact(() => putNode(doc, id, { ...fields, text: clampText(fields.text) }), origin);
}

export const hasNode = (doc: Y.Doc, id: NodeId): boolean => nodesOf(doc).has(id);
