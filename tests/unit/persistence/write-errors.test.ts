import * as nodePath from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors';
import { openEventFile } from '../../../electron/host/persistence/event-file';
import { SimHost, faultyFs, makeTempDir, removeDir } from './helpers';

let dir = '';
let path = '';
beforeEach(async () => {
  dir = await makeTempDir();
  path = nodePath.join(dir, 'e.veche');
});
afterEach(() => removeDir(dir));

describe('write errors', () => {
  for (const kind of ['disk full', 'disk full after half a group', 'fsync EIO'] as const) {
    it(`are reported, retried, and recover without losing data (${kind})`, async () => {
      const { fs, faults } = faultyFs();
      const errors: Error[] = [];
      const { file } = await openEventFile(path, { flushMs: 1, fs, onError: (e) => errors.push(e) });
      const host = new SimHost(file);
      host.doc('plan').getMap('m').set('ok', 0);
      await file.flush();
      if (kind === 'fsync EIO') faults.sync = true;
      else faults.write = true;
      faults.partialWrite = kind === 'disk full after half a group';
      for (let i = 0; i < 50; i++)
        host
          .doc(`board/b${i % 3}`)
          .getMap('m')
          .set(`k${i}`, i);
      const flushError = await file.flush().catch((e: unknown) => e);
      expect(flushError).toBeInstanceOf(AppError);
      expect((flushError as AppError).code).toBe('storage_failed');
      expect(errors.length).toBeGreaterThan(0);
      expect(file.status.ok).toBe(false);
      expect(file.status.error).toMatch(kind === 'fsync EIO' ? /EIO/ : /ENOSPC/);
      // Retries continue by themselves with backoff.
      const attempts = faults.calls;
      await vi.waitFor(() => expect(faults.calls).toBeGreaterThan(attempts + 1), { timeout: 5000 });
      for (let i = 50; i < 60; i++) host.doc('board/b0').getMap('m').set(`k${i}`, i);
      faults.write = false;
      faults.sync = false;
      await vi.waitFor(() => expect(file.status.ok).toBe(true), { timeout: 5000 });
      await file.close();
      const reopened = await openEventFile(path);
      expect(reopened.problems).toEqual([]);
      for (let i = 0; i < 60; i++)
        expect(
          reopened.docs
            .get(`board/b${i < 50 ? i % 3 : 0}`)
            ?.getMap('m')
            .get(`k${i}`),
        ).toBe(i);
      await reopened.file.close();
    });
  }

  it('close rejects while the disk refuses, keeps the data, and succeeds when retried', async () => {
    const { fs, faults } = faultyFs();
    const { file } = await openEventFile(path, { flushMs: 1, fs, onError: () => undefined });
    const host = new SimHost(file);
    faults.write = true;
    host.doc('plan').getMap('m').set('title', 'Ньяндома');
    await expect(file.close()).rejects.toThrow(AppError);
    faults.write = false;
    await file.close();
    const reopened = await openEventFile(path);
    expect(reopened.docs.get('plan')?.getMap('m').get('title')).toBe('Ньяндома');
    await reopened.file.close();
  });

  it('a throwing onError listener does not stop the writer', async () => {
    const { fs, faults } = faultyFs();
    const { file } = await openEventFile(path, {
      flushMs: 1,
      fs,
      onError: () => {
        throw new Error('listener bug');
      },
    });
    const host = new SimHost(file);
    faults.sync = true;
    host.doc('plan').getMap('m').set('a', 1);
    await expect(file.flush()).rejects.toThrow(AppError);
    faults.sync = false;
    await file.flush();
    expect(file.status.ok).toBe(true);
    await file.close();
  });
});
