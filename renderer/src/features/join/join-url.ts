import type { HostInfo } from '@shared/protocol/api';
import { joinPath } from '@shared/protocol/api';

/**
 * The URL a phone can open: online, the public URL; on a LAN, the host's first LAN address (phones
 * cannot resolve mDNS or localhost). Without either (no Wi‑Fi on the laptop) the page's own origin is the best we have.
 */
export function joinUrl(host: HostInfo | null, code: string, fallbackOrigin: string): string {
  const base = host?.publicUrl ?? host?.lanUrls[0] ?? fallbackOrigin;
  return base.replace(/\/+$/, '') + joinPath(code);
}

/** What to print beside the QR: the address without the scheme, easier to type. */
export const displayUrl = (url: string) => url.replace(/^https?:\/\//, '');
