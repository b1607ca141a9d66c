import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '@shared/ipc';
import { LANGUAGES } from '@shared/ipc';
import type { MenuStrings } from './menu-strings';
import { LANGUAGE_NAMES, MENU_STRINGS } from './menu-strings';

export type MenuActions = {
  newEvent(): void;
  open(): void;
  saveAs(): void;
  export(): void;
  projector(): void;
  setLanguage(language: Language): void;
  about(): void;
};

export type MenuOptions = { language: Language; platform: NodeJS.Platform; devTools: boolean };

/** The native menu as data: `Menu.buildFromTemplate(buildMenuTemplate(...))` in main. */
export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const t = MENU_STRINGS[options.language];
  const mac = options.platform === 'darwin';
  return [
    ...(mac ? [appMenu(t)] : []),
    fileMenu(t, actions, mac),
    editMenu(t),
    viewMenu(t, actions, options.devTools),
    languageMenu(t, actions, options.language),
    windowMenu(t),
    { label: t.help, role: 'help', submenu: [{ label: t.about, click: () => actions.about() }] },
  ];
}

function appMenu(t: MenuStrings): MenuItemConstructorOptions {
  return {
    label: 'Veche',
    submenu: [
      { label: t.hide, role: 'hide' },
      { label: t.hideOthers, role: 'hideOthers' },
      { label: t.showAll, role: 'unhide' },
      { type: 'separator' },
      { label: t.quit, role: 'quit' },
    ],
  };
}

function fileMenu(t: MenuStrings, a: MenuActions, mac: boolean): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = [
    { id: 'new-event', label: t.newEvent, accelerator: 'CmdOrCtrl+N', click: () => a.newEvent() },
    { id: 'open', label: t.open, accelerator: 'CmdOrCtrl+O', click: () => a.open() },
    { id: 'save-as', label: t.saveAs, accelerator: 'CmdOrCtrl+Shift+S', click: () => a.saveAs() },
    { id: 'export', label: t.export, accelerator: 'CmdOrCtrl+E', click: () => a.export() },
  ];
  // macOS keeps Quit in the application menu.
  if (!mac) items.push({ type: 'separator' }, { label: t.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' });
  return { label: t.file, submenu: items };
}

function editMenu(t: MenuStrings): MenuItemConstructorOptions {
  return {
    label: t.edit,
    submenu: [
      { label: t.undo, role: 'undo' },
      { label: t.redo, role: 'redo' },
      { type: 'separator' },
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.selectAll, role: 'selectAll' },
    ],
  };
}

function viewMenu(t: MenuStrings, a: MenuActions, devTools: boolean): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = [
    // F5 is what presentation software uses to "start the show".
    { id: 'projector', label: t.projector, accelerator: 'F5', click: () => a.projector() },
    { type: 'separator' },
    { label: t.reload, role: 'reload' },
    { label: t.resetZoom, role: 'resetZoom' },
    { label: t.zoomIn, role: 'zoomIn' },
    { label: t.zoomOut, role: 'zoomOut' },
    { type: 'separator' },
    { label: t.fullscreen, role: 'togglefullscreen' },
  ];
  if (devTools) items.push({ label: t.devTools, role: 'toggleDevTools' });
  return { label: t.view, submenu: items };
}

function languageMenu(t: MenuStrings, a: MenuActions, current: Language): MenuItemConstructorOptions {
  return {
    label: t.language,
    submenu: LANGUAGES.map((language) => ({
      id: `language-${language}`,
      label: LANGUAGE_NAMES[language],
      type: 'radio' as const,
      checked: language === current,
      click: () => a.setLanguage(language),
    })),
  };
}

function windowMenu(t: MenuStrings): MenuItemConstructorOptions {
  return {
    label: t.window,
    submenu: [
      { label: t.minimize, role: 'minimize' },
      { label: t.close, role: 'close' },
    ],
  };
}
