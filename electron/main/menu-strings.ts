import type { Language } from '@shared/ipc';

/** Every label of the native menu, in every UI language. Russian first, English complete. */
export type MenuStrings = {
  file: string;
  newEvent: string;
  open: string;
  saveAs: string;
  export: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  projector: string;
  reload: string;
  devTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  fullscreen: string;
  language: string;
  window: string;
  minimize: string;
  close: string;
  help: string;
  about: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  /** Dialog texts live here too: they are the same native chrome. */
  eventFileType: string;
  openTitle: string;
  saveTitle: string;
  exportTitle: string;
  projectorTitle: string;
};

export const MENU_STRINGS: Record<Language, MenuStrings> = {
  ru: {
    file: 'Файл',
    newEvent: 'Новое мероприятие',
    open: 'Открыть…',
    saveAs: 'Сохранить как…',
    export: 'Экспорт…',
    quit: 'Выйти из Veche',
    edit: 'Правка',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    selectAll: 'Выделить всё',
    view: 'Вид',
    projector: 'Показать на проекторе',
    reload: 'Перезагрузить',
    devTools: 'Инструменты разработчика',
    resetZoom: 'Обычный размер',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    fullscreen: 'Во весь экран',
    language: 'Язык',
    window: 'Окно',
    minimize: 'Свернуть',
    close: 'Закрыть окно',
    help: 'Справка',
    about: 'О программе Veche',
    hide: 'Скрыть Veche',
    hideOthers: 'Скрыть остальные',
    showAll: 'Показать все',
    eventFileType: 'Мероприятие Veche',
    openTitle: 'Открыть мероприятие',
    saveTitle: 'Сохранить мероприятие',
    exportTitle: 'Экспорт',
    projectorTitle: 'Veche — проектор',
  },
  en: {
    file: 'File',
    newEvent: 'New event',
    open: 'Open…',
    saveAs: 'Save as…',
    export: 'Export…',
    quit: 'Quit Veche',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    projector: 'Show on projector',
    reload: 'Reload',
    devTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullscreen: 'Full screen',
    language: 'Language',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close window',
    help: 'Help',
    about: 'About Veche',
    hide: 'Hide Veche',
    hideOthers: 'Hide others',
    showAll: 'Show all',
    eventFileType: 'Veche event',
    openTitle: 'Open event',
    saveTitle: 'Save event',
    exportTitle: 'Export',
    projectorTitle: 'Veche — projector',
  },
};

/** Each language names itself, so a user lost in the wrong one can still find theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { ru: 'Русский', en: 'English' };
