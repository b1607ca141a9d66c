import type { EventId, PersonId, TeamId } from './ids';
import type { RoomRef } from './protocol/rooms';

/**
 * Who a connection is. It comes from the token, never from what the client says about itself.
 * The host facilitator token is valid for every event (eventId null); everyone else belongs to one event.
 */
export const ROLES = ['facilitator', 'cofacilitator', 'participant', 'juror'] as const;
export type Role = (typeof ROLES)[number];

export type Identity = {
  role: Role;
  eventId: EventId | null;
  personId: PersonId | null;
  name: string;
  teamId: TeamId | null;
};

export type Access = 'none' | 'read' | 'write';

/** Who may see and edit a board; stored on the board's entry in the plan. */
export const BOARD_VISIBILITY = ['all', 'team'] as const;
export type BoardVisibility = (typeof BOARD_VISIBILITY)[number];
export const BOARD_WRITERS = ['all', 'team', 'facilitators'] as const;
export type BoardWriters = (typeof BOARD_WRITERS)[number];

export type BoardPolicy = {
  teamId: TeamId | null;
  visibility: BoardVisibility;
  writers: BoardWriters;
  locked: boolean;
  /** A private round is open on the board: participants write to their own rooms until the reveal. */
  privateRound?: boolean;
};

export const isFacilitatorRole = (role: Role) => role === 'facilitator' || role === 'cofacilitator';

/**
 * The rooms table (docs/architecture.md) as one pure function. `board` is the board's policy from the plan,
 * or null when the plan has no such board (then the room does not exist and nobody gets in).
 */
export function roomAccess(room: RoomRef, who: Identity, board: BoardPolicy | null): Access {
  if (who.eventId !== null && who.eventId !== room.eventId) return 'none';
  const facilitator = isFacilitatorRole(who.role);
  switch (room.kind) {
    case 'plan':
      return facilitator ? 'write' : 'read';
    case 'results':
      return 'read';
    case 'person':
      return who.personId !== null && who.personId === room.personId ? 'write' : 'none';
    case 'board':
      return boardAccess(who, board);
  }
}

function boardAccess(who: Identity, board: BoardPolicy | null): Access {
  if (board === null) return 'none';
  if (isFacilitatorRole(who.role)) return 'write';
  const inTeam = board.teamId !== null && who.teamId === board.teamId;
  if (board.visibility === 'team' && board.teamId !== null && !inTeam) return 'none';
  if (board.locked || board.privateRound || who.role === 'juror') return 'read';
  if (board.writers === 'all') return 'write';
  if (board.writers === 'team') return inTeam || board.teamId === null ? 'write' : 'read';
  return 'read';
}

/** Human-readable description of the rules for the rooms endpoint. */
export function describeRoomRules(room: RoomRef, board: BoardPolicy | null): { read: string; write: string } {
  switch (room.kind) {
    case 'plan':
      return { read: 'everyone in the event', write: 'facilitators' };
    case 'results':
      return { read: 'everyone in the event', write: 'host only' };
    case 'person':
      return { read: 'that person (and the host)', write: 'that person' };
    case 'board': {
      const read = board?.visibility === 'team' && board.teamId ? `team ${board.teamId} and facilitators` : 'everyone in the event';
      if (board?.locked) return { read, write: 'facilitators (locked)' };
      if (board?.privateRound) return { read, write: 'facilitators (private round open: participants write to their own rooms)' };
      const w = board?.writers ?? 'all';
      const write = w === 'all' ? 'participants and facilitators' : w === 'team' ? 'its team and facilitators' : 'facilitators';
      return { read, write };
    }
  }
}
