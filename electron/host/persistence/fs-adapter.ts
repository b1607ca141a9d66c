// The few file operations the event file needs, behind an interface so tests can inject
// failures (disk full, EIO) that cannot be provoked for real on a test machine running as root.
import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';

export interface FileLike {
  /** Writes all of `data` at `position` (positional, so a failed group can be rewritten in place). */
  writeAt(data: Uint8Array, position: number): Promise<void>;
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

export interface FsAdapter {
  /** 'r+' read/write an existing file; 'w+' create or empty. */
  open(path: string, flags: 'r+' | 'w+'): Promise<FileLike>;
  /** Null when the file does not exist. */
  readFile(path: string): Promise<Uint8Array | null>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  /** Ignores a missing file. */
  unlink(path: string): Promise<void>;
  /** Makes a rename in `dir` durable. */
  syncDir(dir: string): Promise<void>;
}

export const nodeFs: FsAdapter = {
  async open(path, flags) {
    return wrapHandle(await fsp.open(path, flags));
  },
  async readFile(path) {
    try {
      return new Uint8Array(await fsp.readFile(path));
    } catch (err) {
      if (isCode(err, 'ENOENT')) return null;
      throw err;
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  copyFile: (from, to) => fsp.copyFile(from, to),
  async unlink(path) {
    try {
      await fsp.unlink(path);
    } catch (err) {
      if (!isCode(err, 'ENOENT')) throw err;
    }
  },
  async syncDir(dir) {
    const handle = await fsp.open(dir, 'r');
    try {
      await handle.sync();
    } catch (err) {
      // Some filesystems (and Windows) refuse fsync on a directory; the rename is still atomic there.
      if (!isCode(err, 'EINVAL') && !isCode(err, 'EISDIR') && !isCode(err, 'EPERM')) throw err;
    } finally {
      await handle.close();
    }
  },
};

function wrapHandle(handle: fsp.FileHandle): FileLike {
  return {
    async writeAt(data, position) {
      let done = 0;
      while (done < data.length) {
        const { bytesWritten } = await handle.write(data, done, data.length - done, position + done);
        done += bytesWritten;
      }
    },
    sync: () => handle.sync(),
    truncate: (length) => handle.truncate(length),
    close: () => handle.close(),
  };
}

export function isCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}

/**
 * Writes `bytes` to a temporary file, fsyncs it, renames it over `path` and fsyncs the directory,
 * so a crash leaves either the old file or the new one. Returns the new file, still open, so the
 * caller keeps writing to the inode that now sits at `path`. Once the rename has happened the old
 * file is gone, so a failed directory fsync is returned as `dirSyncError`, not thrown.
 */
export async function replaceFileAtomically(fs: FsAdapter, path: string, bytes: Uint8Array): Promise<{ file: FileLike; dirSyncError: Error | null }> {
  const tmp = tempPathFor(path);
  const file = await fs.open(tmp, 'w+');
  try {
    await file.writeAt(bytes, 0);
    await file.sync();
    await fs.rename(tmp, path);
  } catch (err) {
    await file.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    throw err;
  }
  try {
    await fs.syncDir(nodePath.dirname(path));
    return { file, dirSyncError: null };
  } catch (err) {
    return { file, dirSyncError: err instanceof Error ? err : new Error(String(err)) };
  }
}

export const tempPathFor = (path: string) => `${path}.tmp`;
