import { describe, expect, it } from 'vitest';
import { cpuPercent, figure, formatTable, fpsOf, parseStatTicks, parseStatusKb, percentile, summarize } from '../../../bench/lib/stats';

describe('bench stats', () => {
  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarizes unsorted samples without touching them', () => {
    const xs = [5, 1, 4, 2, 3];
    const s = summarize(xs);
    expect(s).toMatchObject({ count: 5, p50: 3, max: 5, mean: 3 });
    expect(xs).toEqual([5, 1, 4, 2, 3]);
  });

  it('reads VmHWM from /proc/<pid>/status in bytes', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t  245760 kB\nVmRSS:\t  200000 kB\n';
    expect(parseStatusKb(status, 'VmHWM')).toBe(245760 * 1024);
    expect(parseStatusKb(status, 'VmSwap')).toBeNull();
  });

  it('reads utime + stime from /proc/<pid>/stat even with spaces and ) in the name', () => {
    // fields: pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const stat = '1234 (node (a) b) S 1 1234 1234 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 11 0 100 0 0';
    expect(parseStatTicks(stat)).toBe(300);
    expect(() => parseStatTicks('garbage')).toThrow();
  });

  it('turns ticks into % of one core and frames into fps', () => {
    expect(cpuPercent(100, 150, 1000)).toBe(50);
    expect(cpuPercent(0, 300, 2000)).toBe(150);
    expect(fpsOf([0, 20, 40, 60])).toBe(50);
    expect(fpsOf([5])).toBe(0);
  });

  it('marks a figure met against ≤ and ≥ targets, and a NaN as missed', () => {
    expect(figure({ figure: 1, name: 'a', value: 25, unit: 'ms', target: 25, op: '<=' }).met).toBe(true);
    expect(figure({ figure: 1, name: 'a', value: 25.1, unit: 'ms', target: 25, op: '<=' }).met).toBe(false);
    expect(figure({ figure: 5, name: 'f', value: 49.9, unit: 'fps', target: 50, op: '>=' }).met).toBe(false);
    expect(figure({ figure: 5, name: 'f', value: Number.NaN, unit: 'fps', target: 50, op: '>=' }).met).toBe(false);
    const table = formatTable([figure({ figure: 2, name: 'rss', value: 214.7, unit: 'MB', target: 300, op: '<=', reference: 1 })]);
    expect(table).toContain('≤ 300 MB');
    expect(table).toContain('yes');
  });
});
