import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import { HISTORY_ROOM } from '../../history/history';
import { AppError } from '@shared/errors';
import type { Lang } from '@shared/export/labels';
import type { ExportOptions } from '@shared/export/progress';
import type { HostedEvent } from '../../events/hosted-event';
import type { ExportFile, ExportName } from '../exports';
import type { ExportJob, WorkerReply } from './protocol';

/**
 * Every export is built in a worker thread, so the host's event loop keeps serving sync and HTTP
 * however long a PDF takes. Each worker has a V8 heap cap (resourceLimits) and each job a time
 * limit; cancelling (the client hung up) or running out of time terminates the worker, the only
 * way to stop a builder inside one long synchronous step. Idle workers are kept for a while so a
 * burst of downloads does not pay the start-up each time, and never keep the process alive.
 */
export type PoolLimits = { workers: number; timeoutMs: number; heapMb: number; idleMs: number };

export const DEFAULT_LIMITS: PoolLimits = {
  workers: Math.max(1, Math.min(2, availableParallelism() - 1)),
  timeoutMs: 120_000,
  heapMb: 768,
  idleMs: 30_000,
};

type Pending = { job: ExportJob; opts: ExportOptions; resolve: (f: ExportFile) => void; reject: (e: unknown) => void };
type Slot = { worker: Worker; busy: Pending | null; timer: NodeJS.Timeout | null; idle: NodeJS.Timeout | null };

/**
 * The built worker next to the main bundle (out/main/export-worker.js); from source (tsx, vitest)
 * a one-line bootstrap that registers tsx's loader in the new thread, then imports entry.ts.
 */
function workerScript(): { script: URL | string; eval: boolean } {
  // Beside the bundle's entry, or one folder up when this code landed in a shared chunk.
  const built = ['./export-worker.js', '../export-worker.js']
    .map((p) => new URL(p, import.meta.url))
    .find((u) => u.protocol === 'file:' && existsSync(fileURLToPath(u)));
  if (built) return { script: built, eval: false };
  // require.resolve finds the CommonJS build of tsx's API; the ESM one sits beside it.
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./entry.ts', import.meta.url).href;
  return { script: `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`, eval: true };
}

export class ExportPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly limits: PoolLimits = DEFAULT_LIMITS) {}

  /** Copies the event's docs now (cheap, on this thread) and builds from the copies in a worker. */
  run(event: HostedEvent, name: ExportName, lang: Lang, opts: ExportOptions = {}): Promise<ExportFile> {
    if (this.closed) return Promise.reject(new AppError('internal', 'the export pool is closed'));
    opts.signal?.throwIfAborted();
    // The history (restore points, up to its 64 MiB budget) goes only to the export that reads it.
    const docs: [string, Uint8Array][] = [...event.docs]
      .filter(([rel]) => rel !== HISTORY_ROOM || name.what === 'audit')
      .map(([rel, doc]) => [rel, Y.encodeStateAsUpdate(doc)]);
    const job: ExportJob = { id: this.nextId++, name, lang, docs };
    return new Promise<ExportFile>((resolve, reject) => {
      const p: Pending = { job, opts, resolve, reject };
      opts.signal?.addEventListener('abort', () => this.cancel(p, opts.signal!.reason), { once: true });
      this.queue.push(p);
      this.pump();
    });
  }

  /** Ends every worker; queued and running exports fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new AppError('internal', 'the host is shutting down'));
    await Promise.all(this.slots.splice(0).map((s) => this.kill(s, new AppError('internal', 'the host is shutting down'))));
  }

  /** Workers alive now (for tests: a cancelled export leaves none running). */
  get size(): number {
    return this.slots.length;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.limits.workers) slot = this.spawn();
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const { script, eval: isEval } = workerScript();
    const worker = new Worker(script, {
      eval: isEval,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 64 },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, busy: null, timer: null, idle: null };
    worker.on('message', (m: WorkerReply) => this.onReply(slot, m));
    worker.on('error', (e: Error & { code?: string }) => this.onCrash(slot, e));
    worker.on('exit', () => this.onCrash(slot, new Error('the export worker stopped')));
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, p: Pending): void {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    slot.busy = p;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      const s = Math.round(this.limits.timeoutMs / 1000);
      void this.kill(slot, new AppError('payload_too_large', `the export took longer than ${s} s and was stopped`));
    }, this.limits.timeoutMs);
    slot.worker.postMessage(p.job);
  }

  private onReply(slot: Slot, m: WorkerReply): void {
    const p = slot.busy;
    if (!p || p.job.id !== m.id) return;
    if (m.kind === 'progress') {
      p.opts.onProgress?.(m.fraction);
      return;
    }
    this.release(slot);
    if (m.kind === 'done') p.resolve({ bytes: m.bytes, type: m.type, title: m.title, ext: m.ext });
    else p.reject(new AppError(m.code, m.message));
    this.pump();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
    slot.worker.unref();
    slot.idle = setTimeout(() => void this.kill(slot, null), this.limits.idleMs);
    slot.idle.unref();
  }

  private onCrash(slot: Slot, e: Error & { code?: string }): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.idle) clearTimeout(slot.idle);
    const p = slot.busy;
    slot.busy = null;
    if (p) {
      p.reject(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppError('payload_too_large', `the export needs more than ${this.limits.heapMb} MB and was stopped`)
          : new AppError('internal', `export failed: ${e.message}`),
      );
    }
    this.pump();
  }

  /** Terminates a worker; its export (if any) fails with `reason`. */
  private async kill(slot: Slot, reason: unknown): Promise<void> {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.idle) clearTimeout(slot.idle);
    const p = slot.busy;
    slot.busy = null;
    if (p) p.reject(reason);
    await slot.worker.terminate();
    this.pump();
  }

  private cancel(p: Pending, reason: unknown): void {
    const q = this.queue.indexOf(p);
    if (q >= 0) {
      this.queue.splice(q, 1);
      p.reject(reason);
      return;
    }
    const slot = this.slots.find((s) => s.busy === p);
    if (slot) void this.kill(slot, reason);
  }
}

let shared: ExportPool | null = null;

/** The host's one pool, created on the first export. */
export const exportPool = (): ExportPool => (shared ??= new ExportPool());

export async function closeExportPool(): Promise<void> {
  const p = shared;
  shared = null;
  await p?.close();
}
