import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * Which address a request comes from, for rate limits and the identity cap. By default the socket's
 * peer: a header anyone can write must not decide it. Behind a reverse proxy every peer is the proxy,
 * so with `--trusted-proxy` the address is read from X-Forwarded-For — walking it from the right,
 * past the proxies we trust, to the first hop we do not: what a client writes at the left of the
 * header itself is never believed.
 */
export type TrustedProxies = { has(address: string): boolean; readonly size: number };

/** A client can send a long header; the hops a real chain of proxies adds are few. */
const MAX_HOPS = 16;

/** `::ffff:127.0.0.1` (an IPv4 peer on a dual-stack socket) is 127.0.0.1. */
export function normalizeAddress(address: string): string {
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  return mapped ? mapped[1]! : a;
}

/** Parses `--trusted-proxy`: addresses and CIDR ranges, IPv4 or IPv6, separated by commas. */
export function parseTrustedProxies(spec: string): TrustedProxies {
  const list = new BlockList();
  let size = 0;
  for (const raw of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [addr, bits, extra] = raw.split('/');
    const address = normalizeAddress(addr ?? '');
    const family = isIP(address);
    if (family === 0 || extra !== undefined) throw new Error(`--trusted-proxy: ${raw} is not an address or CIDR range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!/^\d{1,3}$/.test(bits) || prefix > (family === 4 ? 32 : 128)) throw new Error(`--trusted-proxy: bad prefix in ${raw}`);
      list.addSubnet(address, prefix, type);
    }
    size += 1;
  }
  if (size === 0) throw new Error('--trusted-proxy needs at least one address or CIDR range');
  return {
    size,
    has(address: string) {
      const a = normalizeAddress(address);
      const family = isIP(a);
      return family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/** The client's address: the socket peer, or behind a trusted proxy the right-most forwarded hop it does not trust. */
export function clientAddress(req: IncomingMessage, trusted: TrustedProxies | null = null): string {
  const peer = normalizeAddress(req.socket.remoteAddress ?? 'unknown');
  if (!trusted || !trusted.has(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  if (typeof header !== 'string') return peer;
  const hops = header.split(',').slice(-MAX_HOPS);
  let nearest = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]!);
    // Garbage cannot come from a proxy we trust: stop at the last hop that was vouched for.
    if (isIP(hop) === 0) return nearest;
    if (!trusted.has(hop)) return hop;
    nearest = hop;
  }
  return nearest;
}
