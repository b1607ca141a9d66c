import type * as Y from 'yjs';
import type { Result } from '../errors';
import { fail } from '../errors';
import { hasNode, initTree, putMirrorNode, readNode, readNodes, readTree, setSourceLink } from '../doc/tree';
import type { Branch, NodeId, NodeRecord, ResolvedTree } from './types';
import { KINDS_OF } from './types';

/**
 * The goal tree mirrors a problem tree: central problem → goal, causes → means/tasks,
 * consequences → ends/results, same shape and sibling order. Each mirror node has the id
 * `g-<sourceId>`, so two facilitators mirroring at once write the same keys and converge on one
 * node per source instead of duplicates; its text starts empty and `sourceText` keeps the source's
 * text as a hint and as the baseline for staleness. A mirror node, once written, is never rewritten:
 * the goal tree is the team's own from then on (a deleted mirror is not brought back either).
 */
export const mirrorIdOf = (sourceId: NodeId): NodeId => `g-${sourceId}` as NodeId;

/**
 * Builds the goal tree in `goalDoc` (meta and mirror nodes); returns how many nodes were created.
 * The same operation as pullNewNodes: on an empty goal doc it mirrors everything, on a mirrored
 * one it is a no-op apart from new sources, so pressing "make goal tree" twice is harmless.
 */
export function mirrorProblemTree(problemDoc: Y.Doc, goalDoc: Y.Doc, origin: unknown): number {
  return pullNewNodes(problemDoc, goalDoc, origin);
}

/**
 * Mirrors problem nodes that have no mirror yet, each under the mirror of its nearest problem
 * ancestor whose mirror is live (else the goal root). Returns how many it added.
 */
export function pullNewNodes(problemDoc: Y.Doc, goalDoc: Y.Doc, origin: unknown): number {
  const problem = readTree(problemDoc);
  if (problem.rootId === null) return 0;
  initTree(goalDoc, 'goal-tree', origin, null);
  const goal = readTree(goalDoc);
  // Mirrors written in this pass, with their side, so later (deeper) nodes can hang under them.
  const fresh = new Map<NodeId, Branch | 'root'>();
  let created = 0;
  goalDoc.transact(() => {
    for (const id of problem.flat) {
      const gid = mirrorIdOf(id);
      if (hasNode(goalDoc, gid)) continue;
      const source = problem.nodes.get(id)!;
      const parent = id === problem.rootId ? null : mirrorParent(problem, goal, fresh, id);
      const side = parent === null ? 'root' : parentSide(goal, fresh, parent) === 'root' ? source.side : parentSide(goal, fresh, parent);
      putMirrorNode(
        goalDoc,
        gid,
        {
          kind: KINDS_OF['goal-tree'][side],
          text: '',
          parentId: parent,
          order: source.order,
          authorId: null,
          createdAt: source.createdAt,
          sourceId: id,
          sourceText: source.text,
        },
        origin,
      );
      fresh.set(gid, side);
      created++;
    }
  }, origin);
  return created;
}

/** The live goal node a new mirror of `id` hangs under: its nearest mirrored ancestor's mirror. */
function mirrorParent(problem: ResolvedTree, goal: ResolvedTree, fresh: Map<NodeId, unknown>, id: NodeId): NodeId | null {
  let at = problem.nodes.get(id)!.parentId;
  while (at !== null) {
    const gid = mirrorIdOf(at);
    if (fresh.has(gid) || goal.nodes.has(gid)) return gid;
    at = problem.nodes.get(at)!.parentId;
  }
  return goal.rootId ?? [...fresh.keys()][0] ?? null;
}

function parentSide(goal: ResolvedTree, fresh: Map<NodeId, Branch | 'root'>, parent: NodeId): Branch | 'root' {
  return fresh.get(parent) ?? goal.nodes.get(parent)?.side ?? 'root';
}

export const STALE_REASONS = ['changed', 'deleted'] as const;
export type StaleReason = (typeof STALE_REASONS)[number];
export type StaleNode = {
  id: NodeId;
  sourceId: NodeId;
  reason: StaleReason;
  /** The source text the goal node was built from (or last acknowledged). */
  seenText: string;
  /** The source's text now; null when the source was deleted. */
  currentText: string | null;
};

/** Live goal nodes whose source changed its text or was deleted since the mirror (or the last acknowledgement), in display order. */
export function staleNodes(problemDoc: Y.Doc, goalDoc: Y.Doc): StaleNode[] {
  const sources = new Map<NodeId, NodeRecord>(readNodes(problemDoc).map((r) => [r.id, r]));
  const goal = readTree(goalDoc);
  const out: StaleNode[] = [];
  for (const id of goal.flat) {
    const node = goal.nodes.get(id)!;
    if (node.sourceId === null) continue;
    const source = sources.get(node.sourceId);
    const seenText = node.sourceText ?? '';
    if (!source || source.deleted) out.push({ id, sourceId: node.sourceId, reason: 'deleted', seenText, currentText: null });
    else if (source.text !== seenText) out.push({ id, sourceId: node.sourceId, reason: 'changed', seenText, currentText: source.text });
  }
  return out;
}

/**
 * The team has seen the source's change: record its current text. A deleted source cannot be
 * caught up with, so acknowledging it unlinks the goal node, which stays as the team's own.
 */
export function acknowledgeSource(problemDoc: Y.Doc, goalDoc: Y.Doc, nodeId: NodeId, origin: unknown): Result<void> {
  const node = readNode(goalDoc, nodeId);
  if (!node || node.deleted) return fail('not_found', `no live goal node ${nodeId}`);
  if (node.sourceId === null) return fail('bad_request', `goal node ${nodeId} has no source`);
  const source = readNode(problemDoc, node.sourceId);
  if (!source || source.deleted) return setSourceLink(goalDoc, nodeId, null, null, origin);
  return setSourceLink(goalDoc, nodeId, node.sourceId, source.text, origin);
}
