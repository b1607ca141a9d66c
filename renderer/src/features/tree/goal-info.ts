import type * as Y from 'yjs';
import { hasNode, readTree } from '@shared/doc/tree';
import type { StaleNode } from '@shared/tree/goal-tree';
import { mirrorIdOf, staleNodes } from '@shared/tree/goal-tree';
import type { NodeId } from '@shared/tree/types';

export type GoalInfo = {
  /** Goal nodes whose source changed or was deleted since the mirror (or the last acknowledgement). */
  stale: ReadonlyMap<NodeId, StaleNode>;
  /** Problem nodes that have no mirror yet: what "pull new nodes" would add. */
  pending: number;
};

export const NO_GOAL_INFO: GoalInfo = { stale: new Map(), pending: 0 };

/** Counts as pullNewNodes decides: a source whose mirror was deleted is not new (it stays deleted). */
export function readGoalInfo(goalDoc: Y.Doc, problemDoc: Y.Doc): GoalInfo {
  const problem = readTree(problemDoc);
  const pending = problem.flat.filter((id) => !hasNode(goalDoc, mirrorIdOf(id))).length;
  return { stale: new Map(staleNodes(problemDoc, goalDoc).map((s) => [s.id, s])), pending };
}
