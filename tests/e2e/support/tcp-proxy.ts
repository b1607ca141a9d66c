import type { Server, Socket } from 'node:net';
import { createConnection, createServer } from 'node:net';

/**
 * A loopback TCP proxy in front of the host for one participant. `sever()` destroys every open
 * connection and stops listening — what a dropped Wi‑Fi does to an open WebSocket, and what
 * Playwright's `setOffline` does not do. `restore()` listens again on the same port.
 */
export type TcpProxy = { port: number; url: string; sever(): Promise<void>; restore(): Promise<void>; close(): Promise<void> };

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;

  const listen = (port: number) =>
    new Promise<number>((ok, fail) => {
      const s = createServer((client) => {
        const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
        for (const sock of [client, upstream]) {
          sockets.add(sock);
          sock.on('close', () => sockets.delete(sock));
          sock.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream);
        upstream.pipe(client);
      });
      s.once('error', fail);
      s.listen(port, '127.0.0.1', () => {
        server = s;
        ok((s.address() as { port: number }).port);
      });
    });

  const sever = async () => {
    const s = server;
    server = null;
    for (const sock of sockets) sock.destroy();
    sockets.clear();
    if (s) await new Promise((r) => s.close(r));
  };

  const port = await listen(0);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    sever,
    async restore() {
      if (!server) await listen(port);
    },
    close: sever,
  };
}
