import { useEffect, useState } from 'react';
import { formatCountdown } from '@shared/clock';
import type { TimerState } from '@shared/doc/session';
import { timerRemaining } from '@shared/doc/session';
import { hostNow, useClockOffset } from '../../collab/host-clock';

export type Countdown = { remainingMs: number; text: string; hostNow: number; expired: boolean };

/**
 * Time left on the shared timer at this screen's estimate of host time. Re-renders just after each
 * whole-second boundary of the remaining time (not on a fixed interval), so every screen flips to
 * the next second at the same host instant.
 */
export function useCountdown(timer: TimerState): Countdown {
  useClockOffset();
  const [, setTick] = useState(0);
  const now = hostNow();
  const remainingMs = timerRemaining(timer, now);
  useEffect(() => {
    if (timer.state !== 'running' || remainingMs <= 0) return;
    const toNextSecond = remainingMs % 1000 || 1000;
    const id = setTimeout(() => setTick((n) => n + 1), toNextSecond + 5);
    return () => clearTimeout(id);
  });
  return { remainingMs, text: formatCountdown(remainingMs), hostNow: now, expired: timer.state !== 'idle' && remainingMs === 0 };
}
