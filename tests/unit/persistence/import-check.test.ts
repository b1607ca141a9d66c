import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkEventFileBytes } from '../../../electron/host/persistence/import-check';
import { encodeSnapshotFile } from '../../../electron/host/persistence/log-reader';
import { eventFileOf, inflatedUpdateV2 } from '../../attack/support/crafted-file';

describe('checking an event file from elsewhere before decoding it', () => {
  it('lets an ordinary file through, even one Yjs packs tightly', () => {
    const doc = new Y.Doc();
    for (let i = 0; i < 20_000; i++) doc.getArray('a').insert(0, [i]);
    doc.getArray('a').delete(0, 20_000); // 20,000 changes in ~50 bytes
    const plan = new Y.Doc();
    plan.getMap('meta').set('title', 'x');
    expect(
      checkEventFileBytes(
        encodeSnapshotFile(
          new Map([
            ['plan', plan],
            ['board/a', doc],
          ]),
        ),
      ),
    ).toHaveLength(2);
  });

  it('refuses a snapshot declaring 120 million changes in a few bytes, naming the record', () => {
    const bytes = eventFileOf([{ type: 'snapshot', room: 'plan', data: inflatedUpdateV2([120_000_000]) }]);
    expect(() => checkEventFileBytes(bytes)).toThrow(/room plan, byte 13: declares 120,000,000 changes in 25 bytes/);
  });

  it('refuses a V1 update declaring more changes or writers than it has bytes', () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1); // one writer
    encoding.writeVarUint(e, 1_000_000); // a million structs
    encoding.writeVarUint(e, 5); // client
    encoding.writeVarUint(e, 0); // clock
    const structs = eventFileOf([{ type: 'update', room: 'plan', data: encoding.toUint8Array(e) }]);
    expect(() => checkEventFileBytes(structs)).toThrow(/declares 1,000,000 changes/);
    const w = encoding.createEncoder();
    encoding.writeVarUint(w, 50_000_000);
    encoding.writeVarUint(w, 0);
    const writers = eventFileOf([{ type: 'update', room: 'plan', data: encoding.toUint8Array(w) }]);
    expect(() => checkEventFileBytes(writers)).toThrow(/declares 50000000 writers/);
  });

  it('refuses a file that is not an event file with the usual reason', () => {
    expect(() => checkEventFileBytes(new TextEncoder().encode('<xml/>'))).toThrow(/not a readable Veche event file/);
  });
});
