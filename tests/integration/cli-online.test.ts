import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventSummary } from '@shared/protocol/api';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function dataDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'veche-cli-online-'));
  dirs.push(d);
  return d;
}

function runCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--bind', '127.0.0.1', '--no-mdns', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

/** Bounded: a cold tsx start takes seconds idle and much longer on a loaded machine. */
async function waitFor(check: () => Promise<string | null> | string | null, what: string): Promise<string> {
  for (let i = 0; i < 1800; i++) {
    const got = await check();
    if (got) return got;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} never came`);
}

describe('the CLI online', { timeout: 180_000 }, () => {
  it('prints join links and the online console link with the public URL, and warns without a trusted proxy', async () => {
    const data = await dataDir();
    const run = runCli(['--data', data, '--demo', '--public-url', 'https://veche.example.org/']);
    const host = JSON.parse(await waitFor(() => readFile(join(data, 'host.json'), 'utf8').catch(() => null), 'host.json'));
    await waitFor(() => (run.output().includes('host.json written') ? 'yes' : null), 'the last line');
    const res = await fetch(`${host.localUrl}/api/events`, { headers: { authorization: `Bearer ${host.facilitatorToken}` } });
    const { events } = (await res.json()) as { events: EventSummary[] };
    for (const e of events) expect(run.output()).toContain(`https://veche.example.org/join/${e.joinCode}`);
    expect(run.output()).toContain(`https://veche.example.org/?token=${host.facilitatorToken}`);
    expect(run.output()).toMatch(/without --trusted-proxy/);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
  });

  it('refuses a public URL with a path, and a trusted proxy that is not an address, before opening anything', async () => {
    const data = await dataDir();
    const withPath = runCli(['--data', data, '--public-url', 'https://veche.example.org/veche']);
    expect(await withPath.exited).toBe(1);
    expect(withPath.output()).toMatch(/origin only/);
    const badProxy = runCli(['--data', data, '--public-url', 'https://veche.example.org', '--trusted-proxy', 'proxy.local']);
    expect(await badProxy.exited).toBe(1);
    expect(badProxy.output()).toMatch(/--trusted-proxy: proxy\.local is not an address/);
  });
});
