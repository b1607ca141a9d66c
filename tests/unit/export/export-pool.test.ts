import { afterAll, describe, expect, it } from 'vitest';
import type { HostedEvent } from '../../../electron/host/events/hosted-event';
import { DocsEvent } from '../../../electron/host/export/worker/docs-event';
import { ExportPool } from '../../../electron/host/export/worker/pool';
import { AppError } from '@shared/errors';
import { hostileEvent } from './fixtures';

/** The export pool: builds in worker threads, and a cancel or a timeout ends the worker. */
const event = (): HostedEvent => {
  const { docs } = hostileEvent();
  const e = new DocsEvent([]);
  for (const [rel, doc] of docs) e.docs.set(rel, doc);
  return e.asHostedEvent();
};

const pools: ExportPool[] = [];
const pool = (limits: Partial<ConstructorParameters<typeof ExportPool>[0]> = {}) => {
  const p = new ExportPool({ workers: 1, timeoutMs: 120_000, heapMb: 512, idleMs: 60_000, ...limits });
  pools.push(p);
  return p;
};
afterAll(() => Promise.all(pools.map((p) => p.close())));

describe('ExportPool', () => {
  it('builds an export in a worker and returns its bytes, type and title', async () => {
    const p = pool();
    const f = await p.run(event(), { what: 'event', ext: 'json' }, 'ru');
    expect(f.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(new TextDecoder().decode(f.bytes))).toMatchObject({ schema: 'veche.event/1' });
    const pdf = await p.run(event(), { what: 'report', ext: 'pdf' }, 'en');
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 4))).toBe('%PDF');
    expect(p.size).toBe(1);
  }, 120_000);

  it('passes a builder error back with its code', async () => {
    const err = await pool()
      .run(event(), { what: 'tree', boardId: 'nope', ext: 'svg' }, 'ru')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('not_found');
  }, 120_000);

  it('a cancelled export rejects with the reason and leaves no worker running', async () => {
    const p = pool();
    const abort = new AbortController();
    const run = p.run(event(), { what: 'report', ext: 'pdf' }, 'ru', { signal: abort.signal });
    setTimeout(() => abort.abort(new Error('client went away')), 50);
    await expect(run).rejects.toThrow('client went away');
    expect(p.size).toBe(0);
    // The pool still works afterwards.
    expect((await p.run(event(), { what: 'event', ext: 'json' }, 'ru')).ext).toBe('json');
  }, 120_000);

  it('an export over its time limit is stopped and its worker ended', async () => {
    const p = pool({ timeoutMs: 1 });
    await expect(p.run(event(), { what: 'report', ext: 'docx' }, 'ru')).rejects.toThrow(/longer than/);
    expect(p.size).toBe(0);
  }, 120_000);
});
