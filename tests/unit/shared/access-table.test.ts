import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Access, BoardPolicy, Identity } from '@shared/access';
import { BOARD_VISIBILITY, BOARD_WRITERS, ROLES, roomAccess } from '@shared/access';
import { accessTableMarkdown, describeRoomRules } from '@shared/access-prose';
import type { BoardId, EventId, PersonId, TeamId } from '@shared/ids';
import type { RoomRef } from '@shared/protocol/rooms';
import { canWriteBoard, visibleBoards } from '../../../renderer/src/features/board/board-access';
import type { BoardInfo } from '@shared/doc/plan';

const EV = 'ev1' as EventId;
const teams = [null, 'red', 'blue'] as (TeamId | null)[];
const people = ['p1', 'p2'] as PersonId[];

const arbIdentity = fc.record({
  role: fc.constantFrom(...ROLES),
  eventId: fc.constantFrom<EventId | null>(EV, 'ev2' as EventId, null),
  personId: fc.constantFrom<PersonId | null>(null, ...people),
  name: fc.constant('x'),
  teamId: fc.constantFrom(...teams),
});
const arbBoard = fc.record({
  teamId: fc.constantFrom(...teams),
  visibility: fc.constantFrom(...BOARD_VISIBILITY),
  writers: fc.constantFrom(...BOARD_WRITERS),
  locked: fc.boolean(),
  privateRound: fc.boolean(),
  audience: fc.boolean(),
});
const arbRoom = fc.oneof(
  fc.constant<RoomRef>({ kind: 'plan', eventId: EV }),
  fc.constant<RoomRef>({ kind: 'results', eventId: EV }),
  fc.constant<RoomRef>({ kind: 'board', eventId: EV, boardId: 'b1' as BoardId }),
  fc.constantFrom(...people).map<RoomRef>((personId) => ({ kind: 'person', eventId: EV, personId })),
);

/**
 * The rooms table of docs/protocol.md written out again as a specification, differently (by
 * outcome, not by clause order), so a change to either shows up as a disagreement.
 */
function spec(room: RoomRef, who: Identity, board: BoardPolicy | null): Access {
  const fac = who.role === 'facilitator' || who.role === 'cofacilitator';
  if (who.eventId !== null && who.eventId !== room.eventId) return 'none';
  if (room.kind === 'plan') return fac ? 'write' : 'read';
  if (room.kind === 'results') return 'read';
  if (room.kind === 'person') return who.personId === room.personId && who.personId !== null ? 'write' : 'none';
  if (board === null) return 'none';
  const inTeam = board.teamId !== null && board.teamId === who.teamId;
  const sees = fac || board.visibility === 'all' || board.teamId === null || inTeam;
  if (!sees) return 'none';
  // Audience instruments (questions, scale, open question): participants answer in their own rooms.
  const open = !board.locked && !board.privateRound && !board.audience && who.role === 'participant';
  const writerOk = board.writers === 'all' || (board.writers === 'team' && (board.teamId === null || inTeam));
  return fac || (open && writerOk) ? 'write' : 'read';
}

describe('roomAccess, swept over every role × board policy × room kind', () => {
  it('agrees with the specification everywhere', () => {
    fc.assert(
      fc.property(arbRoom, arbIdentity, fc.option(arbBoard, { nil: null }), (room, who, board) => {
        expect(roomAccess(room, who, board)).toBe(spec(room, who, board));
      }),
      { numRuns: 3000 },
    );
  });

  it('exhaustively: every combination of the finite domains', () => {
    let n = 0;
    for (const role of ROLES)
      for (const eventId of [EV, 'ev2' as EventId, null])
        for (const teamId of teams)
          for (const personId of [null, ...people]) {
            const who: Identity = { role, eventId, personId, teamId, name: '' };
            for (const room of [
              { kind: 'plan', eventId: EV },
              { kind: 'results', eventId: EV },
              { kind: 'person', eventId: EV, personId: 'p1' },
            ] as RoomRef[]) {
              expect(roomAccess(room, who, null)).toBe(spec(room, who, null));
              n++;
            }
            const ref: RoomRef = { kind: 'board', eventId: EV, boardId: 'b' as BoardId };
            expect(roomAccess(ref, who, null)).toBe('none');
            for (const bTeam of teams)
              for (const visibility of BOARD_VISIBILITY)
                for (const writers of BOARD_WRITERS)
                  for (const locked of [false, true])
                    for (const privateRound of [false, true])
                      for (const audience of [false, true]) {
                        const board = { teamId: bTeam, visibility, writers, locked, privateRound, audience };
                        expect(roomAccess(ref, who, board), JSON.stringify({ who, board })).toBe(spec(ref, who, board));
                        n++;
                      }
          }
    expect(n).toBe(4 * 3 * 3 * 3 * (3 + 3 * 2 * 3 * 2 * 2 * 2));
  });

  it('the renderer offers exactly what the host accepts', () => {
    fc.assert(
      fc.property(arbIdentity, arbBoard, (who, board) => {
        if (who.eventId === 'ev2') return;
        const facilitator = who.role === 'facilitator' || who.role === 'cofacilitator';
        const viewer = { personId: who.personId, name: '', facilitator, teamId: who.teamId, role: who.role };
        const ref: RoomRef = { kind: 'board', eventId: EV, boardId: 'b1' as BoardId };
        const host = roomAccess(ref, { ...who, eventId: who.role === 'facilitator' ? null : EV }, board);
        expect(canWriteBoard(board, viewer)).toBe(host === 'write');
        const info = { ...board, id: 'b1', title: '', kind: 'cards', order: 'a0' } as unknown as BoardInfo;
        expect(visibleBoards([info], viewer).length).toBe(host === 'none' ? 0 : 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the words for the table come from the table', () => {
  const ref: RoomRef = { kind: 'board', eventId: EV, boardId: 'b1' as BoardId };
  const board = (p: Partial<BoardPolicy>): BoardPolicy => ({ teamId: null, visibility: 'all', writers: 'all', locked: false, ...p });

  it('a `writers: team` board with no team is described as what the host does: participants write', () => {
    const b = board({ writers: 'team' });
    expect(roomAccess(ref, { role: 'participant', eventId: EV, personId: 'p1' as PersonId, name: '', teamId: null }, b)).toBe('write');
    expect(describeRoomRules(ref, b)).toEqual({ read: 'everyone in the event', write: 'participants and facilitators' });
  });

  it('team boards, locks, private rounds and the fixed rooms', () => {
    const red = 'red' as TeamId;
    expect(describeRoomRules(ref, board({ teamId: red, writers: 'team' }))).toEqual({ read: 'everyone in the event', write: 'its team and facilitators' });
    expect(describeRoomRules(ref, board({ teamId: red, visibility: 'team', writers: 'team' }))).toEqual({
      read: 'team red and facilitators',
      write: 'its team and facilitators',
    });
    expect(describeRoomRules(ref, board({ locked: true })).write).toBe('facilitators (locked)');
    expect(describeRoomRules(ref, board({ privateRound: true })).write).toMatch(/^facilitators \(private round/);
    expect(describeRoomRules(ref, board({ writers: 'facilitators' })).write).toBe('facilitators');
    expect(describeRoomRules(ref, board({ audience: true })).write).toBe('facilitators (audience instrument: participants answer in their own rooms)');
    expect(describeRoomRules({ kind: 'plan', eventId: EV }, null)).toEqual({ read: 'everyone in the event', write: 'facilitators' });
    expect(describeRoomRules({ kind: 'results', eventId: EV }, null)).toEqual({ read: 'everyone in the event', write: 'the host only' });
    expect(describeRoomRules({ kind: 'person', eventId: EV, personId: 'p1' as PersonId }, null)).toEqual({ read: 'that person', write: 'that person' });
    expect(describeRoomRules(ref, null)).toEqual({ read: 'the host only', write: 'the host only' });
  });

  it('docs/protocol.md carries the generated table, unchanged', () => {
    const doc = readFileSync('docs/protocol.md', 'utf8');
    const m = /<!-- access-table:start -->\n([\s\S]*?)\n<!-- access-table:end -->/.exec(doc);
    expect(m, 'docs/protocol.md has no access-table markers').not.toBeNull();
    expect(m![1]).toBe(accessTableMarkdown());
  });
});
