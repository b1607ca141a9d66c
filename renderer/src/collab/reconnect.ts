/**
 * Reconnecting kindly. When the venue Wi-Fi blinks, every phone in the hall loses its socket in the
 * same second; y-websocket's own schedule (100 ms · 2ⁿ, no randomness) would bring them all back in
 * the same second too, and again at each doubling. Here each retry waits a random time between half
 * and all of an exponential step, so 150 phones spread over the step instead of arriving together;
 * and a phone that wakes (screen on, back online, restored page) reconnects at once.
 */

export const RECONNECT = {
  /** The first retry waits 0.5–1 s. */
  firstMs: 1_000,
  /** Steps stop doubling here: a retry waits at most this long (7.5–15 s). */
  maxMs: 15_000,
  /** Silence after which a socket that says it is open is taken for dead (y-websocket's own limit). */
  staleMs: 30_000,
} as const;

/** Delay before retry number `attempt` (0 = the first after a drop): "equal jitter" backoff. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(RECONNECT.maxMs, RECONNECT.firstMs * 2 ** Math.min(Math.max(0, attempt), 30));
  return Math.round(step / 2 + (random() * step) / 2);
}

/** The parts of y-websocket's WebsocketProvider this module drives. */
export type ReconnectingProvider = {
  shouldConnect: boolean;
  wsconnected: boolean;
  wsLastMessageReceived: number;
  maxBackoffTime: number;
  connect(): void;
  disconnect(): void;
  on(event: 'connection-close', fn: () => void): void;
  on(event: 'sync', fn: (synced: boolean) => void): void;
};

export type Timers = {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
};

const browserTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export type Reconnector = {
  /** The device is back (visible, online, restored): reconnect now instead of at the next retry. */
  wake(): void;
  /** Stops retrying (the room is closed). */
  stop(): void;
  /** Retries since the last successful sync (for tests and diagnostics). */
  attempts(): number;
};

/**
 * Takes the retry schedule over from y-websocket. Its own timer is set to fire at once
 * (`maxBackoffTime = 0`) and finds `shouldConnect` false, because right after each drop this turns
 * it off and keeps the retry for itself. A drop the library treats as final (a 44xx close from the
 * host: `shouldConnect` already false) or a deliberate `disconnect()` is left alone.
 */
export function jitterReconnects(provider: ReconnectingProvider, random: () => number = Math.random, timers: Timers = browserTimers): Reconnector {
  let attempts = 0;
  let timer: unknown = null;
  let stopped = false;
  /** Drops this module causes itself (replacing a stale socket), which need no retry. */
  let ownDrops = 0;
  provider.maxBackoffTime = 0;

  const connectNow = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    if (!stopped) provider.connect();
  };

  provider.on('sync', (synced) => {
    if (synced) attempts = 0;
  });
  provider.on('connection-close', () => {
    if (ownDrops > 0) {
      ownDrops -= 1;
      return;
    }
    // The library decides right after emitting this whether the close was final; look once it has.
    queueMicrotask(() => {
      if (stopped || !provider.shouldConnect) return;
      provider.shouldConnect = false;
      if (timer !== null) timers.clear(timer);
      timer = timers.set(connectNow, reconnectDelay(attempts, random));
      attempts += 1;
    });
  });

  return {
    wake() {
      if (stopped) return;
      // A device that is back starts the schedule afresh: if the host is not reachable yet either,
      // the next try comes in a second, not at the end of a step grown while it slept.
      if (timer !== null) {
        attempts = 0;
        return connectNow();
      }
      // After a sleep an "open" socket may be long dead (the host gave up on it): replace it now
      // rather than after y-websocket's silence check notices, a retry step later.
      if (provider.wsconnected && timers.now() - provider.wsLastMessageReceived > RECONNECT.staleMs) {
        ownDrops += 1;
        provider.disconnect(); // drops the socket synchronously, emitting connection-close
        provider.connect();
      }
    },
    stop() {
      stopped = true;
      if (timer !== null) timers.clear(timer);
      timer = null;
    },
    attempts: () => attempts,
  };
}
