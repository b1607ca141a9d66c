import { describe, expect, it } from 'vitest';
import { SERVICE_TYPE, advertise } from '../../../electron/host/discovery';

// Live mDNS sends multicast out of the machine's LAN interface, which tests must not do; the
// wiring is checked against a recording stand-in instead.
describe('mDNS discovery', () => {
  it('publishes _veche._tcp on the host port with the version, and withdraws it on stop', () => {
    const calls: string[] = [];
    let published: { type: string; port: number; txt?: Record<string, string> } | null = null;
    const stop = advertise(
      4321,
      () => {},
      () =>
        ({
          publish: (opts: { type: string; port: number; txt?: Record<string, string> }) => {
            published = opts;
            return { on: () => {} } as never;
          },
          unpublishAll: () => void calls.push('unpublish'),
          destroy: () => void calls.push('destroy'),
        }) as never,
    );
    expect(published).toMatchObject({ type: SERVICE_TYPE, port: 4321, txt: { version: expect.any(String) } });
    stop();
    expect(calls).toEqual(['unpublish', 'destroy']);
  });

  it('keeps the host running when multicast is unavailable', () => {
    const logs: string[] = [];
    const stop = advertise(
      4321,
      (_l, m) => logs.push(m),
      () => {
        throw new Error('EADDRINUSE 5353');
      },
    );
    expect(logs[0]).toMatch(/mDNS unavailable/);
    stop();
  });
});
