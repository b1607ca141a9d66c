import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';

/**
 * Window options, kept pure so tests can read the security settings without starting Electron.
 * Every window the app opens takes its webPreferences from `secureWebPreferences`.
 */

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // The console must keep its timers running while the projector window has focus.
    backgroundThrottling: false,
    spellcheck: false,
  };
}

export function consoleWindowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    // Shown on 'ready-to-show' so nobody sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Fullscreen on the chosen display, or an ordinary window when there is only one display. */
export function projectorWindowOptions(preloadPath: string, title: string, displayBounds: Rectangle | null): BrowserWindowConstructorOptions {
  const base: BrowserWindowConstructorOptions = {
    title,
    show: false,
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
  if (!displayBounds) return { ...base, width: 1280, height: 720 };
  return {
    ...base,
    x: displayBounds.x,
    y: displayBounds.y,
    width: displayBounds.width,
    height: displayBounds.height,
    fullscreen: true,
    frame: false,
  };
}
