// The open event file: buffered appends, group fsync, retry with backoff, compaction.
import type * as Y from 'yjs';
import { AppError } from '../../../shared/errors';
import type { FileLike, FsAdapter } from './fs-adapter';
import { replaceFileAtomically } from './fs-adapter';
import { applyRecords, concatBytes, encodeSnapshotFile, scanRecords } from './log-reader';
import { RECORD_TYPE, encodeRecord } from './record-codec';

export type EventFileOptions = {
  /** Group-commit interval in ms; at most 50 so a crash loses at most the last ~100 ms. */
  flushMs?: number;
  onError?: (err: Error) => void;
  /** The log is compacted once it outgrows max(this, 2 × the snapshot). Default 1 MiB. */
  compactMinBytes?: number;
  /** Tests inject failing file systems here. */
  fs?: FsAdapter;
};

export type EventFileStatus = { ok: boolean; error: string | null; sizeBytes: number };

/** What the file held when it was opened (or last compacted). */
export type WriterStart = { file: FileLike; size: number; snapshotBytes: number; logBytes: number; rooms: Set<string> };

const DEFAULT_FLUSH_MS = 20;
const MAX_FLUSH_MS = 50;
const FIRST_RETRY_MS = 50;
const MAX_RETRY_MS = 2000;

export class EventFile {
  readonly path: string;
  readonly #fs: FsAdapter;
  readonly #flushMs: number;
  readonly #compactMinBytes: number;
  readonly #onError: (err: Error) => void;
  #file: FileLike;
  /** Bytes known to be written and fsynced; the next group is written at this offset. */
  #size: number;
  #snapshotBytes: number;
  #logBytes: number;
  /** Every room the file holds or has been appended to: compaction must cover all of them. */
  readonly #rooms: Set<string>;
  #pending: Uint8Array[] = [];
  #appendedSeq = 0;
  #durableSeq = 0;
  /** File operations run one at a time, in order, through this chain. */
  #queue: Promise<unknown> = Promise.resolve();
  #queuedWrite: Promise<void> | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #retryAt = 0;
  #backoffMs = 0;
  #error: Error | null = null;
  #compaction: Promise<void> | null = null;
  #closing: Promise<void> | null = null;
  #accepting = true;
  #getDocs: (() => Map<string, Y.Doc>) | null = null;

  constructor(path: string, start: WriterStart, opts: EventFileOptions, fs: FsAdapter) {
    this.path = path;
    this.#fs = fs;
    this.#flushMs = Math.min(Math.max(opts.flushMs ?? DEFAULT_FLUSH_MS, 0), MAX_FLUSH_MS);
    this.#compactMinBytes = opts.compactMinBytes ?? 1024 * 1024;
    this.#onError = opts.onError ?? (() => undefined);
    this.#file = start.file;
    this.#size = start.size;
    this.#snapshotBytes = start.snapshotBytes;
    this.#logBytes = start.logBytes;
    this.#rooms = start.rooms;
  }

  /** `update` is a V1 update as Yjs emits it; `room` is relative to the event ("plan", "board/<id>"). */
  append(room: string, update: Uint8Array): void {
    if (!this.#accepting) throw new AppError('internal', `append to ${this.path} after close`);
    this.#pending.push(encodeRecord(RECORD_TYPE.update, room, update));
    this.#appendedSeq++;
    this.#rooms.add(room);
    this.#schedule(this.#flushMs);
  }

  /**
   * The live docs, used by compaction instead of replaying the log. Each returned doc must hold
   * every update appended for its room; a room left out of the map is replayed from the file.
   */
  setDocs(getDocs: () => Map<string, Y.Doc>): void {
    this.#getDocs = getDocs;
  }

  get status(): EventFileStatus {
    return { ok: this.#error === null, error: this.#error?.message ?? null, sizeBytes: this.#size };
  }

  /** Resolves once everything appended so far is fsynced; rejects if that write fails (it is retried). */
  async flush(): Promise<void> {
    const target = this.#appendedSeq;
    if (this.#durableSeq >= target) return;
    await this.#queueWrite();
    if (this.#durableSeq < target) {
      throw new AppError('storage_failed', `could not write ${this.path}: ${this.#error?.message ?? 'unknown error'}`, {
        cause: this.#error,
      });
    }
  }

  /** Rewrites the file as one snapshot per room; updates appended meanwhile go to the new file. */
  compact(): Promise<void> {
    if (this.#closing && !this.#accepting) return Promise.resolve();
    this.#compaction ??= this.#enqueue(() => this.#compactNow()).finally(() => {
      this.#compaction = null;
    });
    return this.#compaction;
  }

  /** Flushes, compacts and closes. Idempotent; if the final write fails it rejects and may be retried. */
  close(): Promise<void> {
    this.#closing ??= this.#closeNow().catch((err: unknown) => {
      this.#closing = null;
      this.#accepting = true;
      throw err;
    });
    return this.#closing;
  }

  async #closeNow(): Promise<void> {
    await this.flush();
    // A failed compaction was reported through onError; the log still holds everything.
    if (this.#logBytes > 0) await this.compact().catch(() => undefined);
    this.#accepting = false;
    await this.flush();
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#enqueue(() => this.#file.close());
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #schedule(delayMs: number): void {
    if (this.#timer || this.#queuedWrite) return;
    const wait = Math.max(delayMs, this.#retryAt - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#queueWrite();
    }, wait);
  }

  /** A queued (not yet started) write picks up everything appended before it starts. */
  #queueWrite(): Promise<void> {
    this.#queuedWrite ??= this.#enqueue(() => {
      this.#queuedWrite = null;
      return this.#writeGroup();
    });
    return this.#queuedWrite;
  }

  async #writeGroup(): Promise<void> {
    if (this.#pending.length === 0) return;
    const data = concatBytes(this.#pending);
    const seq = this.#appendedSeq;
    this.#pending = [];
    try {
      // Positional: after a partial write the retry overwrites the same bytes instead of leaving garbage mid-log.
      await this.#file.writeAt(data, this.#size);
      await this.#file.sync();
    } catch (err) {
      this.#pending.unshift(data);
      this.#failed(err);
      return;
    }
    this.#size += data.length;
    this.#logBytes += data.length;
    this.#durableSeq = seq;
    this.#error = null;
    this.#backoffMs = 0;
    this.#retryAt = 0;
    this.#maybeAutoCompact();
  }

  #failed(err: unknown): void {
    this.#backoffMs = Math.min(Math.max(this.#backoffMs * 2, FIRST_RETRY_MS), MAX_RETRY_MS);
    this.#retryAt = Date.now() + this.#backoffMs;
    this.#report(err);
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#schedule(this.#backoffMs);
  }

  #report(err: unknown): void {
    const error = err instanceof Error ? err : new Error(String(err));
    this.#error = error;
    try {
      this.#onError(error);
    } catch {
      // A throwing listener must not stop the writer; the error stays visible in `status`.
    }
  }

  #maybeAutoCompact(): void {
    if (this.#compaction || this.#closing) return;
    if (this.#logBytes <= Math.max(this.#compactMinBytes, 2 * this.#snapshotBytes)) return;
    this.compact().catch(() => undefined); // reported through onError and status
  }

  async #compactNow(): Promise<void> {
    let replaced: Awaited<ReturnType<typeof replaceFileAtomically>>;
    let size: number;
    try {
      const bytes = encodeSnapshotFile(await this.#snapshotDocs());
      size = bytes.length;
      replaced = await replaceFileAtomically(this.#fs, this.path, bytes);
    } catch (err) {
      const error = new AppError('storage_failed', `could not compact ${this.path}: ${String(err)}`, { cause: err });
      this.#report(error);
      throw error;
    }
    const old = this.#file;
    this.#file = replaced.file;
    this.#size = size;
    this.#snapshotBytes = size;
    this.#logBytes = 0;
    await old.close().catch(() => undefined); // its inode is already replaced; nothing left to lose
    if (replaced.dirSyncError) this.#report(replaced.dirSyncError);
    else if (this.#pending.length === 0) this.#error = null;
  }

  /**
   * Nothing appended can be missed: a record is either in the old file (so in its live doc, or
   * replayed) or still pending, and pending records are written to the new file afterwards.
   */
  async #snapshotDocs(): Promise<Map<string, Y.Doc>> {
    const docs = new Map(this.#getDocs?.() ?? []);
    const missing = [...this.#rooms].filter((room) => !docs.has(room));
    if (missing.length === 0) return docs;
    const replayed = await this.#replayRooms(new Set(missing));
    for (const [room, doc] of replayed) docs.set(room, doc);
    return docs;
  }

  async #replayRooms(rooms: Set<string>): Promise<Map<string, Y.Doc>> {
    const bytes = await this.#fs.readFile(this.path);
    if (!bytes) throw new Error(`${this.path} disappeared`);
    const scan = scanRecords(bytes.subarray(0, this.#size));
    // Compacting a file damaged while open would drop what cannot be read; keep the log instead.
    if (scan.damage !== 'none') throw new Error(`the file changed underneath: ${scan.problems.join('; ')}`);
    const problems: string[] = [];
    const docs = applyRecords(scan.records.filter((r) => rooms.has(r.room)), problems);
    if (problems.length > 0) throw new Error(problems.join('; '));
    return docs;
  }
}
