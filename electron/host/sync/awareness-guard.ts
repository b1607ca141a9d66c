import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Identity } from '@shared/access';

/** A presence state larger than this is dropped: presence is for cursors and names, not data. */
export const MAX_AWARENESS_STATE = 16 * 1024;

export type AwarenessEntry = { clientId: number; clock: number; state: string };

export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const d = decoding.createDecoder(update);
  const n = decoding.readVarUint(d);
  if (n > 1000) throw new Error('too many awareness entries');
  const out: AwarenessEntry[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ clientId: decoding.readVarUint(d), clock: decoding.readVarUint(d), state: decoding.readVarString(d) });
  }
  return out;
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const x of entries) {
    encoding.writeVarUint(e, x.clientId);
    encoding.writeVarUint(e, x.clock);
    encoding.writeVarString(e, x.state);
  }
  return encoding.toUint8Array(e);
}

/**
 * Binds presence to a connection: it may speak for one client id only (the first it claims that no
 * other live connection owns), and the `user` field is replaced with the name and role from its token.
 * Returns the entries to apply, or an empty list.
 */
export function guardAwareness(
  entries: AwarenessEntry[],
  owned: { clientId: number | null },
  takenByOthers: (clientId: number) => boolean,
  who: Identity,
): AwarenessEntry[] {
  const out: AwarenessEntry[] = [];
  for (const entry of entries) {
    if (owned.clientId === null && !takenByOthers(entry.clientId)) owned.clientId = entry.clientId;
    if (entry.clientId !== owned.clientId) continue;
    const state = rewriteState(entry.state, who);
    if (state !== undefined) out.push({ ...entry, state });
  }
  return out;
}

function rewriteState(json: string, who: Identity): string | undefined {
  if (json.length > MAX_AWARENESS_STATE) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (parsed === null) return 'null';
  if (typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const user = { name: who.name, role: who.role, personId: who.personId };
  return JSON.stringify({ ...(parsed as Record<string, unknown>), user });
}
