import type { BoardInfo } from '../doc/plan';
import type { SessionState } from '../doc/session';
import type { BoardId, TeamId } from '../ids';
import { boardForViewer } from './stage-boards';

/**
 * "Follow me": where a participant's screen goes. Null means "stay where you are" — follow me is
 * off, or the facilitator shows nothing a board can stand for (an activity without boards).
 * A shown stage board becomes the viewer's own team's copy; with nothing shown, the active stage's
 * board for the viewer's team (or its shared board) is used.
 */
export function followedBoard(session: SessionState, boards: readonly BoardInfo[], viewerTeamId: TeamId | null): BoardId | null {
  if (!session.followMe) return null;
  if (session.shownBoardId !== null && boards.some((b) => b.id === session.shownBoardId)) {
    return boardForViewer(boards, session.shownBoardId, viewerTeamId);
  }
  if (session.activeStageId === null) return null;
  const ofStage = boards.filter((b) => b.stageId === session.activeStageId);
  const own = ofStage.find((b) => viewerTeamId !== null && b.teamId === viewerTeamId);
  return (own ?? ofStage.find((b) => b.teamId === null) ?? ofStage[0])?.id ?? null;
}

/** A board a participant picked by hand, and the stage that was running when they did. */
export type BoardPick = { boardId: BoardId; stageId: string | null };

/**
 * A hand-picked board holds only while the stage it was picked in runs: when the facilitator starts
 * another stage, the stage leads again (whoever wandered off would otherwise miss it entirely).
 */
export const pickHolds = (pick: BoardPick | null, activeStageId: string | null): pick is BoardPick => pick !== null && pick.stageId === activeStageId;
