// First, before any import that might queue work on libuv's pool: the host runs in this process and
// needs the same larger pool as the CLI (see host/threadpool.ts). Once the pool has started the
// variable is ignored, so this can only help, never break.
import '../host/threadpool';
import { fileURLToPath } from 'node:url';
import { app, dialog } from 'electron';
import { findEventFileArg } from './args';
import { guardProcess } from './process-guard';
import type { Shell } from './shell';
import { startShell } from './shell';

/**
 * Lifecycle only: one instance, files handed over from the OS, the host closed on quit.
 * Everything that decides something lives in the small modules beside this one.
 */

// Built as out/main/index.js beside out/preload/index.cjs (see electron.vite.config.ts).
const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

// The host lives in this process: one bad request must not close the app for the whole hall.
guardProcess((message) => console.error(`[veche] ${message}`));

// Every renderer sandboxed, including any a future code path forgets to configure.
app.enableSandbox();

let current: Shell | null = null;
const pendingFiles: string[] = [];
const openFile = (path: string): void => {
  if (current) void current.openFile(path);
  else pendingFiles.push(path);
};

if (!app.requestSingleInstanceLock()) {
  // Another Veche already hosts on this machine; it got our argv through 'second-instance'.
  app.quit();
} else {
  const fromArgv = findEventFileArg(process.argv, process.cwd());
  if (fromArgv) pendingFiles.push(fromArgv);
  app.on('second-instance', (_event, argv, cwd) => {
    current?.windows.openConsole();
    const path = findEventFileArg(argv, cwd);
    if (path) openFile(path);
  });
  // macOS delivers double-clicked files here, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => current?.windows.openConsole());
  closeHostBeforeQuit();
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  try {
    current = await startShell(PRELOAD);
  } catch (error) {
    dialog.showErrorBox('Veche', `The host could not start: ${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
    return;
  }
  for (const path of pendingFiles.splice(0)) void current.openFile(path);
}

/** Quit waits for the host to flush every event and close its sockets. */
function closeHostBeforeQuit(): void {
  let closed = false;
  let closing = false;
  app.on('before-quit', (event) => {
    if (closed || !current) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    current.host
      .close()
      .catch((error: unknown) => console.error('host close failed', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
