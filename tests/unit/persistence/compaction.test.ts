import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { openEventFile, readEventFileDocs } from '../../../electron/host/persistence/event-file';
import { scanRecords } from '../../../electron/host/persistence/log-reader';
import { RECORD_TYPE } from '../../../electron/host/persistence/record-codec';
import { SimHost, contentOf, faultyFs, makeTempDir, randomEdit, removeDir, seededRandom } from './helpers';

let dir = '';
let path = '';
beforeEach(async () => {
  dir = await makeTempDir();
  path = nodePath.join(dir, 'e.veche');
});
afterEach(() => removeDir(dir));

const recordTypes = async () => scanRecords(new Uint8Array(await fsp.readFile(path))).records.map((r) => r.type);

describe('compaction', () => {
  it('makes the file smaller and keeps the contents', async () => {
    const { file } = await openEventFile(path, { flushMs: 1 });
    const host = new SimHost(file);
    const rnd = seededRandom(7);
    for (let i = 0; i < 300; i++) randomEdit(host.doc(i % 2 ? 'plan' : 'board/x'), rnd);
    await file.flush();
    const before = (await fsp.stat(path)).size;
    await file.compact();
    expect(file.status.sizeBytes).toBeLessThan(before);
    expect((await fsp.stat(path)).size).toBe(file.status.sizeBytes);
    expect(await recordTypes()).toEqual([RECORD_TYPE.snapshot, RECORD_TYPE.snapshot]);
    const reopened = await openEventFile(path);
    expect(contentOf(reopened.docs)).toEqual(contentOf(host.docs));
    await reopened.file.close();
    await file.close();
  });

  it('keeps updates that arrive while the compaction is writing the new file', async () => {
    const { fs, hooks } = faultyFs();
    const { file } = await openEventFile(path, { flushMs: 1, fs });
    const host = new SimHost(file);
    host.doc('plan').getMap('m').set('before', 1);
    await file.flush();
    // The late updates come from a doc compaction does not see, so only the log can save them.
    const outsider = new Y.Doc();
    outsider.on('update', (u: Uint8Array) => file.append('plan', u));
    let released = false;
    hooks.beforeRename = async () => {
      if (released) return;
      released = true;
      for (let i = 0; i < 20; i++) outsider.getMap('m').set(`during${i}`, i);
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await file.compact();
    await file.flush();
    const reopened = await openEventFile(path);
    const plan = reopened.docs.get('plan')!.getMap('m');
    expect(plan.get('before')).toBe(1);
    for (let i = 0; i < 20; i++) expect(plan.get(`during${i}`)).toBe(i);
    await reopened.file.close();
    await file.close();
  });

  it('keeps writing the log while the new file is being synced', async () => {
    const { fs, hooks } = faultyFs();
    const { file } = await openEventFile(path, { flushMs: 1, fs });
    const host = new SimHost(file);
    host.doc('plan').getMap('m').set('before', 1);
    await file.flush();
    let release = () => undefined as void;
    const blocked = new Promise<void>((resolve) => {
      hooks.beforeSync = async (p) => {
        if (!p.endsWith('.tmp')) return;
        hooks.beforeSync = undefined;
        resolve();
        await new Promise<void>((r) => (release = r));
      };
    });
    const compaction = file.compact();
    await blocked;
    host.doc('plan').getMap('m').set('while', 2);
    await file.flush(); // resolves while the compaction is still held up
    const onDisk = readEventFileDocs(new Uint8Array(await fsp.readFile(path)));
    expect(onDisk.docs.get('plan')?.getMap('m').get('while')).toBe(2);
    release();
    await compaction;
    await file.close();
    const reopened = await openEventFile(path);
    expect(reopened.docs.get('plan')?.getMap('m').toJSON()).toEqual({ before: 1, while: 2 });
    await reopened.file.close();
  });

  it('replays rooms that the live docs do not include, instead of dropping them', async () => {
    const { file } = await openEventFile(path, { flushMs: 1 });
    const host = new SimHost(file);
    host.doc('plan').getMap('m').set('a', 1);
    host.doc('person/p1').getMap('m').set('vote', 'card-3');
    file.setDocs(() => new Map([['plan', host.doc('plan')]]));
    await file.compact();
    await file.close();
    const reopened = await openEventFile(path);
    expect(reopened.docs.get('person/p1')?.getMap('m').get('vote')).toBe('card-3');
    await reopened.file.close();
  });

  it('runs by itself once the log outgrows the snapshot', async () => {
    const { file } = await openEventFile(path, { flushMs: 1, compactMinBytes: 2000 });
    const host = new SimHost(file);
    for (let i = 0; i < 400; i++)
      host
        .doc('board/x')
        .getMap('m')
        .set(`k${i % 10}`, i);
    await file.flush();
    await vi.waitFor(async () => expect((await recordTypes())[0]).toBe(RECORD_TYPE.snapshot), { timeout: 5000 });
    await file.close();
    const reopened = await openEventFile(path);
    expect(reopened.docs.get('board/x')?.getMap('m').get('k9')).toBe(399);
    await reopened.file.close();
  });

  it('leaves the old file in place when the rename fails, and reports it', async () => {
    const { fs, faults } = faultyFs();
    const errors: Error[] = [];
    const { file } = await openEventFile(path, { flushMs: 1, fs, onError: (e) => errors.push(e) });
    const host = new SimHost(file);
    host.doc('plan').getMap('m').set('a', 1);
    await file.flush();
    faults.rename = true;
    await expect(file.compact()).rejects.toThrow(/could not compact/);
    expect(errors).toHaveLength(1);
    expect(file.status.ok).toBe(false);
    host.doc('plan').getMap('m').set('b', 2);
    await file.flush();
    expect(file.status.ok).toBe(true);
    faults.rename = false;
    await file.close();
    const reopened = await openEventFile(path);
    expect(reopened.docs.get('plan')?.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
    await reopened.file.close();
  });
});
