import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlan } from '@shared/doc/plan';
import type { HostProcess } from './support/host-process';
import { clientOn, createEventOn, startHostProcess } from './support/host-process';

/**
 * Several writers at full speed, each update ~1 KiB, so the log outgrows its snapshot every second
 * and compaction runs all the time; an observer records when each writer's sequence number reached
 * it. After `kill -9`, everything the observer had received 100 ms before the kill must be on disk.
 */
const ROUNDS = 3;
const WRITERS = 4;
const root = await mkdtemp(join(tmpdir(), 'veche-durable-'));
let host: HostProcess | null = null;
afterAll(async () => {
  await host?.kill9();
  await rm(root, { recursive: true, force: true });
});

async function boardRoom(h: HostProcess): Promise<string> {
  const ev = await createEventOn(h, 'Под нагрузкой');
  const plan = clientOn(h, `${ev.id}/plan`, h.facilitatorToken);
  await plan.ready;
  const room = `${ev.id}/board/${readPlan(plan.doc).boards[0]!.id}`;
  plan.destroy();
  return room;
}

/** Writes `w<i>.last = seq` with a fresh 1 KiB pad in the same transaction, as fast as the loop allows. */
async function writeUntilKilled(h: HostProcess, room: string, round: number) {
  const observer = clientOn(h, room, h.facilitatorToken);
  const writers = Array.from({ length: WRITERS }, () => clientOn(h, room, h.facilitatorToken));
  await Promise.all([observer.ready, ...writers.map((w) => w.ready)]);
  /** writer → [seq, time the observer saw it] in arrival order. */
  const seen = new Map<string, [number, number][]>();
  observer.doc.on('update', () => {
    const now = Date.now();
    for (let i = 0; i < WRITERS; i++) {
      const last = observer.doc.getMap<number>(`w${i}`).get('last');
      const list = seen.get(`w${i}`) ?? [];
      if (typeof last === 'number' && list.at(-1)?.[0] !== last) list.push([last, now]);
      seen.set(`w${i}`, list);
    }
  });
  const lifetime = 1200 + Math.random() * 800;
  const started = Date.now();
  let seq = round * 1_000_000;
  while (Date.now() - started < lifetime) {
    seq++;
    writers.forEach((w, i) =>
      w.doc.transact(() => {
        const m = w.doc.getMap<unknown>(`w${i}`);
        m.set(`pad${seq % 16}`, `${seq}`.padEnd(1024, '.'));
        m.set('last', seq);
      }),
    );
    await new Promise((r) => setTimeout(r, 2));
  }
  const killedAt = Date.now();
  await h.kill9();
  observer.destroy();
  writers.forEach((w) => w.destroy());
  const required = new Map<string, number>();
  for (const [w, list] of seen) {
    const acked = list.filter(([, at]) => at <= killedAt - 100).at(-1);
    if (acked) required.set(w, acked[0]);
  }
  return required;
}

describe('durability under load', () => {
  it(`keeps every update another client received 100 ms before a kill -9, with ${WRITERS} writers and compaction running, over ${ROUNDS} rounds`, async () => {
    const dataDir = join(root, 'data');
    host = await startHostProcess({ dataDir });
    const room = await boardRoom(host);
    for (let round = 0; round < ROUNDS; round++) {
      const required = await writeUntilKilled(host, room, round);
      expect(required.size, `round ${round}: the observer saw the writers`).toBe(WRITERS);
      host = await startHostProcess({ dataDir });
      const check = clientOn(host, room, host.facilitatorToken);
      await check.ready;
      for (const [w, seq] of required) {
        const last = check.doc.getMap<number>(w).get('last') ?? -1;
        expect(last, `round ${round}, ${w}`).toBeGreaterThanOrEqual(seq);
      }
      check.destroy();
    }
    expect(host.log()).toMatch(/Veche host is running/);
  }, 120_000);
});
