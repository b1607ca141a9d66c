import type { PlanSnapshot } from '@shared/doc/plan';
import type { SessionState } from '@shared/doc/session';
import type { BoardId, TeamId } from '@shared/ids';
import { followedBoard } from '@shared/session/follow';
import { pickSharedBoard } from '../board/shared-board';

/**
 * Where a participant lands when they have not picked anything and follow me is off: their team's
 * board of the running stage (the same rule as follow me), else the event's shared board.
 */
export function defaultBoard(plan: PlanSnapshot, live: SessionState, teamId: TeamId | null): BoardId | null {
  const ofStage = followedBoard({ ...live, followMe: true, shownBoardId: null }, plan.boards, teamId);
  return ofStage ?? pickSharedBoard(plan)?.id ?? null;
}
