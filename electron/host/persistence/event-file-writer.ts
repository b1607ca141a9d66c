// The open event file: buffered appends, group fsync, retry with backoff, compaction.
import type * as Y from 'yjs';
import * as nodePath from 'node:path';
import { AppError } from '@shared/errors';
import type { Entry, NewFile } from './compaction';
import { abandonNewFile, copyDurableTail, replayRooms, startNewFile } from './compaction';
import type { FileLike, FsAdapter } from './fs-adapter';
import { tempPathFor } from './fs-adapter';
import { concatBytes, encodeSnapshotFile } from './log-reader';
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
  #pending: Entry[] = [];
  /** Bytes appended and not yet written: what a crash or a full disk puts at risk. */
  #unwrittenBytes = 0;
  /** The group being written; a compaction starting now must carry it to the new file. */
  #inflight: Entry[] = [];
  /** While a compaction runs: every record since its snapshot began, for the new file. */
  #tail: Entry[] | null = null;
  #appendedSeq = 0;
  /** Records up to here are written to the file (a kill -9 cannot lose them: they are in the OS). */
  #writtenSeq = 0;
  /** Records up to here are fsynced (a power loss cannot lose them). */
  #durableSeq = 0;
  /** The fsync running now, if any, and whether more was written since it began. */
  #syncing: Promise<void> | null = null;
  #syncAgain = false;
  /** The last group write failed and waits for its retry: a successful fsync does not mean all is well. */
  #writeFailing = false;
  #busyWriting = false;
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
    const entry = { seq: this.#appendedSeq + 1, bytes: encodeRecord(RECORD_TYPE.update, room, update) };
    this.#appendedSeq = entry.seq;
    this.#pending.push(entry);
    this.#unwrittenBytes += entry.bytes.length;
    this.#tail?.push(entry);
    this.#rooms.add(room);
    // A busy host fires timers late: an update already relayed must not wait on one. Records arriving
    // while a write is in flight still form one group; flushMs only spaces the writes of a quiet host.
    this.#schedule(this.#queuedWrite || this.#busyWriting ? this.#flushMs : 0);
  }

  /**
   * The live docs, used by compaction instead of replaying the log. Each returned doc must hold
   * every update appended for its room; a room left out of the map is replayed from the file.
   */
  setDocs(getDocs: () => Map<string, Y.Doc>): void {
    this.#getDocs = getDocs;
  }

  /** Appended but not yet written; grows while the disk refuses writes. */
  get backlogBytes(): number {
    return this.#unwrittenBytes;
  }

  get status(): EventFileStatus {
    return { ok: this.#error === null, error: this.#error?.message ?? null, sizeBytes: this.#size };
  }

  /** Resolves once everything appended so far is fsynced; rejects if that write fails (it is retried). */
  async flush(): Promise<void> {
    const target = this.#appendedSeq;
    if (this.#durableSeq >= target) return;
    await this.#queueWrite();
    // A sync already running may have begun before the last group was written: wait for one after it.
    for (let i = 0; i < 2 && this.#writtenSeq >= target && this.#durableSeq < target; i++) await this.#syncNow();
    if (this.#durableSeq < target) {
      throw new AppError('storage_failed', `could not write ${this.path}: ${this.#error?.message ?? 'unknown error'}`, {
        cause: this.#error,
      });
    }
  }

  /**
   * Write groups do not wait for fsync: under heavy writing an fsync can take hundreds of ms, and
   * updates already relayed to other clients sat in memory behind it, lost to a kill -9. Written
   * records are safe from a crash of the process at once; fsync runs beside the writes, coalesced.
   */
  #syncNow(): Promise<void> {
    if (this.#syncing) {
      this.#syncAgain = true;
      return this.#syncing;
    }
    const target = this.#writtenSeq;
    const file = this.#file;
    this.#syncing = file
      .sync()
      .then(
        () => {
          if (file === this.#file) this.#durableSeq = Math.max(this.#durableSeq, target);
          if (!this.#writeFailing) {
            this.#error = null;
            this.#backoffMs = 0;
            this.#retryAt = 0;
          }
        },
        (err: unknown) => this.#failed(err),
      )
      .finally(() => {
        this.#syncing = null;
        if (this.#syncAgain) {
          this.#syncAgain = false;
          void this.#syncNow();
        }
      });
    return this.#syncing;
  }

  /** Rewrites the file as one snapshot per room; updates appended meanwhile go to the new file. */
  compact(): Promise<void> {
    if (this.#closing && !this.#accepting) return Promise.resolve();
    this.#compaction ??= this.#compactNow().finally(() => {
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
    // Also waits for a compaction already running, which must not swap files after the close.
    const compaction = this.#logBytes > 0 ? this.compact() : this.#compaction;
    await compaction?.catch(() => undefined);
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
    this.#busyWriting = true;
    try {
      await this.#writeGroupNow();
    } finally {
      this.#busyWriting = false;
    }
  }

  async #writeGroupNow(): Promise<void> {
    const batch = this.#pending;
    if (batch.length === 0) {
      if (this.#durableSeq < this.#writtenSeq) void this.#syncNow(); // a failed fsync is retried from here
      return;
    }
    const data = concatBytes(batch.map((e) => e.bytes));
    this.#pending = [];
    this.#inflight = batch;
    try {
      // Positional: after a partial write the retry overwrites the same bytes instead of leaving garbage mid-log.
      await this.#file.writeAt(data, this.#size);
    } catch (err) {
      this.#pending = batch.concat(this.#pending);
      this.#inflight = [];
      this.#writeFailing = true;
      this.#failed(err);
      return;
    }
    this.#inflight = [];
    this.#unwrittenBytes -= data.length;
    this.#size += data.length;
    this.#logBytes += data.length;
    this.#writtenSeq = batch[batch.length - 1]!.seq;
    this.#writeFailing = false;
    this.#error = null;
    this.#backoffMs = 0;
    this.#retryAt = 0;
    void this.#syncNow();
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

  /**
   * Nothing appended can be missed: a record is either covered by the snapshot (its live doc, or
   * the replayed prefix of the old file) or in the tail, which follows the snapshot in the new file.
   * The log keeps being written meanwhile, so the 100 ms crash promise holds during a compaction.
   */
  async #compactNow(): Promise<void> {
    // Encoding the snapshot below holds the event loop; what is pending goes to the OS first.
    if (this.#pending.length > 0) void this.#queueWrite().catch(() => undefined);
    const tail = [...this.#inflight, ...this.#pending];
    this.#tail = tail;
    let target: NewFile | null = null;
    try {
      target = await startNewFile(this.#fs, this.path, encodeSnapshotFile(await this.#snapshotDocs()));
      await copyDurableTail(target, tail, this.#writtenSeq);
      await target.file.sync();
      const ready = target;
      await this.#enqueue(() => this.#swapIn(ready, tail));
      await this.#syncDir();
    } catch (err) {
      this.#tail = null;
      if (target && this.#file !== target.file) await abandonNewFile(this.#fs, this.path, target.file);
      const error = new AppError('storage_failed', `could not compact ${this.path}: ${String(err)}`, { cause: err });
      this.#report(error);
      throw error;
    }
  }

  /**
   * Runs between write groups, so it is kept short: the last tail records, then the rename that
   * makes the new file current. The directory fsync follows outside, while groups go on.
   */
  async #swapIn(target: NewFile, tail: Entry[]): Promise<void> {
    const before = target.size;
    await copyDurableTail(target, tail, this.#writtenSeq);
    if (target.size > before) await target.file.sync();
    await this.#fs.rename(tempPathFor(this.path), this.path);
    const old = this.#file;
    this.#file = target.file;
    this.#tail = null;
    this.#size = target.size;
    // The new file was fsynced above with everything written so far.
    this.#durableSeq = Math.max(this.#durableSeq, this.#writtenSeq);
    this.#snapshotBytes = target.snapshotBytes;
    this.#logBytes = target.size - target.snapshotBytes;
    await old.close().catch(() => undefined); // its inode is already replaced; nothing left to lose
  }

  async #syncDir(): Promise<void> {
    try {
      await this.#fs.syncDir(nodePath.dirname(this.path));
      if (this.#pending.length === 0) this.#error = null;
    } catch (err) {
      this.#report(err); // the rename is done; only its durability across a power loss is in doubt
    }
  }

  async #snapshotDocs(): Promise<Map<string, Y.Doc>> {
    // Captured before any await: these bytes hold every record that is not in the tail.
    const durableSize = this.#size;
    const missing = [...this.#rooms].filter((room) => !this.#getDocs?.().has(room));
    if (missing.length === 0) return new Map(this.#getDocs?.() ?? []);
    const replayed = await replayRooms(this.#fs, this.path, durableSize, new Set(missing));
    return new Map([...replayed, ...(this.#getDocs?.() ?? [])]);
  }
}
