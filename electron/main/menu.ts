import { Menu } from 'electron';
import type { MenuActions, MenuOptions } from './menu-template';
import { buildMenuTemplate } from './menu-template';

/** Rebuilt whole on every language switch: Electron menus cannot be relabelled in place. */
export function installMenu(actions: MenuActions, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, options)));
}
