import type { BoardId, EventId, PersonId } from '../ids';
import { ID_PATTERN } from '../ids';

/** The kinds of room an event is made of (see docs/architecture.md, "Rooms"). */
export const ROOM_KINDS = ['plan', 'board', 'person', 'results'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export type RoomRef =
  | { kind: 'plan'; eventId: EventId }
  | { kind: 'results'; eventId: EventId }
  | { kind: 'board'; eventId: EventId; boardId: BoardId }
  | { kind: 'person'; eventId: EventId; personId: PersonId };

export function roomName(ref: RoomRef): string {
  switch (ref.kind) {
    case 'plan':
    case 'results':
      return `${ref.eventId}/${ref.kind}`;
    case 'board':
      return `${ref.eventId}/board/${ref.boardId}`;
    case 'person':
      return `${ref.eventId}/person/${ref.personId}`;
  }
}

/** Parses a room name; anything that is not exactly one of the four shapes is null. */
export function parseRoomName(name: string): RoomRef | null {
  const parts = name.split('/');
  if (parts.some((p) => !ID_PATTERN.test(p))) return null;
  const [eventId, kind, id] = parts as [EventId, string, string | undefined];
  if (parts.length === 2 && (kind === 'plan' || kind === 'results')) return { kind, eventId };
  if (parts.length === 3 && kind === 'board') return { kind, eventId, boardId: id as BoardId };
  if (parts.length === 3 && kind === 'person') return { kind, eventId, personId: id as PersonId };
  return null;
}

export const planRoom = (eventId: EventId) => roomName({ kind: 'plan', eventId });
export const resultsRoom = (eventId: EventId) => roomName({ kind: 'results', eventId });
export const boardRoom = (eventId: EventId, boardId: BoardId) => roomName({ kind: 'board', eventId, boardId });
export const personRoom = (eventId: EventId, personId: PersonId) => roomName({ kind: 'person', eventId, personId });
