import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { AppError } from '@shared/errors';
import { buildExport } from '../exports';
import { DocsEvent } from './docs-event';
import type { ExportJob, WorkerReply } from './protocol';

/**
 * An export worker (worker_threads): builds one export at a time from copies of the event's docs
 * and posts the bytes back. Runs with V8 heap limits set by the pool; the pool terminates it on
 * cancel or timeout, which is the only way to stop a builder stuck inside one long synchronous step.
 */
const port = parentPort;
if (!port) throw new Error('export worker: started outside worker_threads');

// On Linux this lowers this thread only (setpriority takes a thread id there): when the cores are
// busy the host's event loop, which answers every participant, wins over a file being built.
try {
  setPriority(0, 10);
} catch {
  // Not permitted or not per-thread on this platform: the export just competes at normal priority.
}

port.on('message', (job: ExportJob) => {
  void run(job).then((reply) => {
    if (reply.kind === 'done') port.postMessage(reply, [reply.bytes.buffer as ArrayBuffer]);
    else port.postMessage(reply);
  });
});

async function run(job: ExportJob): Promise<WorkerReply> {
  try {
    const event = new DocsEvent(job.docs).asHostedEvent();
    const onProgress = (fraction: number) => port!.postMessage({ id: job.id, kind: 'progress', fraction } satisfies WorkerReply);
    const f = await buildExport(event, job.name, job.lang, { onProgress });
    // A private copy: the builder's bytes may be a view into a pooled buffer that cannot be transferred.
    const bytes = new Uint8Array(f.bytes);
    return { id: job.id, kind: 'done', bytes, type: f.type, title: f.title, ext: f.ext };
  } catch (e) {
    if (e instanceof AppError) return { id: job.id, kind: 'failed', code: e.code, message: e.message };
    const message = e instanceof Error ? e.message : String(e);
    return { id: job.id, kind: 'failed', code: 'internal', message: `export failed: ${message}` };
  }
}
