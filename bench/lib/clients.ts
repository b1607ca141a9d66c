// The stock y-websocket client as the simulated participants and the facilitator use it.
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export type Client = { doc: Y.Doc; provider: WebsocketProvider; synced: Promise<void> };

/**
 * Connects one doc to `ws://127.0.0.1:<port><prefix>/<room>`. Veche serves sync under /sync and
 * wants the token; the reference server takes any path and ignores it.
 */
export function connect(port: number, prefix: string, room: string, token: string | null, opts: { awareness?: boolean; doc?: Y.Doc } = {}): Client {
  const doc = opts.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}${prefix}`, room, doc, {
    params: token ? { token } : {},
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    // The figures measure the server, not y-websocket's 30 s presence renewals and reconnect jitter.
    resyncInterval: -1,
    maxBackoffTime: 1000,
  });
  // Presence is off unless a figure is about it: the stock client would otherwise announce an
  // empty state for every socket, which is not what a board that nobody is looking at does.
  if (!opts.awareness) provider.awareness.setLocalState(null);
  const synced = new Promise<void>((ok) => {
    if (provider.synced) return ok();
    const on = (s: boolean) => {
      if (!s) return;
      provider.off('sync', on);
      ok();
    };
    provider.on('sync', on);
  });
  return { doc, provider, synced };
}

export function disconnect(c: Client): void {
  c.provider.destroy();
  c.doc.destroy();
}

/** Resolves `p` or rejects after `ms`: every wait in the suite is bounded. */
export function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** High-resolution wall clock shared by every process on the machine (ms since the epoch). */
export const wallNow = (): number => performance.timeOrigin + performance.now();
