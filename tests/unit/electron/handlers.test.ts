import { describe, expect, it, vi } from 'vitest';
import type { ShellDeps } from '../../../electron/main/handlers';
import { createHandlers, dispatch } from '../../../electron/main/handlers';
import { MENU_STRINGS } from '../../../electron/main/menu-strings';
import { AppError, fail, ok } from '@shared/errors';
import type { EventId } from '@shared/ids';

const HOST = 'http://127.0.0.1:4321';
type Ctx = { window: string };
const ctx: Ctx = { window: 'console' };

function deps(overrides: Partial<ShellDeps<Ctx>> = {}): ShellDeps<Ctx> {
  return {
    host: { localUrl: HOST, lanUrls: ['http://192.168.1.10:4321'], exportEventFile: async () => new Uint8Array([1, 2, 3]) },
    dataDir: '/data',
    version: '0.1.0',
    platform: 'linux',
    language: () => 'ru',
    strings: () => MENU_STRINGS.ru,
    setLanguage: vi.fn(async () => {}),
    openEventFile: vi.fn(async () => ok({ id: 'ev1' as EventId, joinCode: 'ABCD' })),
    openProjector: vi.fn(async () => {}),
    closeProjector: vi.fn(),
    openExternal: vi.fn(async () => {}),
    chooseOpenPath: vi.fn(async () => '/home/a/x.veche'),
    chooseSavePath: vi.fn(async () => '/home/a/out.veche'),
    writeFile: vi.fn(async () => {}),
    ...overrides,
  };
}

const call = (d: ShellDeps<Ctx>, channel: Parameters<typeof dispatch>[1], args: unknown[], senderUrl = `${HOST}/`) =>
  dispatch(createHandlers(d), channel, { ctx, senderUrl, hostOrigin: HOST, args });

describe('IPC handlers', () => {
  it('a sender outside the host origin is refused before any handler runs', async () => {
    const d = deps();
    const result = await call(d, 'projector:open', [{ eventId: 'ev1' }], 'https://evil.example/');
    expect(result).toEqual(fail('forbidden', "projector:open: sender is not the host's page"));
    expect(d.openProjector).not.toHaveBeenCalled();
  });

  it('malformed arguments are a bad_request, not a crash', async () => {
    const d = deps();
    expect((await call(d, 'projector:open', [{ eventId: '../x' }])).ok).toBe(false);
    expect((await call(d, 'projector:open', [])).ok).toBe(false);
    expect((await call(d, 'app:set-language', ['de'])).ok).toBe(false);
    expect((await call(d, 'app:info', ['extra'])).ok).toBe(false);
    const bad = await call(d, 'export:save', [{ suggestedName: 'x', format: 'exe', bytes: new Uint8Array() }]);
    expect(bad.ok || bad.error.code).toBe('bad_request');
    expect(d.openProjector).not.toHaveBeenCalled();
  });

  it('opens the projector for an event', async () => {
    const d = deps();
    expect(await call(d, 'projector:open', [{ eventId: 'ev1' }])).toEqual(ok(undefined));
    expect(d.openProjector).toHaveBeenCalledWith('ev1');
  });

  it('open-file imports the chosen file; a closed dialog is "cancelled", not an error', async () => {
    expect(await call(deps(), 'event:open-file', [])).toEqual(ok({ kind: 'opened', id: 'ev1', joinCode: 'ABCD' }));
    const cancelled = deps({ chooseOpenPath: async () => null });
    expect(await call(cancelled, 'event:open-file', [])).toEqual(ok({ kind: 'cancelled' }));
    const corrupt = deps({ openEventFile: async () => fail('bad_request', 'not a Veche event file') });
    expect(await call(corrupt, 'event:open-file', [])).toEqual(fail('bad_request', 'not a Veche event file'));
  });

  it('save-as writes the exported event where the user chose', async () => {
    const d = deps();
    const result = await call(d, 'event:save-as', [{ eventId: 'ev1', suggestedName: 'Каргополь: сессия' }]);
    expect(result).toEqual(ok({ kind: 'saved', path: '/home/a/out.veche' }));
    expect(d.chooseSavePath).toHaveBeenCalledWith(ctx, expect.objectContaining({ defaultName: 'Каргополь сессия.veche' }));
    expect(d.writeFile).toHaveBeenCalledWith('/home/a/out.veche', new Uint8Array([1, 2, 3]));
  });

  it('a failed write or export is reported with its reason', async () => {
    const diskFull = Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' });
    const d = deps({ writeFile: async () => Promise.reject(diskFull) });
    expect(await call(d, 'event:save-as', [{ eventId: 'ev1' }])).toEqual(fail('storage_failed', 'ENOSPC: no space left'));
    const missing = deps({
      host: { localUrl: HOST, lanUrls: [], exportEventFile: async () => Promise.reject(new AppError('not_found', 'no event')) },
    });
    expect(await call(missing, 'event:save-as', [{ eventId: 'ev1' }])).toEqual(fail('not_found', 'no event'));
  });

  it('a bug is not disguised as an expected failure', async () => {
    const d = deps({ writeFile: async () => Promise.reject(new TypeError('oops')) });
    await expect(call(d, 'event:save-as', [{ eventId: 'ev1' }])).rejects.toThrow('oops');
  });

  it('export:save proposes a safe name with the format extension and writes the bytes', async () => {
    const d = deps({ chooseSavePath: vi.fn(async () => '/home/a/t.svg') });
    const bytes = new Uint8Array([60, 115, 118, 103]);
    const result = await call(d, 'export:save', [{ suggestedName: 'Дерево/проблем', format: 'svg', bytes }]);
    expect(result).toEqual(ok({ kind: 'saved', path: '/home/a/t.svg' }));
    expect(d.chooseSavePath).toHaveBeenCalledWith(
      ctx,
      expect.objectContaining({ defaultName: 'Дерево проблем.svg', filters: [{ name: 'SVG', extensions: ['svg'] }] }),
    );
    expect(d.writeFile).toHaveBeenCalledWith('/home/a/t.svg', bytes);
  });

  it('switches language and reports app info', async () => {
    const d = deps();
    expect(await call(d, 'app:set-language', ['en'])).toEqual(ok(undefined));
    expect(d.setLanguage).toHaveBeenCalledWith('en');
    expect(await call(d, 'app:info', [])).toEqual(
      ok({ version: '0.1.0', platform: 'linux', language: 'ru', localUrl: HOST, lanUrls: ['http://192.168.1.10:4321'], dataDir: '/data' }),
    );
  });

  it('opens only http(s) links outside the app', async () => {
    const d = deps();
    expect(await call(d, 'app:open-external', ['https://pgrants.example/'])).toEqual(ok(undefined));
    expect((await call(d, 'app:open-external', ['file:///etc/passwd'])).ok).toBe(false);
    expect((await call(d, 'app:open-external', ['javascript:alert(1)'])).ok).toBe(false);
    expect(d.openExternal).toHaveBeenCalledTimes(1);
  });
});
