import type { EventId } from '@shared/ids';
import { isId } from '@shared/ids';

/**
 * Where a window may go. The host's own origin (http://127.0.0.1:PORT) is the only place the
 * app's windows load; http(s) links elsewhere go to the system browser; everything else
 * (file:, javascript:, data:, custom schemes) goes nowhere.
 */

const WEB_SCHEMES = new Set(['http:', 'https:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The origin of an http(s) URL, or null for anything else or anything unparsable. */
export function webOrigin(url: string): string | null {
  const parsed = parse(url);
  return parsed && WEB_SCHEMES.has(parsed.protocol) ? parsed.origin : null;
}

export function isHostUrl(url: string | null | undefined, hostOrigin: string): boolean {
  return typeof url === 'string' && webOrigin(url) === hostOrigin;
}

/** `shell.openExternal` is only ever called with what this accepts. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && WEB_SCHEMES.has(parsed.protocol) && parsed.username === '' && parsed.password === '';
}

/** IPC handlers answer only frames whose document is on the host's origin. */
export function isTrustedSender(frameUrl: string | null | undefined, hostOrigin: string): boolean {
  return isHostUrl(frameUrl, hostOrigin);
}

const PROJECTOR_PATH = /^\/event\/([^/]+)\/projector\/?$/;

/** `/event/<id>/projector` on the host's origin → the event id. */
export function projectorEventId(url: string, hostOrigin: string): EventId | null {
  if (!isHostUrl(url, hostOrigin)) return null;
  const match = PROJECTOR_PATH.exec(new URL(url).pathname);
  const id = match?.[1];
  return isId(id) ? (id as EventId) : null;
}

export type WindowOpenDecision = { kind: 'projector'; eventId: EventId } | { kind: 'same-origin' } | { kind: 'external'; url: string } | { kind: 'deny' };

/** `setWindowOpenHandler`: the projector gets its own window; other host pages a secured child. */
export function decideWindowOpen(url: string, hostOrigin: string): WindowOpenDecision {
  const eventId = projectorEventId(url, hostOrigin);
  if (eventId) return { kind: 'projector', eventId };
  if (isHostUrl(url, hostOrigin)) return { kind: 'same-origin' };
  if (isSafeExternalUrl(url)) return { kind: 'external', url };
  return { kind: 'deny' };
}

export type NavigationDecision = 'allow' | 'external' | 'deny';

/** `will-navigate` / `will-redirect`: stay on the host, send the web to the browser. */
export function decideNavigation(url: string, hostOrigin: string): NavigationDecision {
  if (isHostUrl(url, hostOrigin)) return 'allow';
  return isSafeExternalUrl(url) ? 'external' : 'deny';
}

/** The facilitator's console: the token travels in the query, as the CLI prints it. */
export function consoleUrl(localUrl: string, facilitatorToken: string): string {
  const url = new URL('/', localUrl);
  url.searchParams.set('token', facilitatorToken);
  return url.toString();
}

export function projectorUrl(localUrl: string, eventId: EventId, facilitatorToken: string): string {
  const url = new URL(`/event/${encodeURIComponent(eventId)}/projector`, localUrl);
  url.searchParams.set('token', facilitatorToken);
  return url.toString();
}
