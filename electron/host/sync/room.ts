import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import type { Connection } from './connection';
import { StepTwoCache } from './step-two';
import type { WriteGuard } from './write-guard';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/**
 * Presence changes are sent out at most once per tick per room, all clients' changes in one
 * message. 50 people moving a cursor 5 times a second in a room of 150 was 37,500 socket writes a
 * second, one per change per connection — most of the host's CPU in the presence benchmark was the
 * kernel doing them. A tick adds at most this much to a cursor that the renderer throttles to 200 ms.
 */
export const PRESENCE_TICK_MS = 40;

/**
 * The live side of one room: its doc (owned by the event), the connections syncing it and their
 * presence. Broadcasts every doc update and presence change to the room's connections.
 */
export class Room {
  readonly conns = new Set<Connection>();
  readonly awareness: awarenessProtocol.Awareness;
  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    this.stepTwo.clear();
    this.broadcastUpdate(update, origin);
  };
  /** Answers to sync step 1, shared between connections; dropped on every change of the doc. */
  private readonly stepTwo: StepTwoCache;
  /** Presence client ids changed since the last broadcast, and the timer that will send them. */
  private readonly pendingPresence = new Set<number>();
  private presenceTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly name: string,
    readonly doc: Y.Doc,
    /** The event's budget for incoming updates; null lets everything through (tests of the sync layer alone). */
    readonly guard: WriteGuard | null = null,
  ) {
    this.stepTwo = new StepTwoCache(doc);
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwareness);
    doc.on('update', this.onUpdate);
  }

  private broadcastUpdate(update: Uint8Array, origin: unknown): void {
    if (this.conns.size === 0) return;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MESSAGE_SYNC);
    syncProtocol.writeUpdate(e, update);
    const msg = encoding.toUint8Array(e);
    for (const c of this.conns) if (c !== origin) c.send(msg);
  }

  private readonly onAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    for (const id of added.concat(updated, removed)) this.pendingPresence.add(id);
    if (this.pendingPresence.size === 0 || this.presenceTimer !== null) return;
    this.presenceTimer = setTimeout(this.flushPresence, PRESENCE_TICK_MS);
  };

  /** One message with the latest state of every client that changed in the tick (null for those who left). */
  private readonly flushPresence = () => {
    this.presenceTimer = null;
    const changed = [...this.pendingPresence];
    this.pendingPresence.clear();
    if (changed.length === 0 || this.conns.size === 0) return;
    const msg = this.awarenessMessage(changed);
    for (const c of this.conns) c.send(msg);
  };

  /**
   * The answer to a sync step 1, encoded once per state of the doc and state vector asked: 150
   * people joining a 5,000-card board at once otherwise made the host encode the same 1.7 MB 150
   * times (~30 ms each, the whole of its CPU in the join storm benchmark).
   */
  syncStep2For(stateVector: Map<number, number>): Uint8Array {
    return this.stepTwo.answer(stateVector);
  }

  awarenessMessage(clients: number[]): Uint8Array {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
    return encoding.toUint8Array(e);
  }

  /** Is this presence client id already spoken for by another live connection? */
  clientTaken(clientId: number, by: Connection): boolean {
    for (const c of this.conns) if (c !== by && c.awarenessClient.clientId === clientId) return true;
    return false;
  }

  add(conn: Connection): void {
    this.conns.add(conn);
  }

  remove(conn: Connection): void {
    this.conns.delete(conn);
    const id = conn.awarenessClient.clientId;
    if (id !== null) awarenessProtocol.removeAwarenessStates(this.awareness, [id], null);
  }

  destroy(): void {
    for (const c of [...this.conns]) c.close(1001, 'room closed');
    this.doc.off('update', this.onUpdate);
    if (this.presenceTimer !== null) clearTimeout(this.presenceTimer);
    this.awareness.off('update', this.onAwareness);
    this.awareness.destroy();
  }
}
