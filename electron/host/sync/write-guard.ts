import * as Y from 'yjs';
import type { Identity } from '@shared/access';
import { isFacilitatorRole } from '@shared/access';
import type { Notice } from '@shared/protocol/notice';

/**
 * What one event lets its writers add. A room's encoded state stays far below the event file's
 * 64 MiB record limit, so compaction and "Save as" work for every room the host has accepted.
 */
export type WriteLimits = {
  /** Encoded state of one shared room (plan, board, results). */
  roomBytes: number;
  /** Encoded state of one person's own room (ballots, private notes). */
  personRoomBytes: number;
  /** Everything one participant may write into the event during one run of the host. */
  personBytes: number;
  /** Sustained bytes per second one participant may write, and the burst allowed at once. */
  bytesPerSecond: number;
  burstBytes: number;
  /** Updates held in memory while the disk refuses them; past this, new writes are refused. */
  backlogBytes: number;
};

const MiB = 1024 * 1024;

export const DEFAULT_WRITE_LIMITS: WriteLimits = {
  roomBytes: 24 * MiB,
  personRoomBytes: 2 * MiB,
  personBytes: 16 * MiB,
  bytesPerSecond: 256 * 1024,
  burstBytes: 4 * MiB,
  backlogBytes: 32 * MiB,
};

/** A room near its budget is measured again once this much was added, or this long has passed (deletes shrink it). */
const REMEASURE_AFTER = 1 * MiB;
const REMEASURE_MS = 5_000;

type RoomSize = { base: number; since: number; at: number };
type Bucket = { tokens: number; at: number; total: number };

export type WriteVerdict = { ok: true } | { ok: false; notice: Notice };

/**
 * The incoming-update budget of one event: per room (encoded size), per person (total and rate) and
 * the unsaved backlog. Asked before an update is applied; a refused update is neither applied,
 * relayed nor persisted.
 */
export class WriteGuard {
  private readonly rooms = new WeakMap<Y.Doc, RoomSize>();
  private readonly people = new Map<string, Bucket>();

  constructor(
    readonly limits: WriteLimits,
    private readonly backlog: () => { failing: boolean; bytes: number },
    private readonly now: () => number = Date.now,
  ) {}

  storageFailing(): boolean {
    return this.backlog().failing;
  }

  check(doc: Y.Doc, personRoom: boolean, who: Identity, update: Uint8Array, shrinksOnly: boolean): WriteVerdict {
    const storage = this.backlog();
    if (storage.failing && storage.bytes + update.length > this.limits.backlogBytes) return refuse('storage-full');
    // Deleting never grows a room past what it held; a room at its budget must still be tidied.
    if (shrinksOnly) return { ok: true };
    const facilitator = isFacilitatorRole(who.role);
    const bucket = facilitator ? null : this.bucket(who);
    if (bucket && bucket.total + update.length > this.limits.personBytes) return refuse('person-budget');
    if (bucket && bucket.tokens < update.length) return refuse('rate');
    if (!this.roomHasRoom(doc, personRoom ? this.limits.personRoomBytes : this.limits.roomBytes, update.length)) {
      return refuse('room-budget');
    }
    if (bucket) {
      bucket.tokens -= update.length;
      bucket.total += update.length;
    }
    return { ok: true };
  }

  private bucket(who: Identity): Bucket {
    const key = who.personId ?? `${who.role}:${who.name}`;
    const t = this.now();
    let b = this.people.get(key);
    if (!b) {
      b = { tokens: this.limits.burstBytes, at: t, total: 0 };
      this.people.set(key, b);
    }
    b.tokens = Math.min(this.limits.burstBytes, b.tokens + ((t - b.at) * this.limits.bytesPerSecond) / 1000);
    b.at = t;
    return b;
  }

  /**
   * The size estimate only grows by what is added (an upper bound: merged state is never larger than
   * its parts), and is measured for real when it would pass the budget, so near-full rooms cost one
   * encode per REMEASURE_AFTER bytes, not one per update.
   */
  private roomHasRoom(doc: Y.Doc, budget: number, adding: number): boolean {
    let size = this.rooms.get(doc);
    if (!size) {
      size = { base: Y.encodeStateAsUpdate(doc).length, since: 0, at: this.now() };
      this.rooms.set(doc, size);
      const s = size;
      doc.on('update', (u: Uint8Array) => (s.since += u.length));
    }
    if (size.base + size.since + adding <= budget) return true;
    if (size.since < REMEASURE_AFTER && this.now() - size.at < REMEASURE_MS) return false;
    size.base = Y.encodeStateAsUpdate(doc).length;
    size.since = 0;
    size.at = this.now();
    return size.base + adding <= budget;
  }
}

function refuse(code: Notice): WriteVerdict {
  return { ok: false, notice: code };
}

/** An update that only deletes (no new structs) cannot grow a room. */
export function onlyDeletes(parsed: { structs: unknown[] }): boolean {
  return parsed.structs.length === 0;
}

/**
 * Yjs keeps an update whose dependencies it has not seen as "pending" and would hand it to late
 * joiners and to compaction, so clients and the file disagree. The host holds none: what did not
 * integrate is dropped, and the caller asks the sender to resync. True if something was dropped.
 */
export function dropPending(doc: Y.Doc): boolean {
  const store = doc.store;
  if (store.pendingStructs === null && store.pendingDs === null) return false;
  store.pendingStructs = null;
  store.pendingDs = null;
  return true;
}
