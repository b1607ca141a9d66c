import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startHost } from '../../../electron/host/server';
import type { HostOptions, RunningHost } from '../../../electron/host/types';
import type { JoinResponse } from '@shared/protocol/api';

export type TestHost = RunningHost & { dataDir: string; base: string; wsBase: string; stop(): Promise<void> };

/** The real host, in-process, on a free loopback port with a fresh data folder. */
export async function startTestHost(opts: Partial<HostOptions> = {}): Promise<TestHost> {
  const dataDir = opts.dataDir ?? (await mkdtemp(joinPath(tmpdir(), 'veche-test-')));
  const host = await startHost({ port: 0, bind: '127.0.0.1', mdns: false, log: () => {}, ...opts, dataDir });
  const base = `http://127.0.0.1:${host.port}`;
  return {
    ...host,
    dataDir,
    base,
    wsBase: `ws://127.0.0.1:${host.port}/sync`,
    async stop() {
      await host.close();
      if (!opts.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function api<T = unknown>(
  host: TestHost,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(host.base + path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

export async function createEvent(host: TestHost, title = 'Тестовая сессия', format = 'strategy') {
  const r = await api<{ id: string; joinCode: string }>(host, 'POST', '/api/events', { token: host.facilitatorToken, body: { title, format } });
  if (r.status !== 201) throw new Error(`create failed ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/**
 * Joins, and when a team is named the facilitator assigns it: the join form's team is only a request,
 * membership comes from the facilitator (tests/attack/people.test.ts checks the claim alone gives nothing).
 */
export async function join(host: TestHost, code: string, name: string, extra: { group?: string; team?: string } = {}) {
  const r = await api<JoinResponse>(host, 'POST', '/api/join', { body: { code, name, ...extra } });
  if (r.status !== 201) throw new Error(`join failed ${r.status} ${JSON.stringify(r.body)}`);
  if (extra.team) {
    const a = await api(host, 'POST', `/api/events/${r.body.eventId}/teams/assign`, {
      token: host.facilitatorToken,
      body: { assignments: { [r.body.personId]: extra.team } },
    });
    if (a.status !== 200) throw new Error(`team assignment failed ${a.status} ${JSON.stringify(a.body)}`);
  }
  return r.body;
}

/** A stock y-websocket client in Node. */
export function connect(host: TestHost, room: string, token: string, doc = new Y.Doc()) {
  const provider = new WebsocketProvider(host.wsBase, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  return { doc, provider };
}

export function synced(provider: WebsocketProvider, ms = 5000): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('not synced in time')), ms);
    provider.once('sync', () => {
      clearTimeout(t);
      resolve();
    });
  });
}

/** Polls until `check` holds or the bounded wait runs out (then the last error is thrown). */
export async function eventually(check: () => void | Promise<void>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** A raw socket, for frames the stock client would never send. Resolves when open, or with the refusal status. */
export function rawSocket(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ ws: WebSocket; status: number | null; closed: Promise<{ code: number; reason: string }> }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    const closed = new Promise<{ code: number; reason: string }>((r) => ws.on('close', (code, reason) => r({ code, reason: reason.toString() })));
    ws.on('open', () => resolve({ ws, status: null, closed }));
    ws.on('unexpected-response', (_req, res) => {
      resolve({ ws, status: res.statusCode ?? 0, closed });
      res.resume();
    });
    ws.on('error', () => resolve({ ws, status: -1, closed }));
  });
}

/**
 * One change from a fresh raw client (its own client id, so a refusal cannot hold up any other client),
 * then the host's state asked on the same socket. The host handles one socket's messages in order, so
 * the answer shows whether the change was applied; `denied` holds the reasons it gave for a refusal.
 */
export async function writeThenReadBack(host: TestHost, room: string, token: string, change: (doc: Y.Doc) => void): Promise<{ seen: Y.Doc; denied: string[] }> {
  const { ws, status } = await rawSocket(`${host.wsBase}/${room}?token=${token}`);
  if (status !== null) throw new Error(`socket refused: ${status}`);
  const scratch = new Y.Doc();
  change(scratch);
  const up = encoding.createEncoder();
  encoding.writeVarUint(up, 0);
  syncProtocol.writeUpdate(up, Y.encodeStateAsUpdate(scratch));
  ws.send(encoding.toUint8Array(up));
  const ask = encoding.createEncoder();
  encoding.writeVarUint(ask, 0);
  syncProtocol.writeSyncStep1(ask, new Y.Doc());
  const seen = new Y.Doc();
  const denied: string[] = [];
  const answered = new Promise<void>((resolve) =>
    ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(d);
      // y-websocket's auth message: 0 = permission denied, then the reason.
      if (type === 2 && decoding.readVarUint(d) === 0) denied.push(decoding.readVarString(d));
      if (type !== 0 || decoding.readVarUint(d) !== 1) return;
      Y.applyUpdate(seen, decoding.readVarUint8Array(d));
      resolve();
    }),
  );
  ws.send(encoding.toUint8Array(ask));
  await answered;
  ws.close();
  return { seen, denied };
}
