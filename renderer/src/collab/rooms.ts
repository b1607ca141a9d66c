import { readAuthMessage } from 'y-protocols/auth';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider, messageAuth } from 'y-websocket';
import * as Y from 'yjs';
import { MESSAGE_NOTICE, readNotice } from '@shared/protocol/notice';
import type { SocketStatus } from './connection';
import { useConnection } from './connection';
import type { Reconnector } from './reconnect';
import { jitterReconnects } from './reconnect';
import type { RoomCache } from './room-cache';
import { SCHEMA_FINGERPRINT } from '@shared/doc/schema';
import { CLOSE_RELOAD } from '@shared/protocol/close-codes';
import { cacheKey, openRoomCache } from './room-cache';
import { onWake } from './wake';

/**
 * One Y.Doc + WebsocketProvider per (identity, room), shared by every component that shows it and
 * reference-counted. Order on open matters: the Dexie cache is applied to the doc BEFORE the socket
 * connects, so what this person wrote offline is in the doc when sync step 1 goes out and merges.
 */
export type Session = {
  token: string;
  /** Whose cache this is: `facilitator`, or `<role>:<personId>`. */
  identity: string;
};

export type RoomState = {
  /** The cache has been applied; the doc can be shown (and written) now, online or not. */
  ready: boolean;
  status: SocketStatus;
  /** Has completed a sync with the host since the last connect. */
  synced: boolean;
  /** Why the host refused a write or closed the room for good, if it did. */
  denied: string | null;
};

export type Room = {
  readonly name: string;
  readonly doc: Y.Doc;
  /** Presence (who is here, what they point at); lives as long as the room, across reconnects. */
  readonly awareness: Awareness;
  getState(): RoomState;
  subscribe(fn: () => void): () => void;
};

const CACHE_ORIGIN = 'cache';
/** A room released by its last user stays open this long: StrictMode remounts and route changes reuse it. */
const LINGER_MS = 3_000;

type Entry = Room & { refs: number; timer: ReturnType<typeof setTimeout> | null; destroy(): void };

const entries = new Map<string, Entry>();
/** Every open room's retry schedule: a phone that wakes reconnects all of them at once, without a reload. */
const reconnectors = new Set<Reconnector>();
let stopWatchingWake: (() => void) | null = null;

function trackReconnects(r: Reconnector): () => void {
  reconnectors.add(r);
  stopWatchingWake ??= onWake(() => reconnectors.forEach((x) => x.wake()));
  return () => {
    r.stop();
    reconnectors.delete(r);
    if (reconnectors.size === 0) {
      stopWatchingWake?.();
      stopWatchingWake = null;
    }
  };
}

let cache: RoomCache | null | undefined;

function getCache(): RoomCache | null {
  if (cache === undefined) {
    try {
      cache = typeof indexedDB === 'undefined' ? null : openRoomCache();
      // Offline copies written by a page of another schema version are dropped, not merged.
      cache?.dropOtherSchemas().catch((e: unknown) => console.warn('room cache cleanup failed', e));
    } catch {
      cache = null; // No IndexedDB (locked-down browser): sync still works, only without an offline copy.
    }
  }
  return cache;
}

export const wsBase = () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`;

function createEntry(session: Session, name: string): Entry {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const key = cacheKey(window.location.origin, session.identity, name);
  const listeners = new Set<() => void>();
  let state: RoomState = { ready: false, status: 'connecting', synced: false, denied: null };
  let provider: WebsocketProvider | null = null;
  let untrack: (() => void) | null = null;
  let destroyed = false;
  const setState = (patch: Partial<RoomState>) => {
    state = { ...state, ...patch };
    listeners.forEach((fn) => fn());
  };

  const connect = () => {
    provider = new WebsocketProvider(`${wsBase()}/sync`, name, doc, {
      params: { token: session.token, schema: SCHEMA_FINGERPRINT },
      disableBc: true,
      awareness,
    });
    untrack = trackReconnects(jitterReconnects(provider));
    // The default handler only logs; we surface the reason ("locked by facilitator") to the user.
    provider.messageHandlers[messageAuth] = (_enc, decoder) =>
      readAuthMessage(decoder, doc, (_doc, reason) => {
        setState({ denied: reason });
        useConnection.getState().setDenied(reason);
      });
    // The host's notices: a refused change (over a budget, too fast) or saving that fails / works again.
    provider.messageHandlers[MESSAGE_NOTICE] = (_enc, decoder) => {
      const notice = readNotice(decoder);
      if (notice) useConnection.getState().setNotice(notice);
    };
    provider.on('status', ({ status }) => {
      setState({ status, ...(status !== 'connected' ? { synced: false } : {}) });
      useConnection.getState().setSocket(name, status);
    });
    provider.on('sync', (synced) => setState({ synced }));
    provider.on('closed', ({ code, reason }) => {
      setState({ denied: reason || `closed ${code}` });
      // This page and the host disagree on the record shapes: retrying cannot help, reloading does.
      if (code === CLOSE_RELOAD) useConnection.getState().setReloadNeeded(true);
    });
  };

  const start = async () => {
    const c = getCache();
    if (c) await c.load(key, doc, CACHE_ORIGIN).catch((e: unknown) => console.warn('room cache load failed', e));
    if (destroyed) return;
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== CACHE_ORIGIN) c?.append(key, update).catch((e: unknown) => console.warn('room cache write failed', e));
    });
    useConnection.getState().setSocket(name, 'connecting');
    connect();
    setState({ ready: true });
  };
  void start();

  return {
    name,
    doc,
    awareness,
    refs: 0,
    timer: null,
    getState: () => state,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    destroy() {
      destroyed = true;
      untrack?.();
      provider?.destroy();
      awareness.destroy();
      useConnection.getState().setSocket(name, null);
      doc.destroy();
    },
  };
}

/** Opens (or reuses) a room; call `release` exactly once when done with it. */
export function acquireRoom(session: Session, name: string): { room: Room; release: () => void } {
  const id = `${session.identity}|${session.token}|${name}`;
  let entry = entries.get(id);
  if (!entry) {
    entry = createEntry(session, name);
    entries.set(id, entry);
  }
  if (entry.timer) clearTimeout(entry.timer);
  entry.timer = null;
  entry.refs += 1;
  const e = entry;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    e.refs -= 1;
    if (e.refs > 0) return;
    e.timer = setTimeout(() => {
      entries.delete(id);
      e.destroy();
    }, LINGER_MS);
  };
  return { room: e, release };
}
