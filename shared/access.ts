import type { EventId, PersonId, TeamId } from './ids';
import type { RoomKind, RoomRef } from './protocol/rooms';

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
  /** An audience instrument (questions, scale, open question): derived from the board's kind, never stored. */
  audience?: boolean;
};

export const isFacilitatorRole = (role: Role) => role === 'facilitator' || role === 'cofacilitator';

/**
 * One clause of the rooms table. For a room kind the clauses are tried in order and the first whose
 * `when` holds decides. `rule` is the clause in words: docs/protocol.md's table is generated from it
 * (tests/unit/shared/access-table.test.ts keeps the two equal).
 */
export type AccessClause = {
  rule: string;
  access: Access;
  when: (who: Identity, room: RoomRef, board: BoardPolicy | null) => boolean;
};

const always = () => true;
const sameTeam = (who: Identity, board: BoardPolicy | null) => board !== null && board.teamId !== null && who.teamId === board.teamId;

/**
 * The rooms table: the only place access is encoded. The host asks it for every message
 * (hosted-event.ts), the renderer asks it what to offer (board-access.ts), `/rooms` and
 * docs/protocol.md describe it from it.
 */
export const ACCESS_TABLE: { readonly [K in RoomKind]: readonly AccessClause[] } = {
  plan: [
    { rule: 'facilitators and co-facilitators write', access: 'write', when: (who) => isFacilitatorRole(who.role) },
    { rule: 'everyone else in the event reads', access: 'read', when: always },
  ],
  results: [{ rule: 'everyone in the event reads; only the host writes', access: 'read', when: always }],
  person: [
    { rule: 'that person writes', access: 'write', when: (who, room) => room.kind === 'person' && who.personId !== null && who.personId === room.personId },
    { rule: 'nobody else gets in (the host reads it to aggregate)', access: 'none', when: always },
  ],
  board: [
    { rule: 'a board missing from the plan does not exist: nobody gets in', access: 'none', when: (_w, _r, b) => b === null },
    { rule: 'facilitators and co-facilitators always write', access: 'write', when: (who) => isFacilitatorRole(who.role) },
    {
      rule: '`visibility: team` on a board with a team: people outside that team do not see it',
      access: 'none',
      when: (who, _r, b) => b!.visibility === 'team' && b!.teamId !== null && !sameTeam(who, b),
    },
    { rule: '`locked`: everyone else reads', access: 'read', when: (_w, _r, b) => b!.locked },
    {
      rule: 'a private round is open on it: everyone else reads (they write in their own rooms)',
      access: 'read',
      when: (_w, _r, b) => b!.privateRound === true,
    },
    {
      rule: 'an audience instrument (questions, scale, open question): everyone else reads (they answer in their own rooms; the host publishes)',
      access: 'read',
      when: (_w, _r, b) => b!.audience === true,
    },
    { rule: 'jurors read', access: 'read', when: (who) => who.role === 'juror' },
    { rule: '`writers: all`: participants write', access: 'write', when: (_w, _r, b) => b!.writers === 'all' },
    {
      rule: "`writers: team`: its team writes (a board with no team is everyone's team)",
      access: 'write',
      when: (who, _r, b) => b!.writers === 'team' && (b!.teamId === null || sameTeam(who, b)),
    },
    { rule: 'otherwise (`writers: facilitators`, other teams): read', access: 'read', when: always },
  ],
};

/** The first clause, before any room kind's: tokens of one event open nothing in another. */
export const OTHER_EVENT_RULE = 'a token of another event opens nothing';

/** The rooms table as one pure function. `board` is the board's policy from the plan, or null when the plan has no such board. */
export function roomAccess(room: RoomRef, who: Identity, board: BoardPolicy | null): Access {
  if (who.eventId !== null && who.eventId !== room.eventId) return 'none';
  for (const clause of ACCESS_TABLE[room.kind]) if (clause.when(who, room, board)) return clause.access;
  return 'none';
}
