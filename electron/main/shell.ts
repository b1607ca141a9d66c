import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, session, shell } from 'electron';
import type { Language, OpenedEvent } from '@shared/ipc';
import { startHost } from '../host/server';
import type { RunningHost } from '../host/types';
import { openEventFile, writeFileAtomic } from './event-files';
import type { Handlers, ShellDeps } from './handlers';
import { createHandlers } from './handlers';
import type { IpcContext } from './ipc';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { MENU_STRINGS } from './menu-strings';
import type { MenuActions } from './menu-template';
import { hardenSession, hardenWebContents } from './security';
import { loadSettings, saveSettings } from './settings';
import type { Windows } from './windows';
import { broadcast, createWindows, sendTo } from './windows';

export type Shell = { host: RunningHost; windows: Windows; openFile(path: string): Promise<void> };

/** Host first (its origin is what every policy checks), then policies, then the first window. */
export async function startShell(preloadPath: string): Promise<Shell> {
  const dataDir = app.getPath('userData');
  const settings = await loadSettings(dataDir, app.getLocale());
  // The same host as `npm run serve`, in-process, serving the renderer bundled with the app.
  const host = await startHost({ dataDir, rendererDir: join(app.getAppPath(), 'out', 'renderer') });
  const hostOrigin = new URL(host.localUrl).origin;
  const strings = () => MENU_STRINGS[settings.language];

  const windows = createWindows({ host, preloadPath, title: () => 'Veche', projectorTitle: () => strings().projectorTitle });
  hardenSession(session.defaultSession, hostOrigin);
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { hostOrigin, preloadPath, openProjector: (id) => void windows.openProjector(id) }),
  );

  const setLanguage = async (language: Language): Promise<void> => {
    settings.language = language;
    refreshMenu();
    broadcast('language:changed', language);
    await saveSettings(dataDir, settings);
  };
  const handlers = createHandlers(shellDeps({ host, dataDir, windows, strings, setLanguage, language: () => settings.language }));
  registerIpc(handlers, hostOrigin);

  const opened = (event: OpenedEvent) => sendTo(windows.openConsole(), 'event:opened', event);
  const actions = menuActions(handlers, windows, { opened, setLanguage, host });
  const refreshMenu = () => installMenu(actions, { language: settings.language, platform: process.platform, devTools: !app.isPackaged });
  refreshMenu();
  windows.openConsole();

  const openFile = async (path: string): Promise<void> => {
    const result = await openEventFile(host, path);
    if (result.ok) opened(result.value);
    else dialog.showErrorBox(strings().openTitle, result.error.message);
  };
  return { host, windows, openFile };
}

type Parts = Pick<ShellDeps<IpcContext>, 'dataDir' | 'strings' | 'setLanguage' | 'language'> & {
  host: RunningHost;
  windows: Windows;
};

/** The real capabilities behind the handlers: Electron dialogs, the shell, the disk. */
function shellDeps(p: Parts): ShellDeps<IpcContext> {
  return {
    ...p,
    version: app.getVersion(),
    platform: process.platform,
    openEventFile: (path) => openEventFile(p.host, path),
    openProjector: (eventId) => p.windows.openProjector(eventId),
    closeProjector: () => p.windows.closeProjector(),
    openExternal: (url) => shell.openExternal(url),
    chooseOpenPath: async ({ window }, o) => firstOrNull(await showOpen(window, o)),
    chooseSavePath: async ({ window }, o) => savePathOrNull(await showSave(window, o)),
    writeFile: writeFileAtomic,
  };
}

type MenuDeps = {
  opened(event: OpenedEvent): void;
  setLanguage(language: Language): Promise<void>;
  host: RunningHost;
};

/** Items that need to know which event is on screen are forwarded to the renderer. */
function menuActions(handlers: Handlers<IpcContext>, windows: Windows, d: MenuDeps): MenuActions {
  const tell = (channel: 'menu:new-event' | 'menu:save-as' | 'menu:export' | 'menu:projector') => () => sendTo(windows.openConsole(), channel);
  return {
    newEvent: tell('menu:new-event'),
    saveAs: tell('menu:save-as'),
    export: tell('menu:export'),
    projector: tell('menu:projector'),
    open: () =>
      void handlers.event['open-file']({ window: windows.console() }).then((result) => {
        if (!result.ok) dialog.showErrorBox('Veche', result.error.message);
        else if (result.value.kind === 'opened') d.opened(result.value);
      }),
    setLanguage: (language) => void d.setLanguage(language),
    about: () =>
      void dialog.showMessageBox({
        type: 'info',
        title: 'Veche',
        message: `Veche ${app.getVersion()}`,
        detail: [d.host.localUrl, ...d.host.lanUrls].join('\n'),
      }),
  };
}

type DialogOptions = { title: string; filters: { name: string; extensions: string[] }[] };

function showOpen(window: BrowserWindow | null, o: DialogOptions) {
  const options = { title: o.title, filters: o.filters, properties: ['openFile' as const] };
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

function showSave(window: BrowserWindow | null, o: DialogOptions & { defaultName: string }) {
  const options = { title: o.title, filters: o.filters, defaultPath: join(app.getPath('documents'), o.defaultName) };
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}

const firstOrNull = (r: { canceled: boolean; filePaths: string[] }) => (r.canceled ? null : (r.filePaths[0] ?? null));
const savePathOrNull = (r: { canceled: boolean; filePath: string }) => (r.canceled || !r.filePath ? null : r.filePath);
