import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { ErrorSource } from '../../../electron/main/process-guard';
import { guardProcess } from '../../../electron/main/process-guard';

describe('the main process guard', () => {
  it('logs an uncaught error once, however often it repeats, and does not end the process', () => {
    const source = new EventEmitter();
    const lines: string[] = [];
    guardProcess((m) => lines.push(m), source as unknown as ErrorSource);
    const err = new Error('request blew up');
    for (let i = 0; i < 100; i++) source.emit('uncaughtException', err);
    source.emit('unhandledRejection', 'a rejected promise');
    const mentions = lines.filter((l) => l.includes('request blew up'));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatch(/keeps running/);
    expect(lines.some((l) => l.includes('a rejected promise'))).toBe(true);
    // Repeats are counted in a handful of lines (1, 2, 4, … 64), not one per error.
    expect(lines.length).toBeLessThan(12);
  });
});
