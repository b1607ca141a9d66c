import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { openEventFile, readEventFileDocs } from '../../../electron/host/persistence/event-file';
import { scanRecords } from '../../../electron/host/persistence/log-reader';
import { HEADER } from '../../../electron/host/persistence/record-codec';
import { SimHost, makeTempDir, removeDir } from './helpers';

let dir = '';
let path = '';
beforeEach(async () => {
  dir = await makeTempDir();
  path = nodePath.join(dir, 'e.veche');
});
afterEach(() => removeDir(dir));

const UPDATES = 12;

/** A file with one record per update: record i sets key `k<i>` in room "board/b1". */
async function writeNumberedLog(): Promise<{ bytes: Uint8Array; ends: number[] }> {
  const { file } = await openEventFile(path, { flushMs: 1 });
  const host = new SimHost(file);
  for (let i = 0; i < UPDATES; i++) host.doc('board/b1').getMap('m').set(`k${i}`, `значение ${i}`);
  await file.flush(); // not close(): closing would compact the log into one snapshot
  const bytes = new Uint8Array(await fsp.readFile(path));
  await file.close();
  await fsp.writeFile(path, bytes);
  return { bytes, ends: scanRecords(bytes).records.map((r) => r.offset + r.size) };
}

const keysOf = (docs: Map<string, Y.Doc>) => [...(docs.get('board/b1')?.getMap('m').keys() ?? [])].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
const firstKeys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);

describe('a torn tail', () => {
  it('is cut off at every byte offset inside the last records, and the file is writable again', async () => {
    const { bytes, ends } = await writeNumberedLog();
    expect(ends).toHaveLength(UPDATES);
    for (let cut = ends[UPDATES - 4]!; cut < bytes.length; cut++) {
      await fsp.writeFile(path, bytes.subarray(0, cut));
      const { file, docs, problems } = await openEventFile(path);
      const whole = ends.filter((end) => end <= cut).length;
      expect(keysOf(docs)).toEqual(firstKeys(whole));
      expect(problems.length > 0).toBe(!ends.includes(cut));
      if (problems.length > 0) expect(problems[0]).toMatch(/torn tail/);
      expect((await fsp.stat(path)).size).toBe(ends[whole - 1]);
      const host = new SimHost(file, docs);
      host.doc('board/b1').getMap('m').set('after', 'repair');
      await file.close();
      const again = await openEventFile(path);
      expect(again.problems).toEqual([]);
      expect(again.docs.get('board/b1')?.getMap('m').get('after')).toBe('repair');
      expect(keysOf(again.docs)).toContain(`k${whole - 1}`);
      await again.file.close();
    }
  });
});

describe('corruption in the middle', () => {
  it('loads the valid prefix, reports, keeps the original and never truncates readable records', async () => {
    const { bytes, ends } = await writeNumberedLog();
    const from = ends[4]!;
    for (let at = from; at < ends[5]!; at++) {
      const damaged = Uint8Array.from(bytes);
      damaged[at] = damaged[at]! ^ 0xff;
      await fsp.writeFile(path, damaged);
      const { file, docs, problems } = await openEventFile(path);
      expect(keysOf(docs).slice(0, 5)).toEqual(firstKeys(5));
      expect(keysOf(docs)).not.toContain('k5');
      expect(problems.join('\n')).toMatch(/unreadable bytes/);
      expect(problems.join('\n')).toMatch(/kept as/);
      await file.close();
      const kept = (await fsp.readdir(dir)).filter((name) => name.includes('.damaged-'));
      expect(kept.length).toBeGreaterThan(0);
      expect(new Uint8Array(await fsp.readFile(nodePath.join(dir, kept[0]!)))).toEqual(damaged);
      for (const name of kept) await fsp.rm(nodePath.join(dir, name));
    }
  });

  it('does not allocate or scan without bound for a garbage length', async () => {
    const { bytes, ends } = await writeNumberedLog();
    const damaged = Uint8Array.from(bytes);
    new DataView(damaged.buffer).setUint32(ends[2]!, 0xfffffff0, true);
    const { docs, problems } = readEventFileDocs(damaged);
    expect(keysOf(docs).slice(0, 3)).toEqual(firstKeys(3));
    expect(problems.join('\n')).toMatch(/bad record length/);
  });

  it('never throws on arbitrary bytes after a valid header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (tail) => {
        const bytes = new Uint8Array(HEADER.length + tail.length);
        bytes.set(HEADER);
        bytes.set(tail, HEADER.length);
        const { problems } = readEventFileDocs(bytes);
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random byte flips anywhere after the header', async () => {
    const { bytes } = await writeNumberedLog();
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat({ max: bytes.length - HEADER.length - 1 }), value: fc.nat({ max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        (flips) => {
          const damaged = Uint8Array.from(bytes);
          for (const f of flips) damaged[HEADER.length + f.at] = f.value;
          readEventFileDocs(damaged);
        },
      ),
      { numRuns: 300 },
    );
  });
});
