import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventSummary } from '@shared/protocol/api';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

function runCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

/**
 * A cold `tsx` start of the CLI takes 2–3 s on an idle machine and over 20 s on a loaded one: the
 * deadline guards against a host that never starts, not against a slow one.
 */
async function waitForFile(path: string): Promise<string> {
  for (let i = 0; i < 1800; i++) {
    const s = await readFile(path, 'utf8').catch(() => null);
    if (s) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${path} never appeared`);
}

describe('the headless CLI', { timeout: 180_000 }, () => {
  it('starts with --demo, prints the console URL and codes, writes host.json 0600, and exits 0 on SIGINT', async () => {
    const data = await mkdtemp(join(tmpdir(), 'veche-cli-'));
    dirs.push(data);
    const run = runCli(['--port', '0', '--bind', '127.0.0.1', '--data', data, '--demo', '--no-mdns']);
    const host = JSON.parse(await waitForFile(join(data, 'host.json')));
    expect((await stat(join(data, 'host.json'))).mode & 0o777).toBe(0o600);
    expect(host).toMatchObject({ version: 1, pid: run.child.pid, localUrl: `http://127.0.0.1:${host.port}` });
    const res = await fetch(`${host.localUrl}/api/events`, { headers: { authorization: `Bearer ${host.facilitatorToken}` } });
    const { events } = (await res.json()) as { events: EventSummary[] };
    expect(events.map((e) => e.format).sort()).toEqual(['championship', 'posters', 'strategy']);
    expect(events.find((e) => e.format === 'strategy')!.title).toMatch(/малых территорий/);
    await new Promise((r) => setTimeout(r, 300));
    expect(run.output()).toContain(`${host.localUrl}/?token=${host.facilitatorToken}`);
    for (const e of events) expect(run.output()).toContain(e.joinCode);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    await expect(stat(join(data, 'host.json'))).rejects.toThrow();
  });

  it('creates the demo events only once per data folder', async () => {
    const data = await mkdtemp(join(tmpdir(), 'veche-cli-'));
    dirs.push(data);
    for (let i = 0; i < 2; i++) {
      const run = runCli(['--port', '0', '--bind', '127.0.0.1', '--data', data, '--demo', '--no-mdns']);
      const host = JSON.parse(await waitForFile(join(data, 'host.json')));
      const res = await fetch(`${host.localUrl}/api/events`, { headers: { authorization: `Bearer ${host.facilitatorToken}` } });
      expect(((await res.json()) as { events: unknown[] }).events).toHaveLength(3);
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    }
  });

  it('takes the next free port when the asked one is busy', async () => {
    const data = await mkdtemp(join(tmpdir(), 'veche-cli-'));
    dirs.push(data);
    const { createServer } = await import('node:net');
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const busy = (blocker.address() as { port: number }).port;
    const run = runCli(['--port', String(busy), '--bind', '127.0.0.1', '--data', data, '--no-mdns']);
    const host = JSON.parse(await waitForFile(join(data, 'host.json')));
    expect(host.port).toBeGreaterThan(busy);
    run.child.kill('SIGTERM');
    await run.exited;
    blocker.close();
  });
});
