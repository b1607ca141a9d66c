import { afterAll, describe, expect, it } from 'vitest';
import { nodeFs } from '../../electron/host/persistence/fs-adapter';
import type { FileLike, FsAdapter } from '../../electron/host/persistence/event-file';
import { addCard, readCards } from '@shared/doc/board';
import { readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventSummary, HealthResponse } from '@shared/protocol/api';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, startTestHost, synced } from './helpers/host';

/** A disk that fills up on demand. */
function flakyFs(): { fs: FsAdapter; full: { on: boolean } } {
  const full = { on: false };
  const wrap = (f: FileLike): FileLike => ({
    writeAt: (data, pos) => (full.on ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })) : f.writeAt(data, pos)),
    sync: () => f.sync(),
    truncate: (n) => f.truncate(n),
    close: () => f.close(),
  });
  return { full, fs: { ...nodeFs, open: async (p, flags) => wrap(await nodeFs.open(p, flags)) } };
}

const hosts: TestHost[] = [];
afterAll(async () => {
  for (const h of hosts) await h.stop().catch(() => {});
});

describe('write errors', () => {
  it('are reported in the API, the host keeps serving from memory, and nothing is lost once the disk recovers', async () => {
    const { fs, full } = flakyFs();
    const logs: string[] = [];
    const host = await startTestHost({ fs, log: (_l, m) => logs.push(m) });
    const { id } = await createEvent(host, 'Полный диск');
    const plan = connect(host, `${id}/plan`, host.facilitatorToken);
    await synced(plan.provider);
    const room = `${id}/board/${readPlan(plan.doc).boards[0]!.id}`;
    const writer = connect(host, room, host.facilitatorToken);
    await synced(writer.provider);

    full.on = true;
    addCard(writer.doc, { text: 'записано при полном диске', authorId: null, authorName: 'М' }, LOCAL_ORIGIN);
    await eventually(async () => {
      const health = (await api<HealthResponse>(host, 'GET', '/api/health')).body;
      expect(health.storage.ok).toBe(false);
      expect(health.storage.problems[0]!.message).toMatch(/ENOSPC|space/);
    });
    const summary = (await api<EventSummary>(host, 'GET', `/api/events/${id}`, { token: host.facilitatorToken })).body;
    expect(summary.storage.ok).toBe(false);
    expect(logs.some((l) => /ENOSPC|space/.test(l))).toBe(true);

    const reader = connect(host, room, host.facilitatorToken);
    await synced(reader.provider);
    expect(readCards(reader.doc).map((c) => c.text)).toContain('записано при полном диске');

    full.on = false;
    await eventually(async () => expect((await api<HealthResponse>(host, 'GET', '/api/health')).body.storage.ok).toBe(true), 15_000);
    for (const c of [plan, writer, reader]) c.provider.destroy();
    await host.close();

    const again = await startTestHost({ dataDir: host.dataDir });
    hosts.push(again);
    const check = connect(again, room, again.facilitatorToken);
    await synced(check.provider);
    expect(readCards(check.doc).map((c) => c.text)).toContain('записано при полном диске');
    check.provider.destroy();
  });
});
