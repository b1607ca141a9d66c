// Plain HTTP to the host's JSON API. node:http (not fetch) because a join storm needs each simulated
// device to come from its own loopback address: the host rate-limits joins per address, as it
// should, and 150 phones on a venue's Wi-Fi have 150 addresses.
import { request as httpRequest } from 'node:http';
import { WebSocket } from 'ws';

export type JoinResult = { token: string; personId: string; eventId: string; role: string };

export function api<T>(port: number, method: string, path: string, opts: { token?: string; body?: unknown; from?: string } = {}): Promise<T> {
  const payload = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body));
  return new Promise((ok, fail) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        localAddress: opts.from,
        agent: false,
        headers: {
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 500) >= 300) return fail(new Error(`${method} ${path}: ${res.statusCode} ${text}`));
          ok((text ? JSON.parse(text) : null) as T);
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timed out`)));
    req.on('error', fail);
    req.end(payload);
  });
}

/** 127.0.0.2, 127.0.0.3, … : the i-th simulated device's address (all of 127/8 is loopback on Linux). */
export const deviceAddress = (i: number): string => `127.0.${Math.floor(i / 250)}.${2 + (i % 250)}`;

export const join = (port: number, body: { code: string; name: string; group?: string; team?: string }, from?: string) =>
  api<JoinResult>(port, 'POST', '/api/join', { body, from });

/** The stock y-websocket client's WebSocket in Node, with no per-process limit on sockets. */
export const NodeWebSocket = WebSocket;
