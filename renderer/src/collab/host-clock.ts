import { useSyncExternalStore } from 'react';
import type { ClockOffset } from '@shared/clock';
import { measureOffset, toHostTime } from '@shared/clock';
import { api } from './api';

/**
 * The host's clock, shared by every timer on this page. Timers are stored in host time; each
 * screen adds its own offset, so a projector and a phone whose clocks differ by minutes still show
 * the same second. Re-measured every minute while anything shows a timer: laptop clocks drift and
 * NTP may step them mid-session.
 */
const REMEASURE_MS = 60_000;

let offset: ClockOffset | null = null;
let users = 0;
let timer: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

async function remeasure(): Promise<void> {
  const measured = await measureOffset({
    async fetchHostNow() {
      const r = await api.time();
      if (!r.ok) throw new Error(r.error.message);
      return r.value.now;
    },
    localNow: () => Date.now(),
  });
  // A failed measurement keeps the last good offset: a Wi-Fi hiccup must not make timers jump.
  if (measured) {
    offset = measured;
    listeners.forEach((fn) => fn());
  }
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  users += 1;
  if (users === 1) {
    void remeasure();
    timer = setInterval(() => void remeasure(), REMEASURE_MS);
  }
  return () => {
    listeners.delete(fn);
    users -= 1;
    if (users === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** Host time now, by the best offset known so far (local time until the first measurement). */
export const hostNow = (): number => toHostTime(Date.now(), offset);

/** The current offset; re-renders when a new measurement arrives. */
export function useClockOffset(): ClockOffset | null {
  return useSyncExternalStore(subscribe, () => offset);
}
