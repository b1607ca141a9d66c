import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SCHEMA_FINGERPRINT } from '@shared/doc/schema';
import { CLOSE_RELOAD } from '@shared/protocol/close-codes';
import type { HostProcess } from '../attack/support/host-process';
import { createEventOn, startHostProcess } from '../attack/support/host-process';

/** Opens a sync socket and reports how it ended within `ms` (still open = null). */
function outcome(url: string, ms = 3000, headers: Record<string, string> = {}): Promise<{ code: number; reason: string } | null> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    const timer = setTimeout(() => {
      ws.terminate();
      resolve(null);
    }, ms);
    ws.on('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: reason.toString() });
    });
    ws.on('error', () => undefined);
  });
}

describe('schema handshake', () => {
  let host: HostProcess;
  beforeAll(async () => {
    host = await startHostProcess();
  });
  afterAll(async () => host?.stop());

  it('a page of another schema version is told to reload; the current one and raw clients are let in', async () => {
    const { id } = await createEventOn(host);
    const url = (schema?: string) => `${host.wsBase}/${id}/plan?token=${host.facilitatorToken}${schema ? `&schema=${encodeURIComponent(schema)}` : ''}`;
    expect(await outcome(url('plan1.board0.person1.results1'))).toEqual({ code: CLOSE_RELOAD, reason: 'schema mismatch: reload the page' });
    expect(await outcome(url(SCHEMA_FINGERPRINT), 1000)).toBeNull();
    expect(await outcome(url(), 1000)).toBeNull();
  });

  it('a page built before the handshake (a browser Origin, no fingerprint) is told to reload; with the fingerprint it is let in', async () => {
    const { id } = await createEventOn(host);
    const page = { Origin: new URL(host.base).origin };
    const url = `${host.wsBase}/${id}/plan?token=${host.facilitatorToken}`;
    expect(await outcome(url, 3000, page)).toEqual({ code: CLOSE_RELOAD, reason: 'schema mismatch: reload the page' });
    expect(await outcome(`${url}&schema=${encodeURIComponent(SCHEMA_FINGERPRINT)}`, 1000, page)).toBeNull();
  });
});
