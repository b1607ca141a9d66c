import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export type TestHost = { url: string; port: number; token: string; dataDir: string; stop(): Promise<void>; log(): string };

/**
 * The real headless host (the CLI behind `npm run serve`) on port 0 with a fresh data folder.
 * host.json in the data folder tells us the port and the facilitator token.
 */
export async function startTestHost(extraArgs: string[] = []): Promise<TestHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'veche-e2e-'));
  const args = ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--bind', '127.0.0.1', '--data', dataDir, '--no-mdns', ...extraArgs];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  await waitForStart(child, () => output);
  const info = JSON.parse(readFileSync(join(dataDir, 'host.json'), 'utf8')) as { port: number; localUrl: string; facilitatorToken: string };
  return {
    url: info.localUrl,
    port: info.port,
    token: info.facilitatorToken,
    dataDir,
    log: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForStart(child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((ok, fail) => {
    // A cold tsx start is 2–3 s idle and took over 30 s on a loaded machine: this bounds a host that never starts.
    const timer = setTimeout(() => fail(new Error(`host did not start in 60 s:\n${output()}`)), 60_000);
    const check = setInterval(() => {
      if (output().includes('host.json written')) {
        clearTimeout(timer);
        clearInterval(check);
        ok();
      }
    }, 50);
    child.once('exit', (code) => {
      clearTimeout(timer);
      clearInterval(check);
      fail(new Error(`host exited with ${code}:\n${output()}`));
    });
  });
}
