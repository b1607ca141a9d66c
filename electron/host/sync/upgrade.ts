import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { Identity } from '../../../shared/access';
import { parseRoomName } from '../../../shared/protocol/rooms';
import type { EventLibrary } from '../events/library';
import type { HostAllowlist } from '../http/guards';
import { hostAllowed, originAllowed } from '../http/guards';
import { CLOSE_MALFORMED, Connection } from './connection';
import { CLOSE_RELOAD, RELOAD_REASON, mustReload } from './version-handshake';

/** Frames above this close the socket with 1009 (ws does it for us via maxPayload). */
export const MAX_FRAME = 2 * 1024 * 1024;
const PING_MS = 30_000;

export type SyncContext = {
  library: EventLibrary;
  allow: HostAllowlist;
  identifyToken(token: string | null): Identity | null;
  log(level: 'info' | 'warn' | 'error', msg: string): void;
};

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** WebSocket sync at /sync/<room>?token=…: the stock y-websocket client works against it unchanged. */
export function createSyncServer(ctx: SyncContext) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME });
  const sockets = new Set<WebSocket>();
  const pinger = setInterval(() => {
    for (const ws of sockets) {
      const alive = (ws as WebSocket & { veche?: Connection }).veche;
      if (alive && !alive.alive) ws.terminate();
      else if (alive) {
        alive.alive = false;
        ws.ping();
      }
    }
  }, PING_MS);
  pinger.unref();

  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://host');
    if (!hostAllowed(req, ctx.allow)) return refuse(socket, 421, 'Misdirected Request');
    if (!originAllowed(req, ctx.allow)) return refuse(socket, 403, 'Forbidden');
    if (!url.pathname.startsWith('/sync/')) return refuse(socket, 404, 'Not Found');
    const who = ctx.identifyToken(url.searchParams.get('token'));
    if (!who) return refuse(socket, 401, 'Unauthorized');
    const ref = parseRoomName(decodeURIComponent(url.pathname.slice('/sync/'.length)));
    const event = ref ? ctx.library.events.get(ref.eventId) : undefined;
    if (!ref || !event || event.access(ref, who) === 'none') return refuse(socket, 403, 'Forbidden');
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (mustReload(url)) return ws.close(CLOSE_RELOAD, RELOAD_REASON);
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
    });
  }

  function close(): void {
    clearInterval(pinger);
    for (const ws of sockets) ws.terminate();
    wss.close();
  }

  return { upgrade, close, sockets };
}
