import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { messageAuth, WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { JoinResponse } from '@shared/protocol/api';

/**
 * The real host as a separate process (`electron/host/cli.ts` under tsx), the way a hall runs it:
 * attack tests talk to it only over the network, so they keep their meaning whatever the sync engine
 * inside becomes. `rss()` reads the child's resident memory from /proc; `alive()` says whether it still runs.
 */
export type HostProcess = {
  child: ChildProcess;
  port: number;
  base: string;
  wsBase: string;
  facilitatorToken: string;
  dataDir: string;
  /** Everything the host wrote to stderr/stdout so far (its log). */
  log(): string;
  alive(): boolean;
  /** Resident set size of the host process in bytes (Linux /proc), or NaN where not readable. */
  rss(): Promise<number>;
  /** SIGTERM, then SIGKILL after `graceMs`; removes the data folder unless it was given. */
  stop(graceMs?: number): Promise<void>;
  kill9(): Promise<void>;
};

export async function startHostProcess(opts: { dataDir?: string; args?: string[]; env?: Record<string, string> } = {}): Promise<HostProcess> {
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'veche-attack-')));
  await rm(join(dataDir, 'host.json'), { force: true });
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--bind', '127.0.0.1', '--data', dataDir, '--no-mdns', ...(opts.args ?? [])],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } },
  );
  let out = '';
  const keep = (b: Buffer) => {
    out += b.toString('utf8');
    if (out.length > 1 << 20) out = out.slice(-(1 << 19));
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  let info: { port: number; facilitatorToken: string } | null = null;
  // Up to 90 s: a cold tsx start on a loaded machine can take over 20 s.
  for (let i = 0; i < 1800 && !info; i++) {
    const json = await readFile(join(dataDir, 'host.json'), 'utf8').catch(() => null);
    if (json) info = JSON.parse(json);
    else if (child.exitCode !== null) throw new Error(`host exited before it was ready:\n${out}`);
    else await new Promise((r) => setTimeout(r, 50));
  }
  if (!info) {
    child.kill('SIGKILL');
    throw new Error(`host did not start in 90 s:\n${out}`);
  }
  const { port, facilitatorToken } = info;
  const host: HostProcess = {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    wsBase: `ws://127.0.0.1:${port}/sync`,
    facilitatorToken,
    dataDir,
    log: () => out,
    alive: () => child.exitCode === null && child.signalCode === null,
    async rss() {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
      return kb ? Number(kb) * 1024 : NaN;
    },
    async stop(graceMs = 10_000) {
      if (host.alive()) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      if (!opts.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
    async kill9() {
      if (host.alive()) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
  return host;
}

export async function hostApi<T = unknown>(
  host: Pick<HostProcess, 'base'>,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(host.base + path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: res.status, body: body as T };
}

export async function createEventOn(host: HostProcess, title = 'Атака', format = 'strategy'): Promise<{ id: string; joinCode: string }> {
  const r = await hostApi<{ id: string; joinCode: string }>(host, 'POST', '/api/events', { token: host.facilitatorToken, body: { title, format } });
  if (r.status !== 201) throw new Error(`create failed ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function joinOn(
  host: Pick<HostProcess, 'base'>,
  code: string,
  name: string,
  extra: { group?: string; team?: string } = {},
): Promise<JoinResponse> {
  const r = await hostApi<JoinResponse>(host, 'POST', '/api/join', { body: { code, name, ...extra } });
  if (r.status !== 201) throw new Error(`join failed ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A stock y-websocket client in Node, with `ready` resolving on its first sync. */
export function clientOn(host: Pick<HostProcess, 'wsBase'>, room: string, token: string, doc = new Y.Doc()) {
  const provider = new WebsocketProvider(host.wsBase, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const ready = new Promise<void>((r) => (provider.synced ? r() : provider.once('sync', () => r())));
  /** What the host refused of this client's writes, its reasons in order (y-websocket's permission-denied message). */
  const denied: string[] = [];
  provider.messageHandlers[messageAuth] = (_e, d: decoding.Decoder) => {
    decoding.readVarUint(d);
    denied.push(decoding.readVarString(d));
  };
  return { doc, provider, ready, denied, destroy: () => provider.destroy() };
}

/** Resolves when `check()` holds, polling every 20 ms; rejects with `what` after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for: ${what}`);
}
