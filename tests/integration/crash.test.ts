// Part A: the event file alone under kill -9. (Part B, the whole host under `npm run serve`, is separate.)
import { spawn } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { openEventFile } from '../../electron/host/persistence/event-file';
import { applyRecords, scanRecords } from '../../electron/host/persistence/log-reader';
import { HEADER } from '../../electron/host/persistence/record-codec';
import { makeTempDir, removeDir, seededRandom } from '../unit/persistence/helpers';

const FIXTURE = fileURLToPath(new URL('../fixtures/crash-writer.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The promise under test: what the host received this long before a crash is on disk. */
const DURABLE_AFTER_MS = 100;

type Appended = { seq: number; room: string; at: number };

let dir = '';
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => removeDir(dir));

/** Runs the writer, kills it with SIGKILL `runMs` after it is ready; returns what it reported. */
async function runAndKill(path: string, runMs: number): Promise<{ appended: Appended[]; killedAt: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const appended: Appended[] = [];
  let buffered = '';
  let killedAt = 0;
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.on('exit', () => reject(new Error('writer exited before it was ready')));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (buffered + chunk).split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') resolve();
        const [seq, room, at] = line.split(' ');
        if (at) appended.push({ seq: Number(seq), room: room!, at: Number(at) });
      }
    });
  });
  await ready;
  await new Promise((resolve) => setTimeout(resolve, runMs));
  killedAt = Date.now();
  child.kill('SIGKILL');
  await exited;
  return { appended, killedAt };
}

const seqsIn = (docs: Map<string, Y.Doc>, room: string) => new Set([...(docs.get(room)?.getMap('seq').keys() ?? [])].map(Number));

/** Each room's updates come from one client in order, so what survives is a prefix per room. */
function expectPrefixPerRoom(docs: Map<string, Y.Doc>, appended: Appended[]): void {
  for (const room of new Set(appended.map((a) => a.room))) {
    const present = seqsIn(docs, room);
    const ofRoom = appended.filter((a) => a.room === room).map((a) => a.seq);
    const firstMissing = ofRoom.findIndex((seq) => !present.has(seq));
    if (firstMissing >= 0) expect(ofRoom.slice(firstMissing).filter((seq) => present.has(seq))).toEqual([]);
  }
}

/** The repaired file takes new appends and keeps them. */
async function expectWritable(path: string): Promise<void> {
  const opened = await openEventFile(path);
  const plan = opened.docs.get('plan');
  expect(plan).toBeDefined();
  plan!.on('update', (u: Uint8Array) => opened.file.append('plan', u));
  plan!.getMap('seq').set('after-crash', 'written');
  await opened.file.close();
  const again = await openEventFile(path);
  expect(again.docs.get('plan')?.getMap('seq').get('after-crash')).toBe('written');
  await again.file.close();
}

describe('kill -9 while appending', () => {
  it('reopens with every update appended at least 100 ms before the kill', { timeout: 180_000 }, async () => {
    const rnd = seededRandom(Date.now());
    for (let round = 0; round < 15; round++) {
      const path = nodePath.join(dir, `kill-${round}.veche`);
      const { appended, killedAt } = await runAndKill(path, 50 + Math.floor(rnd() * 700));
      const { docs, problems, file } = await openEventFile(path);
      await file.close();
      const due = appended.filter((a) => a.at <= killedAt - DURABLE_AFTER_MS);
      const lost = due.filter((a) => !seqsIn(docs, a.room).has(a.seq));
      expect({ round, lost: lost.map((a) => a.seq), problems }).toEqual({ round, lost: [], problems: [] });
      expectPrefixPerRoom(docs, appended);
      if (docs.has('plan')) await expectWritable(path);
    }
  });

  it('after the kill, a tail cut at a random offset loads its valid prefix and stays writable', { timeout: 180_000 }, async () => {
    const rnd = seededRandom(Date.now() + 1);
    for (let round = 0; round < 8; round++) {
      const path = nodePath.join(dir, `cut-${round}.veche`);
      const { appended } = await runAndKill(path, 100 + Math.floor(rnd() * 500));
      const whole = new Uint8Array(await fsp.readFile(path));
      const cut = HEADER.length + Math.floor(rnd() * (whole.length - HEADER.length + 1));
      await fsp.truncate(path, cut);
      const records = scanRecords(whole).records;
      const expected = applyRecords(
        records.filter((r) => r.offset + r.size <= cut),
        [],
      );
      const { docs, problems, file } = await openEventFile(path);
      await file.close();
      for (const room of expected.keys()) expect(seqsIn(docs, room)).toEqual(seqsIn(expected, room));
      expect(problems.length > 0).toBe(!records.some((r) => r.offset + r.size === cut) && cut > HEADER.length);
      expectPrefixPerRoom(docs, appended);
      if (docs.has('plan')) await expectWritable(path);
    }
  });
});
