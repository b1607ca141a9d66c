import { describe, expect, it } from 'vitest';
import type { ReconnectingProvider, Timers } from '../../../renderer/src/collab/reconnect';
import { jitterReconnects, RECONNECT, reconnectDelay } from '../../../renderer/src/collab/reconnect';

/** A seeded generator (mulberry32), so the spread below is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the retry schedule', () => {
  it('waits between half and all of a step that doubles from 1 s up to 15 s', () => {
    const steps = [1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000];
    steps.forEach((step, attempt) => {
      expect(reconnectDelay(attempt, () => 0)).toBe(step / 2);
      expect(reconnectDelay(attempt, () => 1)).toBe(step);
    });
    expect(reconnectDelay(1_000, () => 1)).toBe(RECONNECT.maxMs);
    expect(reconnectDelay(-3, () => 0)).toBe(500);
  });

  it('spreads 150 phones that lost the Wi-Fi together over the whole step, instead of one instant', () => {
    const random = seeded(18);
    for (const attempt of [0, 1, 2, 3]) {
      const delays = Array.from({ length: 150 }, () => reconnectDelay(attempt, random));
      const step = Math.min(RECONNECT.maxMs, RECONNECT.firstMs * 2 ** attempt);
      // Ten equal slices of the window [step/2, step]: each gets some phones, none gets a crowd.
      const slices = Array.from({ length: 10 }, () => 0);
      for (const d of delays) slices[Math.min(9, Math.floor(((d - step / 2) / (step / 2)) * 10))]! += 1;
      expect(Math.min(...slices), `attempt ${attempt}: ${slices.join(',')}`).toBeGreaterThan(0);
      expect(Math.max(...slices), `attempt ${attempt}: ${slices.join(',')}`).toBeLessThanOrEqual(30);
    }
  });
});

/** Stands in for y-websocket's provider: the flags and events the retry logic reads. */
function fakeProvider() {
  const handlers = { 'connection-close': [] as (() => void)[], sync: [] as ((s: boolean) => void)[] };
  const p = {
    shouldConnect: true,
    wsconnected: true,
    wsLastMessageReceived: 0,
    maxBackoffTime: 2500,
    connects: 0,
    disconnects: 0,
    connect() {
      p.connects += 1;
      p.shouldConnect = true;
    },
    disconnect() {
      p.disconnects += 1;
      p.shouldConnect = false;
      p.drop();
    },
    on(event: 'connection-close' | 'sync', fn: never) {
      (handlers[event] as unknown[]).push(fn);
    },
    /** What the library does on a close: emit, then maybe decide the close was final. */
    drop(final = false) {
      p.wsconnected = false;
      handlers['connection-close'].forEach((fn) => fn());
      if (final) p.shouldConnect = false;
    },
    sync() {
      p.wsconnected = true;
      handlers.sync.forEach((fn) => fn(true));
    },
  };
  return p;
}

function fakeTimers(now = 0) {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  const timers: Timers & { pending: typeof pending; fire(): void; clock: number } = {
    pending,
    clock: now,
    set(fn, ms) {
      pending.set(next, { fn, ms });
      return next++;
    },
    clear(h) {
      pending.delete(h as number);
    },
    now: () => timers.clock,
    fire() {
      const all = [...pending.values()];
      pending.clear();
      all.forEach((t) => t.fn());
    },
  };
  return timers;
}

const settle = () => new Promise<void>((r) => queueMicrotask(r));

describe('taking the retries over from y-websocket', () => {
  it("silences the library's own timer and retries after a jittered, growing delay", async () => {
    const p = fakeProvider();
    const t = fakeTimers();
    jitterReconnects(p as ReconnectingProvider, () => 0.5, t);
    expect(p.maxBackoffTime).toBe(0);

    p.drop();
    await settle();
    expect(p.shouldConnect).toBe(false); // the library's immediate retry finds nothing to do
    expect([...t.pending.values()].map((x) => x.ms)).toEqual([reconnectDelay(0, () => 0.5)]);
    t.fire();
    expect(p.connects).toBe(1);

    p.drop(); // the host is still away
    await settle();
    expect([...t.pending.values()].map((x) => x.ms)).toEqual([reconnectDelay(1, () => 0.5)]);
    t.fire();
    p.sync(); // back, and synced: the next drop starts from the first step again
    p.drop();
    await settle();
    expect([...t.pending.values()].map((x) => x.ms)).toEqual([reconnectDelay(0, () => 0.5)]);
  });

  it('does not retry a close the library took as final, nor after the room is closed', async () => {
    const p = fakeProvider();
    const t = fakeTimers();
    const r = jitterReconnects(p as ReconnectingProvider, () => 0.5, t);
    p.drop(true);
    await settle();
    expect(t.pending.size).toBe(0);

    p.shouldConnect = true;
    p.drop();
    r.stop();
    await settle();
    expect(t.pending.size).toBe(0);
    r.wake();
    expect(p.connects).toBe(0);
  });

  it('reconnects at once when the phone wakes, instead of waiting for the retry', async () => {
    const p = fakeProvider();
    const t = fakeTimers();
    const r = jitterReconnects(p as ReconnectingProvider, () => 1, t);
    for (let i = 0; i < 5; i++) {
      p.drop(); // asleep: retries fail and the step grows
      await settle();
      t.fire();
    }
    p.drop();
    await settle();
    expect([...t.pending.values()].map((x) => x.ms)).toEqual([RECONNECT.maxMs]);
    r.wake();
    expect(p.connects).toBe(6);
    expect(t.pending.size).toBe(0);
    p.drop(); // the host is not back yet either: the next try comes soon, not 15 s later
    await settle();
    expect([...t.pending.values()].map((x) => x.ms)).toEqual([reconnectDelay(0, () => 1)]);
  });

  it('replaces a socket left silent by a long sleep, without scheduling a retry of its own drop', async () => {
    const p = fakeProvider();
    const t = fakeTimers(100_000);
    const r = jitterReconnects(p as ReconnectingProvider, () => 1, t);
    p.wsLastMessageReceived = 100_000 - RECONNECT.staleMs + 1_000;
    r.wake(); // recent traffic: the socket is left alone
    expect(p.disconnects).toBe(0);
    p.wsLastMessageReceived = 100_000 - RECONNECT.staleMs - 1_000;
    r.wake();
    await settle();
    expect(p.disconnects).toBe(1);
    expect(p.connects).toBe(1);
    expect(t.pending.size).toBe(0);
    // A later real drop is still retried.
    p.drop();
    await settle();
    expect(t.pending.size).toBe(1);
  });
});
