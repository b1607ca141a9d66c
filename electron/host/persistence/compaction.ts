// Pieces of compaction that need no writer state: building the new file beside the old one,
// and replaying rooms from the old file when the live docs do not cover them.
import type * as Y from 'yjs';
import type { FileLike, FsAdapter } from './fs-adapter';
import { tempPathFor } from './fs-adapter';
import { applyRecords, concatBytes, scanRecords } from './log-reader';

/** A record the writer has accepted; `seq` orders records across the old and the new file. */
export type Entry = { seq: number; bytes: Uint8Array };

/** The file being built: the snapshot, then the records appended since the snapshot began. */
export type NewFile = { file: FileLike; snapshotBytes: number; size: number; copied: number };

export async function startNewFile(fs: FsAdapter, path: string, snapshot: Uint8Array): Promise<NewFile> {
  const file = await fs.open(tempPathFor(path), 'w+');
  try {
    await file.writeAt(snapshot, 0);
  } catch (err) {
    await abandonNewFile(fs, path, file);
    throw err;
  }
  return { file, snapshotBytes: snapshot.length, size: snapshot.length, copied: 0 };
}

/**
 * Copies to the new file the tail records already written to the old one (seq ≤ durableSeq).
 * Records still pending are not copied: the writer sends them to whichever file is current.
 */
export async function copyDurableTail(target: NewFile, tail: Entry[], durableSeq: number): Promise<void> {
  let end = target.copied;
  while (end < tail.length && tail[end]!.seq <= durableSeq) end++;
  if (end === target.copied) return;
  const data = concatBytes(tail.slice(target.copied, end).map((e) => e.bytes));
  await target.file.writeAt(data, target.size);
  target.size += data.length;
  target.copied = end;
}

export async function abandonNewFile(fs: FsAdapter, path: string, file: FileLike): Promise<void> {
  await file.close().catch(() => undefined);
  await fs.unlink(tempPathFor(path)).catch(() => undefined);
}

/** Rebuilds `rooms` from the first `size` bytes of the file, which are known to be written. */
export async function replayRooms(fs: FsAdapter, path: string, size: number, rooms: Set<string>): Promise<Map<string, Y.Doc>> {
  const bytes = await fs.readFile(path);
  if (!bytes) throw new Error(`${path} disappeared`);
  const scan = scanRecords(bytes.subarray(0, size));
  // Compacting a file damaged while open would drop what cannot be read; keep the log instead.
  if (scan.damage !== 'none') throw new Error(`the file changed underneath: ${scan.problems.join('; ')}`);
  const problems: string[] = [];
  const docs = applyRecords(
    scan.records.filter((r) => rooms.has(r.room)),
    problems,
  );
  if (problems.length > 0) throw new Error(problems.join('; '));
  return docs;
}
