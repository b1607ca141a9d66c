// Opens an event file from elsewhere (import) in a worker thread with memory and time limits.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import type { ErrorCode } from '@shared/errors';
import { AppError } from '@shared/errors';
import type { DecodeReply } from './decode-worker';
import { checkEventFileBytes, refuseFile } from './import-check';

export type DecodeBudget = { heapMb: number; timeMs: number };

/** A legitimate event needs a few times its file size in memory and well under a second per MiB. */
export function budgetFor(bytes: number): DecodeBudget {
  const mib = bytes / (1024 * 1024);
  return { heapMb: Math.min(2048, Math.round(192 + 12 * mib)), timeMs: Math.min(120_000, Math.round(15_000 + 1_000 * mib)) };
}

/**
 * The worker: `decode-worker.js` beside the bundle in the built app (electron.vite.config.ts builds it
 * as its own entry); from source (tsx, vitest) the `.ts` beside this module, started through tsx's
 * loader, which a worker does not inherit from its parent.
 */
function workerSource(): { source: string; eval: boolean } {
  const js = fileURLToPath(new URL('./decode-worker.js', import.meta.url));
  if (existsSync(js)) return { source: js, eval: false };
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const ts = JSON.stringify(new URL('./decode-worker.ts', import.meta.url).href);
  return { source: `import(${tsx}).then((tsx) => { tsx.register(); return import(${ts}); });`, eval: true };
}

/**
 * Checks the file's declarations against its bytes, then decodes it in a worker that is terminated
 * when it goes over `budget`. Refusals are `bad_request` / `payload_too_large` with a reason a person
 * can read; the host's own memory only ever holds what the worker re-encoded.
 */
export async function decodeEventFileIsolated(
  bytes: Uint8Array,
  budget: DecodeBudget = budgetFor(bytes.length),
): Promise<{ docs: Map<string, Y.Doc>; problems: string[] }> {
  checkEventFileBytes(bytes);
  const reply = await runWorker(bytes, budget);
  if (!reply.ok) throw new AppError(reply.code === 'bad_request' ? 'bad_request' : 'internal', reply.message);
  const docs = new Map<string, Y.Doc>();
  for (const [room, update] of reply.rooms) {
    const doc = new Y.Doc();
    Y.applyUpdateV2(doc, update);
    docs.set(room, doc);
  }
  return { docs, problems: reply.problems };
}

function runWorker(bytes: Uint8Array, budget: DecodeBudget): Promise<DecodeReply> {
  const { source, eval: isEval } = workerSource();
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, {
      eval: isEval,
      workerData: bytes,
      resourceLimits: { maxOldGenerationSizeMb: budget.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const fail = (code: ErrorCode, why: string) => finish(() => reject(new AppError(code, refuseFile(why).message)));
    const timer = setTimeout(() => fail('payload_too_large', `reading it took longer than ${Math.round(budget.timeMs / 1000)} s`), budget.timeMs);
    worker.once('message', (reply: DecodeReply) => finish(() => resolve(reply)));
    worker.once('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') fail('payload_too_large', `reading it needs more than ${budget.heapMb} MB of memory`);
      else finish(() => reject(err));
    });
    worker.once('exit', (code) => fail('internal', `the file reader stopped (exit ${code})`));
  });
}
