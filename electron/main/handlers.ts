import type { Result } from '@shared/errors';
import { fail, ok } from '@shared/errors';
import type { EventId } from '@shared/ids';
import type { AppInfo, HandlerSlice, InvokeArgs, InvokeChannel, InvokeResult, IpcNamespace, Language, OpenedEvent, SavedFile } from '@shared/ipc';
import type { RunningHost } from '../host/types';
import { EVENT_FILE_EXTENSION } from './args';
import { eventFileFilter, exportFilter, safeFileName } from './file-names';
import { parseIpcArgs } from './ipc-args';
import type { MenuStrings } from './menu-strings';
import { attempt } from './results';
import { isSafeExternalUrl, isTrustedSender } from './url-policy';

/**
 * The IPC handlers, one object per namespace, written against injected capabilities so tests
 * drive them without Electron. `Ctx` is whatever main needs per call (the sender's window, as
 * the parent of dialogs); handlers pass it through untouched.
 */
export type ShellDeps<Ctx> = {
  host: Pick<RunningHost, 'localUrl' | 'lanUrls' | 'exportEventFile'>;
  dataDir: string;
  version: string;
  platform: NodeJS.Platform;
  language(): Language;
  strings(): MenuStrings;
  setLanguage(language: Language): Promise<void>;
  openEventFile(path: string): Promise<Result<OpenedEvent>>;
  openProjector(eventId: EventId): Promise<void>;
  closeProjector(): void;
  openExternal(url: string): Promise<void>;
  chooseOpenPath(ctx: Ctx, o: { title: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
  chooseSavePath(ctx: Ctx, o: { title: string; defaultName: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
};

export type Handlers<Ctx> = { [N in IpcNamespace]: HandlerSlice<N, Ctx> };

const CANCELLED = { kind: 'cancelled' } as const;

export function createHandlers<Ctx>(d: ShellDeps<Ctx>): Handlers<Ctx> {
  return { projector: projectorHandlers(d), event: eventHandlers(d), export: exportHandlers(d), app: appHandlers(d) };
}

function projectorHandlers<Ctx>(d: ShellDeps<Ctx>) {
  return {
    open: async (_ctx, { eventId }) => {
      await d.openProjector(eventId);
      return ok(undefined);
    },
    close: async () => {
      d.closeProjector();
      return ok(undefined);
    },
  } satisfies HandlerSlice<'projector', Ctx>;
}

function eventHandlers<Ctx>(d: ShellDeps<Ctx>) {
  return {
    'open-file': async (ctx) => {
      const t = d.strings();
      const path = await d.chooseOpenPath(ctx, { title: t.openTitle, filters: [eventFileFilter(t.eventFileType)] });
      if (path === null) return ok(CANCELLED);
      const opened = await d.openEventFile(path);
      return opened.ok ? ok({ kind: 'opened' as const, ...opened.value }) : opened;
    },
    'save-as': async (ctx, { eventId, suggestedName }) => {
      const t = d.strings();
      const defaultName = safeFileName(suggestedName ?? eventId, EVENT_FILE_EXTENSION);
      const filters = [eventFileFilter(t.eventFileType)];
      const path = await d.chooseSavePath(ctx, { title: t.saveTitle, defaultName, filters });
      if (path === null) return ok(CANCELLED);
      return attempt(async (): Promise<SavedFile> => {
        await d.writeFile(path, await d.host.exportEventFile(eventId));
        return { kind: 'saved', path };
      });
    },
  } satisfies HandlerSlice<'event', Ctx>;
}

function exportHandlers<Ctx>(d: ShellDeps<Ctx>) {
  return {
    save: async (ctx, { suggestedName, format, bytes }) => {
      const defaultName = safeFileName(suggestedName, format);
      const title = d.strings().exportTitle;
      const path = await d.chooseSavePath(ctx, { title, defaultName, filters: [exportFilter(format)] });
      if (path === null) return ok(CANCELLED);
      return attempt(async (): Promise<SavedFile> => {
        await d.writeFile(path, bytes);
        return { kind: 'saved', path };
      });
    },
  } satisfies HandlerSlice<'export', Ctx>;
}

function appHandlers<Ctx>(d: ShellDeps<Ctx>) {
  return {
    'set-language': async (_ctx, language) => attempt(() => d.setLanguage(language)),
    info: async () => ok(appInfo(d)),
    'open-external': async (_ctx, url) => {
      if (!isSafeExternalUrl(url)) return fail('forbidden', 'only http(s) links open outside the app');
      await d.openExternal(url);
      return ok(undefined);
    },
  } satisfies HandlerSlice<'app', Ctx>;
}

function appInfo<Ctx>(d: ShellDeps<Ctx>): AppInfo {
  const known = ['linux', 'darwin', 'win32'] as const;
  const platform = (known as readonly string[]).includes(d.platform) ? (d.platform as AppInfo['platform']) : 'other';
  return {
    version: d.version,
    platform,
    language: d.language(),
    localUrl: d.host.localUrl,
    lanUrls: [...d.host.lanUrls],
    dataDir: d.dataDir,
  };
}

/**
 * One IPC call end to end, minus Electron: sender origin checked, arguments parsed, handler run.
 * A foreign sender gets `forbidden` (never a handler call); bad arguments get `bad_request`.
 */
export async function dispatch<C extends InvokeChannel, Ctx>(
  handlers: Handlers<Ctx>,
  channel: C,
  call: { ctx: Ctx; senderUrl: string | null | undefined; hostOrigin: string; args: unknown[] },
): Promise<InvokeResult<C>> {
  if (!isTrustedSender(call.senderUrl, call.hostOrigin)) {
    return fail('forbidden', `${channel}: sender is not the host's page`) as InvokeResult<C>;
  }
  const parsed = parseIpcArgs(channel, call.args);
  if (!parsed.ok) return parsed as InvokeResult<C>;
  const [namespace, verb] = channel.split(':') as [IpcNamespace, string];
  // The mapped types guarantee this lookup exists; TypeScript cannot follow a split string.
  const handler = (handlers[namespace] as unknown as Record<string, (ctx: Ctx, ...a: InvokeArgs<C>) => Promise<InvokeResult<C>>>)[verb];
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(call.ctx, ...parsed.value);
}
