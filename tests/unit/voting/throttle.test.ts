import { afterEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../../../electron/host/session/voting-progress';

afterEach(() => vi.useRealTimers());

describe('progress throttle', () => {
  it('runs once for a burst, at most once per interval, and always runs after the last change', () => {
    vi.useFakeTimers();
    let runs = 0;
    const t = throttle(() => (runs += 1), 250);
    for (let i = 0; i < 100; i++) t.schedule();
    vi.advanceTimersByTime(0);
    expect(runs).toBe(1);
    for (let i = 0; i < 100; i++) t.schedule();
    vi.advanceTimersByTime(249);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(2);
    t.schedule();
    t.cancel();
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(2);
  });
});
