import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import type { Access, Identity } from '@shared/access';
import type { Notice } from '@shared/protocol/notice';
import { encodeNotice } from '@shared/protocol/notice';
import { decodeAwarenessUpdate, encodeAwarenessEntries, guardAwareness } from './awareness-guard';
import type { Room } from './room';
import { guardUpdate } from './update-guard';
import { MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from './room';
import { CLOSE_OVERLOADED, CLOSE_POLICY, SendQueueGuard, StepOneBudget, closeHard } from './send-limits';
import { dropPending, onlyDeletes } from './write-guard';

/** A socket is told the same notice, or asked to resync, at most this often: a refusal must not amplify. */
const NOTICE_EVERY_MS = 2_000;

/**
 * Close codes: 1007 = a frame we cannot decode; 4403 = access withdrawn (board hidden, event deleted);
 * 1013 = this socket's send queue is full (send-limits.ts); 1008 = too many sync step 1 requests.
 */
export const CLOSE_MALFORMED = 1007;
export const CLOSE_FORBIDDEN = 4403;

export class ProtocolError extends Error {}

/**
 * One WebSocket syncing one room. Access is asked afresh for every message, because the facilitator
 * can lock or hide a board while people are connected.
 */
export class Connection {
  readonly awarenessClient: { clientId: number | null } = { clientId: null };
  private deniedNotified = false;
  private readonly queue = new SendQueueGuard();
  private readonly stepOnes = new StepOneBudget();
  private readonly noticedAt = new Map<Notice | 'resync', number>();
  alive = true;

  constructor(
    private readonly ws: WebSocket,
    readonly room: Room,
    readonly who: Identity,
    readonly access: () => Access,
  ) {}

  start(): void {
    const canWrite = this.access() === 'write';
    // Only a writer is asked for its state: a reader's local edits must never reach the host.
    if (canWrite) {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(e, this.room.doc);
      this.send(encoding.toUint8Array(e));
    }
    const states = [...this.room.awareness.getStates().keys()];
    if (states.length > 0) this.send(this.room.awarenessMessage(states));
    if (this.room.guard?.storageFailing()) this.notify('storage-failing');
  }

  send(msg: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (!this.queue.admits(this.ws, msg.length)) return closeHard(this.ws, CLOSE_OVERLOADED, 'send queue full');
    this.ws.send(msg, (err) => {
      if (err) this.close(1011, 'send failed');
    });
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) this.ws.close(code, reason);
  }

  /** Handles one binary frame; throws ProtocolError on anything malformed. */
  handle(data: Uint8Array): void {
    const access = this.access();
    if (access === 'none') return this.close(CLOSE_FORBIDDEN, 'forbidden');
    const d = decoding.createDecoder(data);
    const type = decoding.readVarUint(d);
    switch (type) {
      case MESSAGE_SYNC:
        return this.handleSync(d, access);
      case MESSAGE_AWARENESS:
        return this.handleAwareness(decoding.readVarUint8Array(d));
      case MESSAGE_QUERY_AWARENESS:
        return this.send(this.room.awarenessMessage([...this.room.awareness.getStates().keys()]));
      case MESSAGE_AUTH:
        return; // clients have nothing to say about auth
      default:
        throw new ProtocolError(`unknown message type ${type}`);
    }
  }

  private handleSync(d: decoding.Decoder, access: Access): void {
    const syncType = decoding.readVarUint(d);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      if (!this.stepOnes.take()) return closeHard(this.ws, CLOSE_POLICY, 'too many sync requests');
      // Throws on garbage before we use it; the answer is shared by everyone asking the same.
      const stateVector = Y.decodeStateVector(decoding.readVarUint8Array(d));
      return this.send(this.room.syncStep2For(stateVector));
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new ProtocolError(`unknown sync message ${syncType}`);
    }
    const update = decoding.readVarUint8Array(d);
    const parsed = Y.decodeUpdate(update); // validates the whole update before anything is integrated
    if (access !== 'write') return this.refuse(parsed);
    // The event's budgets first (cheap, bounds what a writer can cost), then what the update does to records.
    const budget = this.room.guard?.check(this.room.doc, this.room.name.includes('/person/'), this.who, update, onlyDeletes(parsed));
    if (budget && !budget.ok) return this.notify(budget.notice);
    const verdict = guardUpdate(this.room, this.who, update);
    if (!verdict.ok) return this.deny(`refused: ${verdict.reason}`);
    Y.applyUpdate(this.room.doc, update, this);
    // What integrated was relayed and persisted by the doc's update event; the rest is dropped.
    if (dropPending(this.room.doc)) this.askResync();
  }

  /** Tells this socket why its change was refused (or how saving goes), at most once per NOTICE_EVERY_MS per word. */
  notify(notice: Notice): void {
    if (!this.due(notice)) return;
    this.send(encodeNotice(notice));
  }

  /** Sends the host's state vector: an honest client answers with everything the host lacks. */
  private askResync(): void {
    if (!this.due('resync')) return;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(e, this.room.doc);
    this.send(encoding.toUint8Array(e));
  }

  private due(what: Notice | 'resync'): boolean {
    const now = Date.now();
    if (now - (this.noticedAt.get(what) ?? -Infinity) < NOTICE_EVERY_MS) return false;
    this.noticedAt.set(what, now);
    return true;
  }

  /** A read-only connection sent a change: drop it, and tell the client once why (y-websocket logs it). */
  private refuse(parsed: ReturnType<typeof Y.decodeUpdate>): void {
    const empty = parsed.structs.length === 0 && parsed.ds.clients.size === 0;
    if (empty || this.deniedNotified) return;
    this.deniedNotified = true;
    this.deny('read-only');
  }

  /** Tells the client why its change was not applied (y-websocket's permission-denied message). */
  private deny(reason: string): void {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MESSAGE_AUTH);
    authProtocol.writePermissionDenied(e, reason);
    this.send(encoding.toUint8Array(e));
  }

  private handleAwareness(update: Uint8Array): void {
    const entries = decodeAwarenessUpdate(update);
    const allowed = guardAwareness(entries, this.awarenessClient, (id) => this.room.clientTaken(id, this), this.who);
    if (allowed.length === 0) return;
    awarenessProtocol.applyAwarenessUpdate(this.room.awareness, encodeAwarenessEntries(allowed), this);
  }
}
