// Forks participant workers, hands each its share of a task, starts them together, gathers results.
import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { wallNow } from './clients';
import { ROOT, cpuTicks } from './host';
import type { Task, ToParent, ToWorker } from './tasks';

type Worker = { child: ChildProcess; next(type: 'ready' | 'done', ms: number): Promise<unknown> };

function spawnWorker(): Worker {
  // BENCH_PROFILE profiles the participants too: where their time goes is half of a join storm's answer.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', join(process.env.BENCH_PROFILE, 'workers')] : [];
  const child = fork(join(ROOT, 'bench/participant-worker.ts'), [], {
    cwd: ROOT,
    execArgv: [...profile, '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox: ToParent[] = [];
  let wake: (() => void) | null = null;
  child.on('message', (m: ToParent) => {
    inbox.push(m);
    wake?.();
  });
  child.on('exit', () => wake?.());
  return {
    child,
    async next(type, ms) {
      const deadline = Date.now() + ms;
      for (;;) {
        const m = inbox.shift();
        if (m?.type === 'error') throw new Error(`participant worker: ${m.message}`);
        if (m?.type === type) return m.type === 'done' ? m.result : undefined;
        if (m) continue;
        if (child.exitCode !== null) throw new Error(`participant worker exited with ${child.exitCode}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`participant worker: no "${type}" in ${ms} ms`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, left);
          wake = () => (clearTimeout(t), r());
        });
        wake = null;
      }
    },
  };
}

/**
 * Runs one task split over `tasks.length` worker processes: waits until all are ready (connected and
 * synced), starts them at one wall-clock instant, and returns each worker's result, that instant and
 * the CPU all workers used from the instant until the last was done (seconds).
 */
export async function runWorkers<R>(tasks: Task[], timeoutMs: number, onStart?: () => void): Promise<{ results: R[]; startedAt: number; workerCpuS: number }> {
  const workers = tasks.map(() => spawnWorker());
  try {
    workers.forEach((w, i) => w.child.send({ type: 'task', task: tasks[i]! } satisfies ToWorker));
    await Promise.all(workers.map((w) => w.next('ready', 120_000)));
    const startedAt = wallNow() + 300;
    for (const w of workers) w.child.send({ type: 'go', at: startedAt } satisfies ToWorker);
    // A figure measured over the load window (host CPU) starts its clock at the go instant.
    if (onStart) setTimeout(onStart, Math.max(0, startedAt - wallNow()));
    const ticks = () => workers.reduce((sum, w) => sum + cpuTicks(w.child.pid!), 0);
    let atStart = ticks();
    setTimeout(() => (atStart = ticks()), Math.max(0, startedAt - wallNow()));
    const results: R[] = [];
    let atEnd = 0;
    await Promise.all(
      workers.map(async (w, i) => {
        results[i] = (await w.next('done', timeoutMs)) as R;
        // A worker that is done idles until the others are; its CPU is read before it is stopped.
        if (results.filter(Boolean).length === workers.length) atEnd = ticks();
      }),
    );
    return { results, startedAt, workerCpuS: (atEnd - atStart) / 100 };
  } finally {
    for (const w of workers) {
      if (w.child.connected) w.child.send({ type: 'stop' } satisfies ToWorker);
      const t = setTimeout(() => w.child.kill('SIGKILL'), 3_000);
      w.child.once('exit', () => clearTimeout(t));
    }
  }
}

/** Splits `items` into `n` nearly equal consecutive parts. */
export function split<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = Array.from({ length: n }, () => []);
  items.forEach((x, i) => out[Math.floor((i * n) / items.length)]!.push(x));
  return out;
}
