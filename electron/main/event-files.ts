import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import type { Result } from '@shared/errors';
import { AppError } from '@shared/errors';
import type { OpenedEvent } from '@shared/ipc';
import type { RunningHost } from '../host/types';
import { MAX_IPC_BYTES } from './ipc-args';
import { attempt } from './results';

/**
 * A `.veche` file from disk becomes a new event in the host's library. Used by the Open dialog,
 * the file manager (open-file / second launch) and the command line alike.
 */
export function openEventFile(host: Pick<RunningHost, 'importEventFile'>, path: string): Promise<Result<OpenedEvent>> {
  return attempt(async () => {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('bad_request', `${path} is not a file`);
    if (info.size > MAX_IPC_BYTES) throw new AppError('payload_too_large', `${path} is larger than an event can be`);
    const created = await host.importEventFile(await readFile(path));
    return { id: created.id, joinCode: created.joinCode };
  });
}

/**
 * Written beside the target and renamed over it, so a failed save (disk full, unplugged USB
 * stick) leaves the previous file whole instead of half-overwritten.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, path);
}
