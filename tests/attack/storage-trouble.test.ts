import { afterAll, describe, expect, it } from 'vitest';
import type { FileLike, FsAdapter } from '../../electron/host/persistence/event-file';
import { nodeFs } from '../../electron/host/persistence/fs-adapter';
import { addCard, readCards } from '@shared/doc/board';
import { readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { HealthResponse } from '@shared/protocol/api';
import { MESSAGE_NOTICE, readNotice } from '@shared/protocol/notice';
import type { TestHost } from '../integration/helpers/host';
import { api, connect, createEvent, eventually, join, startTestHost, synced } from '../integration/helpers/host';

/**
 * The disk is the one thing a black-box host process cannot be made to fail on cue, so this test
 * runs the host in-process with the injected file system of tests/integration/storage-errors.test.ts.
 */
function fillableFs(): { fs: FsAdapter; full: { on: boolean } } {
  const full = { on: false };
  const enospc = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
  const wrap = (f: FileLike): FileLike => ({
    writeAt: (data, pos) => (full.on ? enospc() : f.writeAt(data, pos)),
    sync: () => f.sync(),
    truncate: (n) => f.truncate(n),
    close: () => f.close(),
  });
  return { full, fs: { ...nodeFs, open: async (p, flags) => wrap(await nodeFs.open(p, flags)) } };
}

/** A stock provider that also records the host's notices, the way the renderer's collab layer does. */
function listening(host: TestHost, room: string, token: string) {
  const c = connect(host, room, token);
  const notices: string[] = [];
  c.provider.messageHandlers[MESSAGE_NOTICE] = (_enc, decoder) => {
    const n = readNotice(decoder);
    if (n) notices.push(n);
  };
  return { ...c, notices };
}

const hosts: TestHost[] = [];
afterAll(async () => {
  for (const h of hosts) await h.stop().catch(() => {});
});

describe('visible storage trouble', () => {
  it('participants are told at once, the unsaved backlog is bounded, and everything held is written when space returns', async () => {
    const { fs, full } = fillableFs();
    const backlog = 64 * 1024;
    const host = await startTestHost({ fs, writeLimits: { backlogBytes: backlog } });
    hosts.push(host);
    const { id, joinCode } = await createEvent(host, 'Полный диск');
    const plan = connect(host, `${id}/plan`, host.facilitatorToken);
    await synced(plan.provider);
    const room = `${id}/board/${readPlan(plan.doc).boards[0]!.id}`;
    const p = await join(host, joinCode, 'Участница');
    const writer = listening(host, room, p.token);
    await synced(writer.provider);

    full.on = true;
    addCard(writer.doc, { text: 'держится в памяти', authorId: p.personId, authorName: 'Участница' }, LOCAL_ORIGIN);
    await eventually(() => expect(writer.notices).toContain('storage-failing'), 10_000);
    const health = (await api<HealthResponse>(host, 'GET', '/api/health')).body;
    expect(health.storage.problems[0]!.message).toMatch(/ENOSPC/);

    // Past the bound, new writes are refused (and said so) instead of growing the host's memory.
    for (let i = 0; i < 12; i++) addCard(writer.doc, { text: `лишнее ${i} ${'ж'.repeat(8000)}`, authorId: p.personId, authorName: 'Участница' }, LOCAL_ORIGIN);
    await eventually(() => expect(writer.notices).toContain('storage-full'), 10_000);
    const event = (await api<{ events: { id: string }[] }>(host, 'GET', '/api/events', { token: host.facilitatorToken })).body;
    expect(event.events.some((e) => e.id === id)).toBe(true);

    // A newcomer is told on connect.
    const late = listening(host, room, host.facilitatorToken);
    await synced(late.provider);
    await eventually(() => expect(late.notices).toContain('storage-failing'));
    const held = readCards(late.doc).map((c) => c.text);
    expect(held).toContain('держится в памяти');

    full.on = false;
    await eventually(() => expect(writer.notices).toContain('storage-ok'), 15_000);
    await eventually(async () => expect((await api<HealthResponse>(host, 'GET', '/api/health')).body.storage.ok).toBe(true), 15_000);
    for (const c of [plan, writer, late]) c.provider.destroy();
    await host.close();

    const again = await startTestHost({ dataDir: host.dataDir });
    hosts.push(again);
    const check = connect(again, room, again.facilitatorToken);
    await synced(check.provider);
    // Everything the host accepted while the disk was full is on disk now; what it refused is not.
    expect(
      readCards(check.doc)
        .map((c) => c.text)
        .sort(),
    ).toEqual([...held].sort());
    check.provider.destroy();
  });
});
