import type { IncomingMessage } from 'node:http';

/**
 * DNS-rebinding and cross-site defences. The Host header must name this machine (localhost, a
 * loopback address, one of its LAN addresses or its mDNS name); a browser Origin, when sent, must be
 * this very origin. Requests without Origin come from non-browser clients, which a web page cannot forge.
 */
export type HostAllowlist = { hostnames: Set<string> };

export function hostnameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  try {
    return new URL(`http://${hostHeader}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function hostAllowed(req: IncomingMessage, allow: HostAllowlist): boolean {
  const name = hostnameOf(req.headers.host);
  return name !== null && allow.hostnames.has(name);
}

export function originAllowed(req: IncomingMessage, allow: HostAllowlist): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return allow.hostnames.has(url.hostname.toLowerCase()) && url.host.toLowerCase() === (req.headers.host ?? '').toLowerCase();
}

export function bearerToken(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+([A-Za-z0-9_-]{16,128})$/.exec(h.trim());
  return m ? m[1]! : null;
}

export function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
