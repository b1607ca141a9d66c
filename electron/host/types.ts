import type { EventId } from '@shared/ids';
import type { CreatedEvent, EventSummary } from '@shared/protocol/api';
import type { FsAdapter } from './persistence/event-file';
import type { WriteLimits } from './sync/write-guard';

export type HostOptions = {
  /** Port to try first; the next free one is taken if busy. 0 = any free port. Default 4321. */
  port?: number;
  /** Bind address. Default all interfaces ('0.0.0.0'). */
  bind?: string;
  /** Where events, host.json and the facilitator secret live. */
  dataDir: string;
  /** Folder of the built renderer (index.html + assets); default out/renderer beside the app. */
  rendererDir?: string;
  /** Create the demo events from the seeds (once). */
  demo?: boolean;
  /** Advertise over mDNS. Default true; tests turn it off. */
  mdns?: boolean;
  /** Group-commit interval for the event log, ms (≤ 50). */
  flushMs?: number;
  /** Write `<dataDir>/host.json` while running (default true). */
  writeHostJson?: boolean;
  /** Join rate limit per address: burst and refill per minute (default 30 / 30). */
  joinBurst?: number;
  joinPerMinute?: number;
  /** How many people one address may join one event as (default 3); the host's own loopback is exempt unless `capLoopback`. */
  identitiesPerAddress?: number;
  capLoopback?: boolean;
  /**
   * Online mode: the origin participants open (`https://…`, the TLS proxy in front of this host).
   * Its host is allowed, its origin accepted from browsers, and join links and QR codes use it.
   */
  publicUrl?: string;
  /** Peers whose X-Forwarded-For is believed (addresses and CIDR ranges, comma-separated); none by default. */
  trustedProxy?: string;
  /** How often every WebSocket is pinged, ms (default 30 s): keeps proxies from closing idle sockets, closes dead ones. */
  pingMs?: number;
  /** Budgets for what clients write (per room, per person, rate, unsaved backlog); defaults in write-guard.ts. */
  writeLimits?: Partial<WriteLimits>;
  /** File-system layer for event files; tests inject failures (disk full, EIO) here. */
  fs?: FsAdapter;
  /** Log sink; tokens are never passed to it. Default console. */
  log?: (level: 'info' | 'warn' | 'error', message: string) => void;
};

/** What `startHost` returns: used by the CLI, the Electron main process and the tests. */
export type RunningHost = {
  port: number;
  /** http://127.0.0.1:PORT */
  localUrl: string;
  /** http://<each LAN IPv4>:PORT, as the interfaces were at start (the API's /api/host reads them live). */
  lanUrls: string[];
  /** `--public-url`, normalised (no trailing slash); null on a LAN. */
  publicUrl: string | null;
  facilitatorToken: string;
  /** The event library, newest first. */
  listEvents(): EventSummary[];
  /** Bytes of a whole event, the `.veche` file (flushed first). */
  exportEventFile(id: EventId): Promise<Uint8Array>;
  /** Opens a `.veche` file made here or on another machine as a new event in the library. */
  importEventFile(bytes: Uint8Array): Promise<CreatedEvent>;
  /** Flush every event, close every socket and the server. */
  close(): Promise<void>;
};
