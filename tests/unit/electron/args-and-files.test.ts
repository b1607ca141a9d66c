import { describe, expect, it } from 'vitest';
import { findEventFileArg } from '../../../electron/main/args';
import { eventFileFilter, exportFilter, safeFileName } from '../../../electron/main/file-names';
import { resolveSettings } from '../../../electron/main/settings';

describe('event file from the command line', () => {
  it('finds a .veche path among Chromium switches and the dev app path', () => {
    const argv = ['/opt/Veche/veche', '--no-sandbox', '.', '/home/a/Каргополь.veche'];
    expect(findEventFileArg(argv, '/tmp')).toBe('/home/a/Каргополь.veche');
  });

  it('resolves a relative path against the launching directory', () => {
    expect(findEventFileArg(['veche', 'session.VECHE'], '/home/a')).toBe('/home/a/session.VECHE');
  });

  it('accepts file:// URLs from Linux file managers', () => {
    expect(findEventFileArg(['veche', 'file:///home/a/%D0%B2.veche'], '/')).toBe('/home/a/в.veche');
  });

  it('ignores argv[0], other files and switches that look like files', () => {
    expect(findEventFileArg(['/x/a.veche'], '/')).toBeNull();
    expect(findEventFileArg(['veche', 'notes.txt', '--open=a.veche'], '/')).toBeNull();
  });
});

describe('file names for save dialogs', () => {
  it('keeps Cyrillic titles and adds the extension once', () => {
    expect(safeFileName('Стратегическая сессия: Каргополь', 'veche')).toBe('Стратегическая сессия Каргополь.veche');
    expect(safeFileName('report.xlsx', 'xlsx')).toBe('report.xlsx');
    expect(safeFileName('tree', '.svg')).toBe('tree.svg');
  });

  it('never yields a path, an empty name or a reserved name', () => {
    expect(safeFileName('../../etc/passwd', 'csv')).toBe('etc passwd.csv');
    expect(safeFileName('   ', 'csv')).toBe('veche.csv');
    expect(safeFileName('...', 'csv')).toBe('veche.csv');
    expect(safeFileName('CON', 'csv')).toBe('veche.csv');
    expect(safeFileName('a\u0000b\nc', 'md')).toBe('a b c.md');
    expect(safeFileName('x'.repeat(500), 'md').length).toBe(123);
  });

  it('filters name the format', () => {
    expect(exportFilter('docx')).toEqual({ name: 'Word (DOCX)', extensions: ['docx'] });
    expect(eventFileFilter('Veche event')).toEqual({ name: 'Veche event', extensions: ['veche'] });
  });
});

describe('desktop settings', () => {
  it('defaults to Russian, to English on an English system, and keeps a saved choice', () => {
    expect(resolveSettings(null, 'ru-RU')).toEqual({ language: 'ru' });
    expect(resolveSettings(null, 'de-DE')).toEqual({ language: 'ru' });
    expect(resolveSettings(null, 'en-GB')).toEqual({ language: 'en' });
    expect(resolveSettings({ language: 'ru' }, 'en-US')).toEqual({ language: 'ru' });
  });

  it('ignores a damaged settings file', () => {
    expect(resolveSettings({ language: 'klingon' }, 'ru')).toEqual({ language: 'ru' });
    expect(resolveSettings('garbage', 'en')).toEqual({ language: 'en' });
  });
});
