import { describe, expect, it } from 'vitest';
import type { BoardPolicy, Identity } from '@shared/access';
import { roomAccess } from '@shared/access';
import type { BoardId, EventId, PersonId, TeamId } from '@shared/ids';
import { parseRoomName, roomName } from '@shared/protocol/rooms';

const ev = 'ev1' as EventId;
const who = (role: Identity['role'], extra: Partial<Identity> = {}): Identity => ({
  role,
  eventId: role === 'facilitator' ? null : ev,
  personId: role === 'facilitator' ? null : ('p1' as PersonId),
  name: 'x',
  teamId: null,
  ...extra,
});
const board = (p: Partial<BoardPolicy> = {}): BoardPolicy => ({ teamId: null, visibility: 'all', writers: 'all', locked: false, ...p });
const boardRef = { kind: 'board' as const, eventId: ev, boardId: 'b1' as BoardId };

describe('room names', () => {
  it('parse back what they format, and refuse anything else', () => {
    for (const ref of [
      { kind: 'plan' as const, eventId: ev },
      { kind: 'results' as const, eventId: ev },
      boardRef,
      { kind: 'person' as const, eventId: ev, personId: 'p1' as PersonId },
    ])
      expect(parseRoomName(roomName(ref))).toEqual(ref);
    for (const bad of ['', 'ev1', 'ev1/plan/x', 'ev1/board', 'ev1/person/', 'ev1/../plan', 'ev1/boards/x', 'ev 1/plan', 'ev1/plan/']) {
      expect(parseRoomName(bad), bad).toBeNull();
    }
  });
});

describe('the rooms table', () => {
  it('plan: facilitators write, everyone else reads', () => {
    const plan = { kind: 'plan' as const, eventId: ev };
    expect(roomAccess(plan, who('facilitator'), null)).toBe('write');
    expect(roomAccess(plan, who('cofacilitator'), null)).toBe('write');
    expect(roomAccess(plan, who('participant'), null)).toBe('read');
    expect(roomAccess(plan, who('juror'), null)).toBe('read');
    expect(roomAccess(plan, who('participant', { eventId: 'other' as EventId }), null)).toBe('none');
  });

  it('person rooms: only that person', () => {
    const room = { kind: 'person' as const, eventId: ev, personId: 'p1' as PersonId };
    expect(roomAccess(room, who('participant'), null)).toBe('write');
    expect(roomAccess(room, who('participant', { personId: 'p2' as PersonId }), null)).toBe('none');
    expect(roomAccess(room, who('facilitator'), null)).toBe('none');
  });

  it('results: read-only for all', () => {
    const room = { kind: 'results' as const, eventId: ev };
    for (const r of ['facilitator', 'cofacilitator', 'participant', 'juror'] as const) expect(roomAccess(room, who(r), null)).toBe('read');
  });

  it('boards: lock, team visibility and writers', () => {
    const red = 'red' as TeamId;
    expect(roomAccess(boardRef, who('participant'), null)).toBe('none');
    expect(roomAccess(boardRef, who('participant'), board())).toBe('write');
    expect(roomAccess(boardRef, who('participant'), board({ locked: true }))).toBe('read');
    expect(roomAccess(boardRef, who('facilitator'), board({ locked: true }))).toBe('write');
    expect(roomAccess(boardRef, who('juror'), board())).toBe('read');
    expect(roomAccess(boardRef, who('participant'), board({ teamId: red, visibility: 'team' }))).toBe('none');
    expect(roomAccess(boardRef, who('participant', { teamId: red }), board({ teamId: red, visibility: 'team', writers: 'team' }))).toBe('write');
    expect(roomAccess(boardRef, who('participant'), board({ teamId: red, writers: 'team' }))).toBe('read');
    expect(roomAccess(boardRef, who('participant'), board({ writers: 'facilitators' }))).toBe('read');
  });

  it('audience instruments: participants and jurors read whatever the writers say; facilitators write', () => {
    expect(roomAccess(boardRef, who('participant'), board({ audience: true }))).toBe('read');
    expect(roomAccess(boardRef, who('juror'), board({ audience: true }))).toBe('read');
    expect(roomAccess(boardRef, who('facilitator'), board({ audience: true }))).toBe('write');
    expect(roomAccess(boardRef, who('cofacilitator'), board({ audience: true }))).toBe('write');
  });
});
