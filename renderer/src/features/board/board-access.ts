import type { BoardPolicy } from '../../../../shared/access';
import type { BoardInfo } from '../../../../shared/doc/plan';
import type { PersonId, TeamId } from '../../../../shared/ids';

/** Who is looking at a board: enough to decide what the UI offers (the host decides what it accepts). */
export type Viewer = { personId: PersonId | null; name: string; facilitator: boolean; teamId: TeamId | null };

/**
 * Mirrors the host's board rule (shared/access.ts) so the UI does not offer an input whose writes
 * the host would drop. Facilitators always write; a locked board is read-only for everyone else.
 */
export function canWriteBoard(board: BoardPolicy, viewer: Viewer): boolean {
  if (viewer.facilitator) return true;
  if (board.locked) return false;
  if (board.writers === 'all') return true;
  if (board.writers === 'team') return board.teamId === null || board.teamId === viewer.teamId;
  return false;
}

/** The boards a participant can open: team-only boards of other teams are not even synced to them. */
export function visibleBoards(boards: readonly BoardInfo[], viewer: Viewer): BoardInfo[] {
  if (viewer.facilitator) return [...boards];
  return boards.filter((b) => b.visibility === 'all' || b.teamId === null || b.teamId === viewer.teamId);
}
