import * as nodePath from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openEventFile } from '../../../electron/host/persistence/event-file';
import { SimHost, contentOf, makeTempDir, randomEdit, removeDir, seededRandom } from './helpers';

const ROOMS = ['plan', 'results', 'board/a', 'person/p'] as const;

type Op = { kind: 'edit'; room: number; seed: number } | { kind: 'flush' } | { kind: 'compact'; await: boolean } | { kind: 'reopen' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('edit' as const), room: fc.nat({ max: ROOMS.length - 1 }), seed: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'flush' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('compact' as const), await: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reopen' as const }) },
);

let dir = '';
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => removeDir(dir));

/** The model: every update also applied to an in-memory doc per room, never persisted. */
function applyToModel(model: Map<string, Y.Doc>, room: string, update: Uint8Array): void {
  let doc = model.get(room);
  if (!doc) model.set(room, (doc = new Y.Doc()));
  Y.applyUpdate(doc, update);
}

async function runOps(path: string, ops: Op[]): Promise<void> {
  const model = new Map<string, Y.Doc>();
  let opened = await openEventFile(path, { flushMs: 2, compactMinBytes: 512 });
  let host = new SimHost(opened.file, opened.docs);
  const compactions: Promise<void>[] = [];
  for (const op of ops) {
    if (op.kind === 'edit') {
      const room = ROOMS[op.room]!;
      const doc = host.doc(room);
      const capture = (u: Uint8Array) => applyToModel(model, room, u);
      doc.on('update', capture);
      randomEdit(doc, seededRandom(op.seed));
      doc.off('update', capture);
    } else if (op.kind === 'flush') await host.file.flush();
    else if (op.kind === 'compact') {
      const running = host.file.compact();
      if (op.await) await running;
      else compactions.push(running);
    } else {
      await host.file.close();
      opened = await openEventFile(path, { flushMs: 2, compactMinBytes: 512 });
      expect(opened.problems).toEqual([]);
      host = new SimHost(opened.file, opened.docs);
    }
  }
  await Promise.all(compactions);
  await host.file.close();
  const final = await openEventFile(path);
  expect(final.problems).toEqual([]);
  expect(contentOf(final.docs)).toEqual(contentOf(model));
  await final.file.close();
}

describe('event file against an in-memory model', () => {
  it('any sequence of appends, flushes, compactions and reopens yields the docs the updates make in memory', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 60 }), async (ops) => {
        await runOps(nodePath.join(dir, `run-${run++}.veche`), ops);
      }),
      { numRuns: 100 },
    );
  });
});
