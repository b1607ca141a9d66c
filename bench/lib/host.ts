// The servers under test, each in its own child process so its event loop and its CPU/RSS figures
// are its own: the real Veche CLI (what `npm run serve` runs) and the bare @y/websocket-server.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseStatTicks, parseStatusKb } from './stats';

export const ROOT = resolve(import.meta.dirname, '../..');

export type ServerProcess = { pid: number; port: number; child: ChildProcess; stop(): Promise<void>; output(): string };
export type VecheHost = ServerProcess & { token: string; dataDir: string; url: string };

function capture(child: ChildProcess): () => string {
  let out = '';
  // Keep the tail only: a long run must not grow this without bound.
  const add = (d: Buffer) => (out = (out + d.toString()).slice(-20_000));
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return () => out;
}

async function until(what: string, ok: () => boolean, child: ChildProcess, output: () => string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`${what} did not start in ${ms} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function stopper(child: ChildProcess, after: () => void = () => {}): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    after();
  };
}

/**
 * The real host CLI bound to 127.0.0.1 on a free port with a fresh data folder. `nodeArgs` lets a
 * profiling run add `--cpu-prof`. Resolves when host.json is written.
 */
export async function startVecheHost(opts: { demo?: boolean; nodeArgs?: string[]; keepData?: boolean } = {}): Promise<VecheHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'veche-bench-'));
  // BENCH_PROFILE=<dir> profiles every host child (`node --cpu-prof`), for finding why a target is missed.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : [];
  const args = [
    ...profile,
    ...(opts.nodeArgs ?? []),
    '--import',
    'tsx',
    'electron/host/cli.ts',
    '--port',
    '0',
    '--bind',
    '127.0.0.1',
    '--data',
    dataDir,
    '--no-mdns',
  ];
  if (opts.demo) args.push('--demo');
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = capture(child);
  const hostJson = join(dataDir, 'host.json');
  await until('the Veche host', () => existsSync(hostJson) && output().includes('host.json written'), child, output, 60_000);
  const info = JSON.parse(readFileSync(hostJson, 'utf8')) as { port: number; pid: number; localUrl: string; facilitatorToken: string };
  return {
    pid: child.pid!,
    port: info.port,
    url: info.localUrl,
    token: info.facilitatorToken,
    dataDir,
    child,
    output,
    stop: stopper(child, () => {
      if (!opts.keepData) rmSync(dataDir, { recursive: true, force: true });
    }),
  };
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** The bare reference: @y/websocket-server 0.1.1's own server.js, no auth, no persistence. */
export async function startReferenceServer(): Promise<ServerProcess> {
  const port = await freePort();
  const script = join(ROOT, 'node_modules/@y/websocket-server/src/server.js');
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
  });
  const output = capture(child);
  await until('the reference server', () => output().includes('running at'), child, output);
  return { pid: child.pid!, port, child, output, stop: stopper(child) };
}

/** Peak resident set of a process so far (VmHWM), in bytes. */
export const peakRss = (pid: number): number => parseStatusKb(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmHWM') ?? Number.NaN;

/** CPU time a process has used (user + system), in clock ticks (USER_HZ, 100 on Linux). */
export const cpuTicks = (pid: number): number => parseStatTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
