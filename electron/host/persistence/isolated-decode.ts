// Opens an event file from elsewhere (import) in a child process with memory and time limits.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
 * The reader runs in a child process, not a worker thread: V8 can end a whole process when a worker
 * thread runs out of heap (a fatal "heap out of memory" in a large allocation, seen here with a crafted
 * file), and a process of its own takes only itself down. `decode-worker.js` beside the bundle in the
 * built app (electron.vite.config.ts builds it as its own entry; Electron's fork runs it as Node);
 * from source (tsx, vitest) the `.ts` beside this module through tsx's loader.
 */
function workerModule(heapMb: number): { path: string; execArgv: string[] } {
  const limits = [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=16', '--stack-size=4000'];
  const js = fileURLToPath(new URL('./decode-worker.js', import.meta.url));
  if (existsSync(js)) return { path: js, execArgv: limits };
  return { path: fileURLToPath(new URL('./decode-worker.ts', import.meta.url)), execArgv: ['--import', 'tsx', ...limits] };
}

/**
 * Checks the file's declarations against its bytes, then decodes it in a child process that is killed
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
  const { path, execArgv } = workerModule(budget.heapMb);
  return new Promise((resolve, reject) => {
    const child = fork(path, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const fail = (code: ErrorCode, why: string) => finish(() => reject(new AppError(code, refuseFile(why).message)));
    const timer = setTimeout(() => fail('payload_too_large', `reading it took longer than ${Math.round(budget.timeMs / 1000)} s`), budget.timeMs);
    child.once('message', (reply: DecodeReply) => finish(() => resolve(reply)));
    child.once('error', (err) => finish(() => reject(err)));
    child.once('exit', (code, signal) => {
      // V8 aborts a process that runs out of heap (SIGABRT, or 134 where a shell reports it).
      if (signal === 'SIGABRT' || code === 134) fail('payload_too_large', `reading it needs more than ${budget.heapMb} MB of memory`);
      else fail('internal', `the file reader stopped (${signal ?? `exit ${code}`})`);
    });
    child.send(bytes);
  });
}
