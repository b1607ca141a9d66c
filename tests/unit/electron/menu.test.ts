import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_STRINGS } from '../../../electron/main/menu-strings';
import type { MenuActions } from '../../../electron/main/menu-template';
import { buildMenuTemplate } from '../../../electron/main/menu-template';
import { LANGUAGES } from '@shared/ipc';

const actions = (): MenuActions => ({
  newEvent: vi.fn(),
  open: vi.fn(),
  saveAs: vi.fn(),
  export: vi.fn(),
  projector: vi.fn(),
  setLanguage: vi.fn(),
  about: vi.fn(),
});

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const byId = (items: MenuItemConstructorOptions[], id: string) => flatten(items).find((i) => i.id === id);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('native menu', () => {
  it('every language labels every item', () => {
    const keys = Object.keys(MENU_STRINGS.ru);
    for (const language of LANGUAGES) {
      expect(Object.keys(MENU_STRINGS[language])).toEqual(keys);
      for (const value of Object.values(MENU_STRINGS[language])) expect(value.trim()).not.toBe('');
    }
  });

  it('is built in Russian and in English', () => {
    const ru = buildMenuTemplate(actions(), { language: 'ru', platform: 'linux', devTools: false });
    const en = buildMenuTemplate(actions(), { language: 'en', platform: 'linux', devTools: false });
    expect(ru.map((m) => m.label)).toContain('Файл');
    expect(byId(ru, 'open')?.label).toBe('Открыть…');
    expect(byId(ru, 'projector')?.label).toBe('Показать на проекторе');
    expect(en.map((m) => m.label)).toContain('File');
    expect(byId(en, 'save-as')?.label).toBe('Save as…');
  });

  it('has New event, Open, Save as, Export, Projector and Language, each wired to its action', () => {
    const a = actions();
    const menu = buildMenuTemplate(a, { language: 'en', platform: 'win32', devTools: false });
    click(byId(menu, 'new-event'));
    click(byId(menu, 'open'));
    click(byId(menu, 'save-as'));
    click(byId(menu, 'export'));
    click(byId(menu, 'projector'));
    click(byId(menu, 'language-ru'));
    expect(a.newEvent).toHaveBeenCalledOnce();
    expect(a.open).toHaveBeenCalledOnce();
    expect(a.saveAs).toHaveBeenCalledOnce();
    expect(a.export).toHaveBeenCalledOnce();
    expect(a.projector).toHaveBeenCalledOnce();
    expect(a.setLanguage).toHaveBeenCalledWith('ru');
  });

  it('the current language is the checked one', () => {
    const menu = buildMenuTemplate(actions(), { language: 'en', platform: 'linux', devTools: false });
    expect(byId(menu, 'language-en')?.checked).toBe(true);
    expect(byId(menu, 'language-ru')?.checked).toBe(false);
  });

  it('macOS gets an application menu; developer tools only in development', () => {
    const mac = buildMenuTemplate(actions(), { language: 'ru', platform: 'darwin', devTools: false });
    expect(mac[0]?.label).toBe('Veche');
    const roles = (m: MenuItemConstructorOptions[]) => flatten(m).map((i) => i.role);
    expect(roles(mac)).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate(actions(), { language: 'ru', platform: 'linux', devTools: true }))).toContain('toggleDevTools');
  });
});
