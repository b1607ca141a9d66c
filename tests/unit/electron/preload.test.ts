import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { VecheBridge } from '@shared/ipc';
import { EVENT_CHANNELS } from '@shared/ipc';

// The real `electron` module cannot load here (no binary); the preload only needs these two.
const exposed: Record<string, unknown> = {};
const handlers = new Map<string, (event: unknown, ...payload: unknown[]) => void>();
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: undefined }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, on: (channel: string, fn: (e: unknown, ...p: unknown[]) => void) => handlers.set(channel, fn) },
}));

const emit = (channel: string, ...payload: unknown[]) => handlers.get(channel)?.({ sender: 'secret' }, ...payload);

describe('preload bridge', () => {
  let veche: VecheBridge;
  beforeEach(async () => {
    vi.resetModules();
    handlers.clear();
    await import('../../../electron/preload/index');
    veche = exposed.veche as VecheBridge;
  });

  it('exposes only invoke and on', () => {
    expect(Object.keys(veche).sort()).toEqual(['invoke', 'on']);
    expect([...handlers.keys()].sort()).toEqual([...EVENT_CHANNELS].sort());
  });

  it('invokes contract channels and refuses others', async () => {
    await veche.invoke('projector:open', { eventId: 'e' as never });
    expect(invoke).toHaveBeenCalledWith('projector:open', { eventId: 'e' });
    await expect((veche.invoke as (c: string) => Promise<unknown>)('fs:read')).rejects.toThrow('unknown IPC channel');
  });

  it('listeners get payloads without the IPC event, and can unsubscribe', () => {
    const got: unknown[] = [];
    const off = veche.on('language:changed', (language) => got.push(language));
    emit('language:changed', 'en');
    off();
    emit('language:changed', 'ru');
    expect(got).toEqual(['en']);
  });

  it('an event sent before anyone listened reaches the first listener', async () => {
    emit('event:opened', { id: 'ev1', joinCode: 'ABCD' });
    const got: unknown[] = [];
    veche.on('event:opened', (e) => got.push(e));
    await Promise.resolve();
    expect(got).toEqual([{ id: 'ev1', joinCode: 'ABCD' }]);
  });
});
