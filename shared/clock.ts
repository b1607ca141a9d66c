/**
 * Host time on every screen. Timers are stored in the host's epoch milliseconds, and each client
 * estimates how far its own clock is from the host's (NTP-style, from `GET /api/time`), so a
 * countdown reads the same second on the projector, the console and every phone even when the
 * devices' clocks disagree by minutes.
 */

/** One round trip: the client's clock when the request left and when the answer came back, and the host's clock in between. */
export type TimeSample = { sentAt: number; hostNow: number; receivedAt: number };

/** hostNow ≈ localNow + offsetMs; rttMs bounds the error (at most rttMs / 2). */
export type ClockOffset = { offsetMs: number; rttMs: number };

/** The offset one sample implies, assuming the host read its clock halfway through the round trip. */
export function sampleOffset(s: TimeSample): ClockOffset {
  return { offsetMs: s.hostNow - (s.sentAt + s.receivedAt) / 2, rttMs: s.receivedAt - s.sentAt };
}

/**
 * The best estimate from several samples: the one with the smallest round trip, because its
 * midpoint assumption has the least room to be wrong (a slow Wi-Fi retry only widens the round trip).
 * Samples with a negative round trip (the local clock jumped back mid-request) are discarded.
 */
export function estimateOffset(samples: readonly TimeSample[]): ClockOffset | null {
  let best: ClockOffset | null = null;
  for (const s of samples) {
    if (!Number.isFinite(s.sentAt) || !Number.isFinite(s.hostNow) || !Number.isFinite(s.receivedAt)) continue;
    const o = sampleOffset(s);
    if (o.rttMs < 0) continue;
    if (best === null || o.rttMs < best.rttMs) best = o;
  }
  return best;
}

export const toHostTime = (localNow: number, offset: ClockOffset | null): number => localNow + (offset?.offsetMs ?? 0);

export type ClockSource = {
  /** Asks the host for its time (`GET /api/time` → `now`). */
  fetchHostNow(): Promise<number>;
  /** The local clock (Date.now in apps, a fake in tests). */
  localNow(): number;
};

/** Takes `count` samples one after another and keeps the best; failed requests are skipped. */
export async function measureOffset(source: ClockSource, count = 5): Promise<ClockOffset | null> {
  const samples: TimeSample[] = [];
  for (let i = 0; i < count; i++) {
    const sentAt = source.localNow();
    try {
      const hostNow = await source.fetchHostNow();
      samples.push({ sentAt, hostNow, receivedAt: source.localNow() });
    } catch {
      // A lost request is a missing sample, not an error: the others still make an estimate.
    }
  }
  return estimateOffset(samples);
}

/**
 * Whole seconds left, rounded up: every screen flips to the next second at the same host instant,
 * and "00:00" appears only when the time is really up.
 */
export const secondsLeft = (remainingMs: number): number => Math.max(0, Math.ceil(remainingMs / 1000));

/** "mm:ss", or "h:mm:ss" from an hour up. */
export function formatCountdown(remainingMs: number): string {
  const total = secondsLeft(remainingMs);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
