import * as encoding from 'lib0/encoding';
import { HEADER, RECORD_TYPE, encodeRecord } from '../../../electron/host/persistence/record-codec';

/**
 * A Yjs V2 update that declares `structs[i]` one-long GC structs for writer i+1 in a few dozen bytes:
 * V2 reads struct kinds and lengths from run-length columns, and a run costs one varuint however long
 * it is. Yjs believes the count and allocates for it (120 million made it take 4.4 GiB).
 */
export function inflatedUpdateV2(structs: number[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // feature flag
  encoding.writeVarUint8Array(e, new Uint8Array()); // key clocks
  const clients = new encoding.UintOptRleEncoder();
  structs.forEach((_, i) => clients.write(i + 1));
  encoding.writeVarUint8Array(e, clients.toUint8Array());
  encoding.writeVarUint8Array(e, new Uint8Array()); // left clocks
  encoding.writeVarUint8Array(e, new Uint8Array()); // right clocks
  encoding.writeVarUint8Array(e, Uint8Array.of(0)); // info: kind 0 (GC), an endless run
  encoding.writeVarUint8Array(e, new encoding.StringEncoder().toUint8Array());
  encoding.writeVarUint8Array(e, new Uint8Array()); // parent info
  encoding.writeVarUint8Array(e, new Uint8Array()); // type refs
  const total = structs.reduce((a, b) => a + b, 0);
  const len = encoding.createEncoder();
  encoding.writeVarInt(len, -1); // a run of 1s…
  encoding.writeVarUint(len, total - 2); // …this long
  encoding.writeVarUint8Array(e, encoding.toUint8Array(len));
  encoding.writeVarUint(e, structs.length);
  for (const n of structs) {
    encoding.writeVarUint(e, n);
    encoding.writeVarUint(e, 0); // first clock
  }
  encoding.writeVarUint(e, 0); // empty delete set
  return encoding.toUint8Array(e);
}

export type CraftedRecord = { type: 'update' | 'snapshot'; room: string; data: Uint8Array };

/** A `.veche` file (docs/event-file.md) holding exactly these records. */
export function eventFileOf(records: CraftedRecord[]): Uint8Array {
  const parts = [HEADER, ...records.map((r) => encodeRecord(RECORD_TYPE[r.type], r.room, r.data))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
