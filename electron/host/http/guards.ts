import type { IncomingMessage } from 'node:http';

/**
 * DNS-rebinding and cross-site defences. The Host header must name this machine (localhost, a
 * loopback address, one of its LAN addresses as they are now, its mDNS name, or the public URL's host);
 * a browser Origin, when sent, must be this very origin or the public URL's. Requests without Origin
 * come from non-browser clients, which a web page cannot forge.
 */
export type HostAllowlist = {
  allows(hostname: string): boolean;
  /** `https://name[:port]` of `--public-url`, lower case; null on a LAN. */
  readonly publicOrigin: string | null;
};

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
  return name !== null && allow.allows(name);
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
  // Behind the proxy the Host header may lose the public port (`proxy_set_header Host $host`): the origin is compared whole instead.
  if (allow.publicOrigin !== null && url.origin.toLowerCase() === allow.publicOrigin) return true;
  return allow.allows(url.hostname.toLowerCase()) && url.host.toLowerCase() === (req.headers.host ?? '').toLowerCase();
}

export function bearerToken(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+([A-Za-z0-9_-]{16,128})$/.exec(h.trim());
  return m ? m[1]! : null;
}
