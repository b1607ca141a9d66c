import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClockSource, TimeSample } from '@shared/clock';
import { estimateOffset, formatCountdown, measureOffset, sampleOffset, secondsLeft, toHostTime } from '@shared/clock';

/**
 * A simulated network: true time advances only through request latencies. The host's clock is
 * true time; the client's is true time plus `skew`. Each request takes `up` ms to reach the host
 * and `down` ms to come back.
 */
function fakeNetwork(skew: number, trips: { up: number; down: number }[]): ClockSource {
  let now = 1_800_000_000_000;
  let i = 0;
  return {
    localNow: () => now + skew,
    fetchHostNow: async () => {
      const trip = trips[i++ % trips.length]!;
      now += trip.up;
      const host = now;
      now += trip.down;
      return host;
    },
  };
}

describe('clock offset', () => {
  it('a symmetric round trip gives the exact offset', () => {
    expect(sampleOffset({ sentAt: 1000, hostNow: 5050, receivedAt: 1100 })).toEqual({ offsetMs: 4000, rttMs: 100 });
  });

  it('keeps the sample with the smallest round trip', () => {
    const samples: TimeSample[] = [
      { sentAt: 0, hostNow: 10_900, receivedAt: 1000 }, // slow, lopsided
      { sentAt: 2000, hostNow: 12_010, receivedAt: 2020 }, // fast
      { sentAt: 3000, hostNow: 13_200, receivedAt: 3300 },
    ];
    expect(estimateOffset(samples)).toEqual({ offsetMs: 10_000, rttMs: 20 });
  });

  it('ignores samples where the local clock went backwards, and gives null with nothing usable', () => {
    expect(estimateOffset([{ sentAt: 500, hostNow: 0, receivedAt: 100 }])).toBeNull();
    expect(estimateOffset([])).toBeNull();
  });

  it('a client three minutes fast and one four minutes slow both land on the host clock', async () => {
    const trips = [
      { up: 120, down: 15 },
      { up: 8, down: 9 },
      { up: 40, down: 300 },
    ];
    for (const skew of [180_000, -240_000]) {
      const source = fakeNetwork(skew, trips);
      const offset = await measureOffset(source, 3);
      expect(offset).not.toBeNull();
      expect(Math.abs(offset!.offsetMs + skew)).toBeLessThanOrEqual(offset!.rttMs / 2);
    }
  });

  it('the error is never more than half the best round trip (any skew, any latencies)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -86_400_000, max: 86_400_000 }),
        fc.array(fc.record({ up: fc.nat(2000), down: fc.nat(2000) }), { minLength: 1, maxLength: 8 }),
        async (skew, trips) => {
          const offset = await measureOffset(fakeNetwork(skew, trips), trips.length);
          const best = Math.min(...trips.map((t) => t.up + t.down));
          expect(offset!.rttMs).toBe(best);
          expect(Math.abs(offset!.offsetMs + skew)).toBeLessThanOrEqual(best / 2);
        },
      ),
    );
  });

  it('failed requests are skipped, not fatal', async () => {
    let n = 0;
    const source: ClockSource = {
      localNow: () => 1000,
      fetchHostNow: async () => {
        if (n++ % 2 === 0) throw new Error('wifi');
        return 6000;
      },
    };
    expect(await measureOffset(source, 4)).toEqual({ offsetMs: 5000, rttMs: 0 });
    expect(toHostTime(1000, null)).toBe(1000);
  });
});

describe('countdown text', () => {
  it('rounds up to whole seconds, so 00:00 means time is really up', () => {
    expect(secondsLeft(0)).toBe(0);
    expect(secondsLeft(1)).toBe(1);
    expect(secondsLeft(-5)).toBe(0);
    expect(formatCountdown(59_001)).toBe('01:00');
    expect(formatCountdown(5 * 60_000)).toBe('05:00');
    expect(formatCountdown(3_600_000 + 61_000)).toBe('1:01:01');
  });
});
