import { SCHEMA_FINGERPRINT } from '@shared/doc/schema';

export { CLOSE_RELOAD } from '@shared/protocol/close-codes';
/** A page older (or newer) than the host could write records the host refuses, or misread them. */
export const RELOAD_REASON = 'schema mismatch: reload the page';

/**
 * The `schema` query parameter of a sync URL against this build's fingerprint. A client that sends
 * none is a raw protocol client (y-websocket, scripts, tests): it is let in, and the update guard
 * checks every write it makes. Returns true when the client must be told to reload.
 */
export function mustReload(url: URL): boolean {
  const sent = url.searchParams.get('schema');
  return sent !== null && sent !== SCHEMA_FINGERPRINT;
}
