import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AppError } from '@shared/errors';
import { openEventFile, readEventFileDocs, writeEventFileSnapshot } from '../../../electron/host/persistence/event-file';
import { HEADER } from '../../../electron/host/persistence/record-codec';
import { SimHost, contentOf, makeTempDir, randomEdit, removeDir, seededRandom } from './helpers';

const ROOMS = ['plan', 'results', 'board/b1', 'board/b2', 'person/p1', '_host'];

let dir = '';
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => removeDir(dir));

async function fillRandomly(path: string, seed: number, edits: number): Promise<Map<string, Y.Doc>> {
  const { file } = await openEventFile(path, { flushMs: 5 });
  const host = new SimHost(file);
  const rnd = seededRandom(seed);
  for (let i = 0; i < edits; i++) randomEdit(host.doc(ROOMS[Math.floor(rnd() * ROOMS.length)]!), rnd);
  await file.close();
  return host.docs;
}

describe('event file round trip', () => {
  it('reopens with the same docs after random edits to several rooms', async () => {
    const path = nodePath.join(dir, 'e.veche');
    const written = await fillRandomly(path, 1, 400);
    const { docs, problems, file } = await openEventFile(path);
    expect(problems).toEqual([]);
    expect(contentOf(docs)).toEqual(contentOf(written));
    await file.close();
  });

  it('keeps appended updates that were never closed, only flushed', async () => {
    const path = nodePath.join(dir, 'e.veche');
    const { file } = await openEventFile(path);
    const host = new SimHost(file);
    host.doc('plan').getMap('m').set('title', 'Каргополь 2030');
    await file.flush();
    const reopened = await openEventFile(path);
    expect(reopened.docs.get('plan')?.getMap('m').get('title')).toBe('Каргополь 2030');
    await reopened.file.close();
    await file.close();
  });

  it('creates a missing file holding just the header', async () => {
    const path = nodePath.join(dir, 'new.veche');
    const { file, docs, problems } = await openEventFile(path);
    expect(docs.size).toBe(0);
    expect(problems).toEqual([]);
    expect(new Uint8Array(await fsp.readFile(path))).toEqual(HEADER);
    expect(file.status).toEqual({ ok: true, error: null, sizeBytes: HEADER.length });
    await file.close();
  });

  it('treats a file cut off inside its header as new, since it holds no data', async () => {
    const path = nodePath.join(dir, 'cut.veche');
    await fsp.writeFile(path, HEADER.subarray(0, 5));
    const { file, docs } = await openEventFile(path);
    expect(docs.size).toBe(0);
    await file.close();
  });

  it('rejects a file with a foreign header and leaves it untouched', async () => {
    const path = nodePath.join(dir, 'notes.veche');
    await fsp.writeFile(path, 'meeting notes, not an event\n');
    const error = await openEventFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('bad_request');
    expect(await fsp.readFile(path, 'utf8')).toBe('meeting notes, not an event\n');
  });

  it('rejects a file written by a newer format version', async () => {
    const bytes = Uint8Array.from(HEADER);
    bytes[bytes.length - 1] = 99;
    expect(() => readEventFileDocs(bytes)).toThrow(/newer version/);
  });

  it('keeps room keys relative, so a file opens under another name', async () => {
    const path = nodePath.join(dir, 'event-a.veche');
    const written = await fillRandomly(path, 2, 50);
    const moved = nodePath.join(dir, 'event-b.veche');
    await fsp.rename(path, moved);
    const { docs, file } = await openEventFile(moved);
    expect([...docs.keys()].sort()).toEqual([...written.keys()].sort());
    expect(contentOf(docs)).toEqual(contentOf(written));
    await file.close();
  });

  it('writes a snapshot file that readEventFileDocs and openEventFile both read back', async () => {
    const docs = new Map<string, Y.Doc>();
    const rnd = seededRandom(3);
    for (const room of ROOMS) {
      const doc = new Y.Doc();
      for (let i = 0; i < 30; i++) randomEdit(doc, rnd);
      docs.set(room, doc);
    }
    const path = nodePath.join(dir, 'export.veche');
    await writeEventFileSnapshot(path, docs);
    const parsed = readEventFileDocs(new Uint8Array(await fsp.readFile(path)));
    expect(parsed.problems).toEqual([]);
    expect(contentOf(parsed.docs)).toEqual(contentOf(docs));
    const opened = await openEventFile(path);
    expect(contentOf(opened.docs)).toEqual(contentOf(docs));
    await opened.file.close();
  });

  it('close is idempotent and append after close is refused', async () => {
    const { file } = await openEventFile(nodePath.join(dir, 'e.veche'));
    await Promise.all([file.close(), file.close()]);
    await file.close();
    expect(() => file.append('plan', Y.encodeStateAsUpdate(new Y.Doc()))).toThrow(AppError);
  });
});
