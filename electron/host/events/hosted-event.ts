import * as Y from 'yjs';
import type { Access, BoardPolicy, Identity } from '@shared/access';
import { roomAccess } from '@shared/access';
import { describeRoomRules } from '@shared/access-prose';
import { readBoard, readPlan } from '@shared/doc/plan';
import type { BoardId, EventId } from '@shared/ids';
import { readPrivateRound } from '@shared/doc/private';
import type { EventSummary, RoomDescription } from '@shared/protocol/api';
import type { RoomRef } from '@shared/protocol/rooms';
import { parseRoomName, roomName } from '@shared/protocol/rooms';
import type { EventFile } from '../persistence/event-file';
import { Room } from '../sync/room';
import { boardShapeOf, PERSON_SHAPE, registerGuard } from '../sync/update-guard';
import { openVotes } from '@shared/doc/voting';
import { CLOSE_FORBIDDEN } from '../sync/connection';
import type { Connection } from '../sync/connection';
import type { WriteLimits } from '../sync/write-guard';
import { DEFAULT_WRITE_LIMITS, WriteGuard } from '../sync/write-guard';
import { watchStorage } from './storage-watch';
import type { HostMeta, HostPerson } from './host-doc';
import { HOST_ROOM, readHostMeta, readHostPeople } from './host-doc';

/** A room's key inside the event file: its name without the event id ("plan", "board/x", …). */
export const relativeRoom = (ref: RoomRef): string => roomName(ref).slice(ref.eventId.length + 1);

/**
 * One open event: its docs (the truth, persisted through the event file) and the live rooms
 * people are syncing. Decides who may open which room, from the plan and the host's own records.
 */
export class HostedEvent {
  private readonly rooms = new Map<string, Room>();
  private closed = false;
  private peopleCache: HostPerson[] | null = null;
  private readonly cleanups: (() => void)[] = [];
  readonly guard: WriteGuard;

  constructor(
    readonly id: EventId,
    readonly docs: Map<string, Y.Doc>,
    readonly file: EventFile,
    limits: WriteLimits = DEFAULT_WRITE_LIMITS,
  ) {
    this.guard = new WriteGuard(limits, () => ({ failing: !file.status.ok, bytes: file.backlogBytes }));
    this.cleanups.push(watchStorage(file, () => this.allConnections()));
    for (const [rel, doc] of docs) this.persist(rel, doc);
    file.setDocs(() => this.docs);
    // Re-check every board connection when the plan changes: a board made team-only or deleted
    // must stop streaming to people who may no longer read it.
    this.doc('plan').on('afterTransaction', () => this.dropForbidden());
    this.doc(HOST_ROOM).on('update', () => (this.peopleCache = null));
  }

  doc(rel: string): Y.Doc {
    let doc = this.docs.get(rel);
    if (!doc) {
      doc = new Y.Doc();
      this.docs.set(rel, doc);
      this.persist(rel, doc);
      for (const fn of this.newDocListeners) fn(rel, doc);
    }
    return doc;
  }

  private readonly newDocListeners = new Set<(rel: string, doc: Y.Doc) => void>();

  /**
   * Called whenever a doc comes into being (a board's room opened for the first time). Observers use
   * this instead of `doc(rel)`, which would create every room up front: an unopened board must stay
   * without a doc, so its exports can say it was never opened. Returns the unsubscribe.
   */
  onNewDoc(fn: (rel: string, doc: Y.Doc) => void): () => void {
    this.newDocListeners.add(fn);
    return () => this.newDocListeners.delete(fn);
  }

  private persist(rel: string, doc: Y.Doc): void {
    doc.on('update', (update: Uint8Array) => {
      if (!this.closed) this.file.append(rel, update);
    });
  }

  get meta(): HostMeta {
    return readHostMeta(this.doc(HOST_ROOM));
  }

  /** Asked on every sync message (person rooms), so parsed once per change of the host doc. */
  get people(): HostPerson[] {
    this.peopleCache ??= readHostPeople(this.doc(HOST_ROOM));
    return this.peopleCache;
  }

  /** Does this room exist in the event? Boards must be in the plan, persons must have joined. */
  exists(ref: RoomRef): boolean {
    switch (ref.kind) {
      case 'plan':
      case 'results':
        return true;
      case 'board':
        return readBoard(this.doc('plan'), ref.boardId) !== null;
      case 'person':
        return this.people.some((p) => p.id === ref.personId);
    }
  }

  access(ref: RoomRef, who: Identity): Access {
    if (this.closed || ref.eventId !== this.id || !this.exists(ref)) return 'none';
    return roomAccess(ref, who, ref.kind === 'board' ? this.boardPolicy(ref.boardId) : null);
  }

  private boardPolicy(boardId: BoardId): BoardPolicy | null {
    const plan = this.doc('plan');
    const board = readBoard(plan, boardId);
    return board && { ...board, privateRound: readPrivateRound(plan, boardId)?.state === 'open' };
  }

  room(ref: RoomRef): Room {
    const rel = relativeRoom(ref);
    let room = this.rooms.get(rel);
    if (!room) {
      room = new Room(roomName(ref), this.doc(rel), this.guard);
      this.rooms.set(rel, room);
      if (ref.kind === 'board')
        registerGuard(
          room,
          () => boardShapeOf(readBoard(this.doc('plan'), ref.boardId)?.kind),
          () => openVotes(this.doc('plan')).some((v) => v.items.some((i) => i.boardId === ref.boardId)),
        );
      else if (ref.kind === 'person') registerGuard(room, () => PERSON_SHAPE);
    }
    return room;
  }

  /** Forget a room with nobody in it (its doc stays: it is the event's data). */
  release(room: Room): void {
    if (room.conns.size > 0) return;
    const ref = parseRoomName(room.name);
    if (!ref) return;
    const rel = relativeRoom(ref);
    if (this.rooms.get(rel) === room) {
      this.rooms.delete(rel);
      room.destroy();
    }
  }

  private *allConnections(): Iterable<Connection> {
    for (const room of this.rooms.values()) yield* room.conns;
  }

  /** Every live connection of these people, in any room of the event. */
  connectionsOf(personIds: ReadonlySet<string>): Connection[] {
    const out: Connection[] = [];
    for (const room of this.rooms.values()) {
      for (const conn of room.conns) if (conn.who.personId !== null && personIds.has(conn.who.personId)) out.push(conn);
    }
    return out;
  }

  private dropForbidden(): void {
    for (const room of this.rooms.values()) {
      for (const conn of room.conns) if (conn.access() === 'none') conn.close(CLOSE_FORBIDDEN, 'forbidden');
    }
  }

  describeRooms(): RoomDescription[] {
    const plan = readPlan(this.doc('plan'));
    const refs: RoomRef[] = [
      { kind: 'plan', eventId: this.id },
      ...plan.boards.map((b) => ({ kind: 'board' as const, eventId: this.id, boardId: b.id })),
      ...this.people.map((p) => ({ kind: 'person' as const, eventId: this.id, personId: p.id })),
      { kind: 'results', eventId: this.id },
    ];
    return refs.map((ref) => {
      const board = ref.kind === 'board' ? this.boardPolicy(ref.boardId) : null;
      return { name: roomName(ref), kind: ref.kind, ...describeRoomRules(ref, board) };
    });
  }

  summary(): EventSummary {
    const plan = readPlan(this.doc('plan'));
    const meta = this.meta;
    const status = this.file.status;
    return {
      id: this.id,
      title: plan.title,
      format: plan.format,
      archived: meta.archived,
      createdAt: meta.createdAt,
      joinCode: meta.joinCode,
      jurorCode: meta.jurorCode,
      cofacilitatorCode: meta.cofacilitatorCode,
      participants: this.people.filter((p) => p.role === 'participant').length,
      storage: { ok: status.ok, error: status.error },
    };
  }

  /** Runs `fn` when the event shuts down (detach observers, timers). */
  onShutdown(fn: () => void): void {
    this.cleanups.push(fn);
  }

  /** Close every socket; the caller closes the file. */
  shutdown(): void {
    for (const fn of this.cleanups.splice(0)) fn();
    for (const room of this.rooms.values()) room.destroy();
    this.rooms.clear();
    this.closed = true;
  }
}
