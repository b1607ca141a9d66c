import { BrowserWindow, screen } from 'electron';
import type { EventId } from '@shared/ids';
import type { EventChannel, IpcEvents } from '@shared/ipc';
import type { RunningHost } from '../host/types';
import { chooseProjectorDisplay } from './display';
import { consoleUrl, projectorUrl } from './url-policy';
import { consoleWindowOptions, projectorWindowOptions } from './window-options';

export type WindowsDeps = {
  host: Pick<RunningHost, 'localUrl' | 'facilitatorToken'>;
  preloadPath: string;
  title(): string;
  projectorTitle(): string;
};

/** The console (one) and the projector (at most one). */
export function createWindows(d: WindowsDeps) {
  let consoleWindow: BrowserWindow | null = null;
  let projectorWindow: BrowserWindow | null = null;
  const alive = (win: BrowserWindow | null) => (win && !win.isDestroyed() ? win : null);

  function openConsole(): BrowserWindow {
    const existing = alive(consoleWindow);
    if (existing) return focus(existing);
    const win = new BrowserWindow(consoleWindowOptions(d.preloadPath, d.title()));
    consoleWindow = win;
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      consoleWindow = null;
      // The projector mirrors the console's event; it has no reason to outlive it.
      alive(projectorWindow)?.close();
    });
    void win.loadURL(consoleUrl(d.host.localUrl, d.host.facilitatorToken));
    return win;
  }

  /** Always re-created, so it lands on whichever display is the projector right now. */
  async function openProjector(eventId: EventId): Promise<void> {
    alive(projectorWindow)?.destroy();
    const win = createProjectorWindow(d);
    projectorWindow = win;
    win.on('closed', () => {
      if (projectorWindow === win) projectorWindow = null;
    });
    await win.loadURL(projectorUrl(d.host.localUrl, eventId, d.host.facilitatorToken));
  }

  return {
    openConsole,
    openProjector,
    closeProjector: () => alive(projectorWindow)?.close(),
    console: () => alive(consoleWindow),
  };
}

function createProjectorWindow(d: WindowsDeps): BrowserWindow {
  const display = chooseProjectorDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  const win = new BrowserWindow(projectorWindowOptions(d.preloadPath, d.projectorTitle(), display?.bounds ?? null));
  win.once('ready-to-show', () => {
    win.show();
    // Going fullscreen after the window sits on the target display keeps it there on Linux.
    if (display) win.setFullScreen(true);
  });
  // No controls on the projector: Escape is the way out.
  win.webContents.on('before-input-event', (_event, input) => {
    if (input.type === 'keyDown' && input.key === 'Escape') win.close();
  });
  return win;
}

export type Windows = ReturnType<typeof createWindows>;

function focus(win: BrowserWindow): BrowserWindow {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  return win;
}

/** Sends once the page (and so the preload, which buffers for late listeners) is there. */
export function sendTo<C extends EventChannel>(win: BrowserWindow | null, channel: C, ...payload: IpcEvents[C]): void {
  if (!win || win.isDestroyed()) return;
  const contents = win.webContents;
  if (contents.isLoading()) contents.once('did-finish-load', () => contents.send(channel, ...payload));
  else contents.send(channel, ...payload);
}

export function broadcast<C extends EventChannel>(channel: C, ...payload: IpcEvents[C]): void {
  for (const win of BrowserWindow.getAllWindows()) sendTo(win, channel, ...payload);
}
