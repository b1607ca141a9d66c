import type { BoardPolicy, Identity, Role } from '@shared/access';
import { roomAccess } from '@shared/access';
import type { BoardInfo } from '@shared/doc/plan';
import type { BoardId, EventId, PersonId, TeamId } from '@shared/ids';

/** Who is looking at a board: enough to decide what the UI offers (the host decides what it accepts). */
export type Viewer = { personId: PersonId | null; name: string; facilitator: boolean; teamId: TeamId | null; role?: Role };

/** The viewer as the host sees them; the event id does not matter here (the renderer only shows its own event's boards). */
const VIEWED_EVENT = 'viewed-event' as EventId;
function identityOf(viewer: Viewer): Identity {
  const role: Role = viewer.facilitator ? 'facilitator' : (viewer.role ?? 'participant');
  return { role, eventId: role === 'facilitator' ? null : VIEWED_EVENT, personId: viewer.personId, name: viewer.name, teamId: viewer.teamId };
}

function accessTo(board: BoardPolicy & { id?: BoardId }, viewer: Viewer) {
  const ref = { kind: 'board' as const, eventId: VIEWED_EVENT, boardId: (board.id ?? 'board') as BoardId };
  return roomAccess(ref, identityOf(viewer), board);
}

/** The host's own rule (shared/access.ts), asked so the UI does not offer an input whose writes the host would drop. */
export function canWriteBoard(board: BoardPolicy, viewer: Viewer): boolean {
  return accessTo(board, viewer) === 'write';
}

/** The boards a viewer can open: team-only boards of other teams are not even synced to them. */
export function visibleBoards(boards: readonly BoardInfo[], viewer: Viewer): BoardInfo[] {
  return boards.filter((b) => accessTo(b, viewer) !== 'none');
}
