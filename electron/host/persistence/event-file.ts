// Entry point of the event-file persistence: open (with repair), snapshot, parse. Format: docs/event-file.md.
import type * as Y from 'yjs';
import { AppError } from '@shared/errors';
import type { FileLike, FsAdapter } from './fs-adapter';
import { nodeFs, replaceFileAtomically, tempPathFor } from './fs-adapter';
import type { ScanResult } from './log-reader';
import { applyRecords, encodeSnapshotFile, reportWaitingUpdates, scanRecords } from './log-reader';
import type { EventFileOptions, WriterStart } from './event-file-writer';
import { EventFile } from './event-file-writer';
import { HEADER, RECORD_TYPE, checkHeader, headerError } from './record-codec';

export { EventFile } from './event-file-writer';
export type { EventFileOptions, EventFileStatus } from './event-file-writer';
export type { FsAdapter, FileLike } from './fs-adapter';
export { readEventFileDocs } from './log-reader';

export type OpenedEventFile = { file: EventFile; docs: Map<string, Y.Doc>; problems: string[] };

/**
 * Opens (or creates) an event file and loads its rooms. Damage never throws: the readable records
 * load and `problems` says what was cut or skipped. A foreign header throws AppError('bad_request').
 */
export async function openEventFile(path: string, opts: EventFileOptions = {}): Promise<OpenedEventFile> {
  const fs = opts.fs ?? nodeFs;
  try {
    // Left by a compaction interrupted before its rename; the real file is still whole.
    await fs.unlink(tempPathFor(path)).catch(() => undefined);
    const bytes = await fs.readFile(path);
    const header = bytes === null ? 'absent' : checkHeader(bytes);
    // 'absent' is a missing file or a header cut off while the file was created: no data to lose.
    if (bytes === null || header === 'absent') return await createEmpty(fs, path, opts);
    if (header !== 'ok') throw headerError(header, path);
    const scan = scanRecords(bytes);
    const problems = [...scan.problems];
    const docs = applyRecords(scan.records, problems);
    reportWaitingUpdates(docs, problems);
    const start = await repair(fs, path, bytes, scan, docs, problems);
    return { file: new EventFile(path, start, opts, fs), docs, problems };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('storage_failed', `could not open ${path}: ${String(err)}`, { cause: err });
  }
}

async function createEmpty(fs: FsAdapter, path: string, opts: EventFileOptions): Promise<OpenedEventFile> {
  const { file, dirSyncError } = await replaceFileAtomically(fs, path, HEADER);
  if (dirSyncError) await closeAndThrow(file, dirSyncError);
  const start: WriterStart = { file, size: HEADER.length, snapshotBytes: HEADER.length, logBytes: 0, rooms: new Set() };
  return { file: new EventFile(path, start, opts, fs), docs: new Map(), problems: [] };
}

/** Brings the file back to a state the writer can append to, without destroying anything readable. */
async function repair(fs: FsAdapter, path: string, bytes: Uint8Array, scan: ScanResult, docs: Map<string, Y.Doc>, problems: string[]): Promise<WriterStart> {
  const rooms = new Set(docs.keys());
  if (scan.damage === 'corrupt') {
    const kept = `${path}.damaged-${Date.now()}`;
    await fs.copyFile(path, kept);
    const fresh = encodeSnapshotFile(docs);
    const { file, dirSyncError } = await replaceFileAtomically(fs, path, fresh);
    if (dirSyncError) await closeAndThrow(file, dirSyncError);
    problems.push(`the damaged original was kept as ${kept}; the event file was rewritten from what could be read`);
    return { file, size: fresh.length, snapshotBytes: fresh.length, logBytes: 0, rooms };
  }
  let snapshotBytes = HEADER.length;
  let logBytes = 0;
  for (const r of scan.records) {
    if (r.type === RECORD_TYPE.snapshot) snapshotBytes += r.size;
    else logBytes += r.size;
  }
  const file = await fs.open(path, 'r+');
  const size = scan.damage === 'torn-tail' ? scan.cleanEnd : bytes.length;
  if (scan.damage === 'torn-tail') {
    try {
      await file.truncate(size);
      await file.sync();
    } catch (err) {
      await closeAndThrow(file, err);
    }
  }
  return { file, size, snapshotBytes, logBytes, rooms };
}

async function closeAndThrow(file: FileLike, err: unknown): Promise<never> {
  await file.close().catch(() => undefined);
  throw err;
}

/** Writes a new event file holding `docs` as snapshots (export, "Save as"); atomic. */
export async function writeEventFileSnapshot(path: string, docs: Map<string, Y.Doc>, fs: FsAdapter = nodeFs): Promise<void> {
  try {
    const { file, dirSyncError } = await replaceFileAtomically(fs, path, encodeSnapshotFile(docs));
    await file.close();
    if (dirSyncError) throw dirSyncError;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('storage_failed', `could not write ${path}: ${String(err)}`, { cause: err });
  }
}
