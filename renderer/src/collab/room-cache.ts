import Dexie, { type Table } from 'dexie';
import * as Y from 'yjs';
import { SCHEMA_FINGERPRINT } from '@shared/doc/schema';

/**
 * A local copy of every synced room, so a participant who reloads or loses the Wi‑Fi keeps what they
 * wrote and it merges when the socket comes back. Rows are raw Yjs updates, appended as they happen
 * (local and remote alike); `compact` folds a room's rows into one merged update.
 * Keyed by host origin + identity + room: two hosts, or two people in one browser, never share rows.
 * No DOM types here, so the unit tests run it in Node on fake-indexeddb.
 */
export type CacheRow = { seq?: number; key: string; update: Uint8Array };

/** After this many appended rows a room is compacted (a few KB each; merging is cheap). */
export const COMPACT_EVERY = 100;

/**
 * The schema fingerprint comes first: rows written by a page of another schema version are never
 * applied (their records may not mean what this build thinks), and `dropOtherSchemas` deletes them.
 */
export const cacheKey = (origin: string, identity: string, room: string, schema = SCHEMA_FINGERPRINT) => `${schema}|${origin}|${identity}|${room}`;

class CacheDb extends Dexie {
  updates!: Table<CacheRow, number>;
  constructor(name: string, deps?: { indexedDB: unknown; IDBKeyRange: unknown }) {
    super(name, deps as ConstructorParameters<typeof Dexie>[1]);
    this.version(1).stores({ updates: '++seq, key' });
  }
}

export type RoomCache = {
  /** Applies every cached update of `key` to `doc` with `origin`; returns how many rows there were. */
  load(key: string, doc: Y.Doc, origin: unknown): Promise<number>;
  append(key: string, update: Uint8Array): Promise<void>;
  /** Replaces a room's rows by one merged update, atomically (rows appended meanwhile are kept). */
  compact(key: string): Promise<void>;
  rowCount(key: string): Promise<number>;
  clear(key: string): Promise<void>;
  /** Deletes every row not written under `schema`; returns how many. */
  dropOtherSchemas(schema?: string): Promise<number>;
  close(): void;
};

export function openRoomCache(name = 'veche-cache', deps?: { indexedDB: unknown; IDBKeyRange: unknown }): RoomCache {
  const db = new CacheDb(name, deps);
  const appended = new Map<string, number>();

  const compact = (key: string) =>
    db.transaction('rw', db.updates, async () => {
      const rows = await db.updates.where('key').equals(key).toArray();
      if (rows.length < 2) return;
      const merged = Y.mergeUpdates(rows.map((r) => r.update));
      await db.updates.bulkDelete(rows.map((r) => r.seq!));
      await db.updates.add({ key, update: merged });
    });

  return {
    async load(key, doc, origin) {
      const rows = await db.updates.where('key').equals(key).sortBy('seq');
      if (rows.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(rows.map((r) => r.update)), origin);
      if (rows.length > COMPACT_EVERY / 4) await compact(key);
      return rows.length;
    },
    async append(key, update) {
      await db.updates.add({ key, update });
      const n = (appended.get(key) ?? 0) + 1;
      appended.set(key, n % COMPACT_EVERY);
      if (n >= COMPACT_EVERY) await compact(key);
    },
    compact,
    rowCount: (key) => db.updates.where('key').equals(key).count(),
    async clear(key) {
      await db.updates.where('key').equals(key).delete();
    },
    dropOtherSchemas: (schema = SCHEMA_FINGERPRINT) => db.updates.filter((r) => !r.key.startsWith(`${schema}|`)).delete(),
    close: () => db.close(),
  };
}
