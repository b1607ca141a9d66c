import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { KeyedCounter } from './counter';

/**
 * Slowloris and friends: a connection that has not finished sending its request headers costs a
 * descriptor and holds nothing useful. These bound how long it may take and how many one address may
 * keep half-open, so half-open connections from one device cannot lock the others out.
 */
export const HTTP_LIMITS = {
  /** Whole request headers must arrive within this (Node answers 408 and closes). */
  headersTimeoutMs: 10_000,
  /** A whole request, body included (a 256 MiB event-file import on a slow Wi-Fi fits). */
  requestTimeoutMs: 300_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: 5_000,
  /** How often Node checks the two timeouts above (its default, 30 s, lets a slowloris hold sockets that long). */
  checkIntervalMs: 1_000,
  /** Request line + headers; larger is answered 431. */
  maxHeaderBytes: 16 * 1024,
  /** Connections per address that have not yet sent a complete request head. */
  pendingPerAddress: 256,
  /** All connections together, well under the descriptor limit so event files can still be opened. */
  maxConnections: 10_000,
} as const;

/** Options for `http.createServer` that can only be given at construction. */
export const serverOptions = {
  maxHeaderSize: HTTP_LIMITS.maxHeaderBytes,
  connectionsCheckingInterval: HTTP_LIMITS.checkIntervalMs,
  headersTimeout: HTTP_LIMITS.headersTimeoutMs,
  requestTimeout: HTTP_LIMITS.requestTimeoutMs,
  keepAliveTimeout: HTTP_LIMITS.keepAliveTimeoutMs,
};

const SETTLE = Symbol('veche.pending');
type Tracked = Socket & { [SETTLE]?: () => void };

/** Timeouts, the connection ceiling and the per-address cap on half-open connections. */
export function applyHttpLimits(server: Server, limits = HTTP_LIMITS): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  const pending = new KeyedCounter();
  server.on('connection', (socket: Tracked) => {
    const address = socket.remoteAddress ?? 'unknown';
    if (pending.get(address) >= limits.pendingPerAddress) return void socket.destroy();
    pending.add(address);
    let counted = true;
    socket[SETTLE] = () => {
      if (!counted) return;
      counted = false;
      pending.remove(address);
    };
    socket.once('close', socket[SETTLE]);
  });
  const settle = (req: IncomingMessage) => (req.socket as Tracked)[SETTLE]?.();
  server.on('request', settle);
  server.on('upgrade', settle);
}

/** Malformed requests Node's parser refuses (bad method, header overflow, bad chunking): answered, never thrown. */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: Error & { code?: string }, socket: Socket) => {
    if (!socket.writable || (socket as Socket & { _httpMessage?: unknown })._httpMessage) return void socket.destroy();
    const status =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    answerAndClose(socket, `HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
}

/**
 * Writes a last answer and frees the descriptor once it is sent. A bare `end()` would wait for the
 * peer's FIN, and a peer that never reads never sends one: the socket would stay held.
 */
export function answerAndClose(socket: Duplex, text: string): void {
  if (socket.destroyed) return;
  socket.end(text, () => socket.destroy());
  setTimeout(() => socket.destroy(), 1_000).unref();
}
