import type { Server } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';

/** The machine's non-internal IPv4 addresses: what phones on the venue Wi-Fi can reach. */
export function lanIPv4s(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

/** The names a request may carry in its Host header (hostname only; ports are checked via Origin). */
export function allowedHostnames(bind: string): Set<string> {
  const names = ['localhost', '127.0.0.1', '[::1]', ...lanIPv4s()];
  const host = hostname().toLowerCase();
  names.push(host, `${host}.local`);
  if (bind !== '0.0.0.0' && bind !== '::') names.push(bind);
  return new Set(names.map((n) => n.toLowerCase()));
}

function tryListen(server: Server, port: number, bind: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') resolve(null);
      else reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, bind);
  });
}

/** Listens on `port`, or the next free one above it (up to 50 tries); port 0 means any free port. */
export async function listenNextFree(server: Server, port: number, bind: string): Promise<number> {
  for (let p = port, tries = 0; tries < 50; p++, tries++) {
    const got = await tryListen(server, p, bind);
    if (got !== null) return got;
    if (port === 0) break;
  }
  throw new Error(`no free port from ${port}`);
}
