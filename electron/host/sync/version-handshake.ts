import type { IncomingMessage } from 'node:http';
import { SCHEMA_FINGERPRINT } from '@shared/doc/schema';

export { CLOSE_RELOAD } from '@shared/protocol/close-codes';
/** A page older (or newer) than the host could write records the host refuses, or misread them. */
export const RELOAD_REASON = 'schema mismatch: reload the page';

/**
 * The `schema` query parameter of a sync URL against this build's fingerprint. Returns true when the
 * client must be told to reload:
 * - a fingerprint other than this build's;
 * - none at all from a browser page (the request has an `Origin` header, which a page cannot leave
 *   out): a page built before the handshake existed, holding an offline cache of who knows what shape.
 * A client without `Origin` and without `schema` is a raw protocol client (y-websocket in Node,
 * scripts, tests, docs/protocol.md's outside clients): it is let in, and the update guard checks
 * every write it makes.
 */
export function mustReload(url: URL, req: Pick<IncomingMessage, 'headers'>): boolean {
  const sent = url.searchParams.get('schema');
  if (sent === null) return req.headers.origin !== undefined;
  return sent !== SCHEMA_FINGERPRINT;
}
