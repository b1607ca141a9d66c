import type { BrowserWindow } from 'electron';
import { BrowserWindow as Windows, ipcMain } from 'electron';
import { INVOKE_CHANNELS } from '@shared/ipc';
import type { Handlers } from './handlers';
import { dispatch } from './handlers';

/** What every handler gets: the window that asked, to parent its dialogs. */
export type IpcContext = { window: BrowserWindow | null };

/**
 * Registers exactly the contract's channels. The sender check reads the frame that sent the
 * message, not the window's current URL: a frame that navigated away is refused.
 */
export function registerIpc(handlers: Handlers<IpcContext>, hostOrigin: string): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      dispatch(handlers, channel, {
        ctx: { window: Windows.fromWebContents(event.sender) },
        senderUrl: event.senderFrame?.url,
        hostOrigin,
        args,
      }),
    );
  }
}
