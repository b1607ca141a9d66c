import { connect } from 'node:net';
import type { Socket } from 'node:net';

/**
 * Raw TCP to the host, for what fetch and ws refuse to send: malformed targets, odd methods, huge
 * or endless headers. `localAddress` picks the loopback address the attacker appears to come from
 * (all of 127/8 is loopback on Linux), so an attacker and an honest client are different devices.
 */
export function rawRequest(
  port: number,
  text: string | Buffer,
  opts: { localAddress?: string; timeoutMs?: number } = {},
): Promise<{ status: number | null; head: string }> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress: opts.localAddress });
    let data = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      resolve({ status: m ? Number(m[1]) : null, head: data.split('\r\n\r\n')[0] ?? '' });
    };
    const timer = setTimeout(done, opts.timeoutMs ?? 5_000);
    socket.on('connect', () => socket.write(text));
    socket.on('data', (d) => {
      data += d.toString('latin1');
      if (data.includes('\r\n\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
  });
}

/** A connection that sends the start of a request and then one header byte now and then, never finishing. */
export function slowlorisConnection(port: number, localAddress: string): { socket: Socket; closed: Promise<void> } {
  const socket = connect({ host: '127.0.0.1', port, localAddress });
  const closed = new Promise<void>((r) => socket.once('close', () => r()));
  socket.on('error', () => socket.destroy());
  socket.on('connect', () => socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `));
  const drip = setInterval(() => (socket.writable ? socket.write('a') : clearInterval(drip)), 500);
  socket.once('close', () => clearInterval(drip));
  return { socket, closed };
}

export const upgradeText = (port: number, target: string, extra = ''): string =>
  `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
  `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n${extra}\r\n`;
