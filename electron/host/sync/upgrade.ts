import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { Identity } from '@shared/access';
import { AppError } from '@shared/errors';
import { parseRoomName } from '@shared/protocol/rooms';
import type { RoomRef } from '@shared/protocol/rooms';
import type { EventLibrary } from '../events/library';
import type { HostedEvent } from '../events/hosted-event';
import type { HostAllowlist } from '../http/guards';
import { clientAddress } from '../http/client-address';
import { hostAllowed, originAllowed } from '../http/guards';
import { decodePathPart, requestTarget } from '../http/request-path';
import { answerAndClose } from '../limits/http-limits';
import { SocketAdmission } from '../limits/socket-admission';
import { CLOSE_IDENTITY_CHANGED } from '../session/team-assign';
import { CLOSE_MALFORMED, Connection } from './connection';
import { CLOSE_RELOAD, RELOAD_REASON, mustReload } from './version-handshake';

/** Frames above this close the socket with 1009 (ws does it for us via maxPayload). */
export const MAX_FRAME = 2 * 1024 * 1024;
/** How often every socket is pinged: well under a proxy's idle timeout (nginx's default is 60 s), and a socket that has not answered one ping by the next is closed. */
export const PING_MS = 30_000;

export type SyncContext = {
  library: EventLibrary;
  allow: HostAllowlist;
  identifyToken(token: string | null): Identity | null;
  log(level: 'info' | 'warn' | 'error', msg: string): void;
  admission?: SocketAdmission;
  /** The client's address (default: the socket peer); behind a trusted proxy, the forwarded one. */
  clientAddress?(req: IncomingMessage): string;
  /** Ping interval, ms (default PING_MS); tests shorten it to outlast a short proxy timeout quickly. */
  pingMs?: number;
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  421: 'Misdirected Request',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

function refuse(socket: Duplex, status: number): void {
  const retry = status === 429 ? 'Retry-After: 5\r\n' : '';
  answerAndClose(socket, `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\nConnection: close\r\n${retry}Content-Length: 0\r\n\r\n`);
}

type Admitted = { who: Identity; token: string | null; ref: RoomRef; event: HostedEvent; address: string; tokenKey: string | null; reload: boolean };

const sameIdentity = (a: Identity | null, b: Identity) =>
  a !== null && a.role === b.role && a.eventId === b.eventId && a.personId === b.personId && a.name === b.name && a.teamId === b.teamId;

/** WebSocket sync at /sync/<room>?token=…: the stock y-websocket client works against it unchanged. */
export function createSyncServer(ctx: SyncContext) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME });
  const admission = ctx.admission ?? new SocketAdmission();
  const sockets = new Set<WebSocket>();
  const pingEvery = Math.max(100, ctx.pingMs ?? PING_MS);
  // A peer is dead after this many unanswered pings in a row: at least two, and at least 10 s, so a
  // short interval (kept short to outlive a proxy's idle timeout) never drops a slow but live phone.
  const deadAfter = Math.max(2, Math.ceil(10_000 / pingEvery));
  const missed = new WeakMap<WebSocket, number>();
  const pinger = setInterval(() => {
    for (const ws of sockets) {
      const conn = (ws as WebSocket & { veche?: Connection }).veche;
      if (!conn) continue;
      const misses = conn.alive ? 0 : (missed.get(ws) ?? 0) + 1;
      missed.set(ws, misses);
      if (misses >= deadAfter) ws.terminate();
      else {
        conn.alive = false;
        ws.ping();
      }
    }
  }, pingEvery);
  pinger.unref();

  /** The checks, in order of cost; a number is the HTTP status to refuse with. */
  function admit(req: IncomingMessage): Admitted | number {
    if (!hostAllowed(req, ctx.allow)) return 421;
    if (!originAllowed(req, ctx.allow)) return 403;
    const url = requestTarget(req);
    if (!url.pathname.startsWith('/sync/')) return 404;
    const address = (ctx.clientAddress ?? clientAddress)(req);
    if (admission.attempt(address)) return 429;
    const token = url.searchParams.get('token');
    const who = ctx.identifyToken(token);
    if (!who) return 401;
    const ref = parseRoomName(decodePathPart(url.pathname.slice('/sync/'.length)));
    const event = ref ? ctx.library.events.get(ref.eventId) : undefined;
    if (!ref || !event || event.access(ref, who) === 'none') return 403;
    // One key per identity: the host's facilitator (no event) is exempt, everyone else is counted.
    const tokenKey = who.role === 'facilitator' && who.eventId === null ? null : `${who.eventId}/${who.personId}`;
    if (admission.check(address, tokenKey)) return 429;
    return { who, token, ref, event, address, tokenKey, reload: mustReload(url, req) };
  }

  /** Never throws: whatever goes wrong ends this one socket, not the process. */
  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    // After 'upgrade' Node no longer listens for errors on the socket; a reset would be uncaught.
    socket.on('error', () => socket.destroy());
    try {
      const admitted = admit(req);
      if (typeof admitted === 'number') return refuse(socket, admitted);
      wss.handleUpgrade(req, socket, head, (ws) => {
        // A page of another schema version is told to reload (4426) before it syncs anything.
        if (admitted.reload) return ws.close(CLOSE_RELOAD, RELOAD_REASON);
        try {
          attach(ws, admitted);
        } catch (err) {
          ctx.log('error', `sync: could not attach a connection: ${(err as Error).stack ?? String(err)}`);
          ws.terminate();
        }
      });
    } catch (err) {
      if (err instanceof AppError && err.code === 'bad_request') return refuse(socket, 400);
      ctx.log('error', `sync upgrade: ${(err as Error).stack ?? String(err)}`);
      refuse(socket, 500);
    }
  }

  function attach(ws: WebSocket, { who, token, ref, event, address, tokenKey }: Admitted): void {
    // The handshake is asynchronous: a team change (or a removal) between the check above and now did not
    // see this socket when it closed the person's others. Such a socket reconnects with who they are now.
    if (!sameIdentity(ctx.identifyToken(token), who)) return ws.close(CLOSE_IDENTITY_CHANGED, 'identity changed');
    const release = admission.open(address, tokenKey);
    ws.on('close', release);
    const room = event.room(ref);
    const conn = new Connection(ws, room, who, () => event.access(ref, who));
    (ws as WebSocket & { veche?: Connection }).veche = conn;
    sockets.add(ws);
    room.add(conn);
    ws.binaryType = 'nodebuffer';
    ws.on('pong', () => (conn.alive = true));
    ws.on('message', (data, isBinary) => {
      try {
        if (!isBinary) throw new Error('text frame');
        conn.handle(new Uint8Array(data as Buffer));
      } catch (err) {
        ctx.log('warn', `sync ${room.name}: closing a connection: ${(err as Error).message}`);
        conn.close(CLOSE_MALFORMED, 'malformed message');
      }
    });
    ws.on('close', () => {
      sockets.delete(ws);
      room.remove(conn);
      event.release(room);
    });
    ws.on('error', () => ws.terminate());
    conn.start();
  }

  function close(): void {
    clearInterval(pinger);
    for (const ws of sockets) ws.terminate();
    wss.close();
  }

  return { upgrade, close, sockets };
}
