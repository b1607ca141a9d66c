import type { Server } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import type { HostAllowlist } from './http/guards';

/** The machine's non-internal IPv4 addresses: what phones on the venue Wi-Fi can reach. */
export function lanIPv4s(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

/** How long a reading of the interfaces is reused: a flood of requests costs one reading per this, not one each. */
export const INTERFACES_TTL_MS = 1_500;

/**
 * The interfaces as they are now, read at most once per `ttlMs`. A laptop that joins the venue Wi-Fi
 * after the host started gets its new address into the allowlist and the QR code within that time.
 */
export function liveInterfaces(read: () => string[] = lanIPv4s, ttlMs = INTERFACES_TTL_MS, now: () => number = Date.now): () => string[] {
  let cached: string[] = [];
  let at = -Infinity;
  return () => {
    const t = now();
    if (t - at >= ttlMs) {
      cached = read();
      at = t;
    }
    return cached;
  };
}

/**
 * Parses `--public-url`: the origin participants open (the TLS proxy in front of this host). Only an
 * origin: the app's paths (/api, /sync, /assets) are absolute, so a path prefix could not work.
 */
export function parsePublicUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`--public-url ${text} is not a URL (expected https://name[:port])`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--public-url must start with https:// (got ${url.protocol})`);
  if (url.username || url.password) throw new Error('--public-url must not carry a user name or password');
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error('--public-url must be an origin only (no path, query or #): the app serves from the root');
  return url;
}

export type AllowlistOptions = {
  bind: string;
  /** The public origin behind a proxy; its host name is allowed and its origin accepted from browsers. */
  publicUrl?: URL | null;
  /** The LAN addresses as they are now (cached by the caller). */
  interfaces?: () => string[];
};

/** The names a request may carry in its Host header, recomputed from the live interfaces (hostname only; ports are checked via Origin). */
export function hostAllowlist({ bind, publicUrl = null, interfaces = liveInterfaces() }: AllowlistOptions): HostAllowlist {
  const fixed = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (bind !== '0.0.0.0' && bind !== '::') fixed.add(bind.toLowerCase());
  if (publicUrl) fixed.add(publicUrl.hostname.toLowerCase());
  const machine = hostname().toLowerCase();
  fixed.add(machine).add(`${machine}.local`);
  return {
    publicOrigin: publicUrl ? publicUrl.origin.toLowerCase() : null,
    allows(name: string): boolean {
      const n = name.toLowerCase();
      return fixed.has(n) || interfaces().includes(n);
    },
  };
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
