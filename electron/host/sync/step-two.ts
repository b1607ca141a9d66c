import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_SYNC } from './room';

/** Distinct answers kept per room and doc version; the empty-state one (every fresh join) is the usual. */
const MAX_ENTRIES = 4;

/**
 * Answers to sync step 1, encoded once per version of the doc and shared by every connection that
 * asks the same thing. A state vector is first reduced to what changes the answer: clients the doc
 * does not know are dropped and clocks past the doc's are cut to it. So a 6-byte step 1 naming an
 * unknown client costs the same shared full-state buffer as a fresh join instead of a new encode of
 * the whole doc per request (1,900 of them grew the host to 8.8 GiB). Cleared on every doc update.
 */
export class StepTwoCache {
  private readonly entries = new Map<string, Uint8Array>();

  constructor(private readonly doc: Y.Doc) {}

  clear(): void {
    this.entries.clear();
  }

  answer(stateVector: Map<number, number>): Uint8Array {
    const wanted = new Map<number, number>();
    for (const [client, clock] of stateVector) {
      const have = Y.getState(this.doc.store, client);
      if (have > 0 && clock > 0) wanted.set(client, Math.min(clock, have));
    }
    const key = [...wanted].sort((a, b) => a[0] - b[0]).join(';');
    let msg = this.entries.get(key);
    if (msg) {
      this.entries.delete(key);
    } else {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, MESSAGE_SYNC);
      syncProtocol.writeSyncStep2(e, this.doc, Y.encodeStateVector(wanted));
      msg = encoding.toUint8Array(e);
    }
    this.entries.set(key, msg);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return msg;
  }
}
