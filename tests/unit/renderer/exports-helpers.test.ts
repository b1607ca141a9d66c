import { describe, expect, it } from 'vitest';
import type { BoardInfo, TeamInfo } from '@shared/doc/plan';
import type { VoteInfo } from '@shared/doc/voting';
import type { BoardId, TeamId } from '@shared/ids';
import { exportCatalog, exportUrl } from '../../../renderer/src/features/exports/export-catalog';
import { fileNameFor, fileNameFromDisposition, stemOf } from '../../../renderer/src/features/exports/file-names';
import { contentLength, formatElapsed, formatSize, progressView } from '../../../renderer/src/features/exports/progress';

const board = (id: string, kind: BoardInfo['kind'], title: string, teamId: string | null = null): BoardInfo =>
  ({
    id: id as BoardId,
    title,
    kind,
    order: id,
    template: null,
    sourceBoardId: null,
    stageId: null,
    teamId: teamId as TeamId | null,
    visibility: 'all',
    writers: 'all',
    locked: false,
  }) as BoardInfo;

const vote = (id: string, title: string) => ({ id, title }) as VoteInfo;
const teams: TeamInfo[] = [{ id: 't1' as TeamId, name: 'Каргополь', color: '#000', order: 'a' }];

describe('export catalog', () => {
  it('lists trees, then passports, then votes (all first), then the whole-event files, and skips card boards', () => {
    const boards = [
      board('p1', 'passport', 'Паспорт', 't1'),
      board('c1', 'cards', 'Идеи'),
      board('g1', 'goal-tree', 'Цели'),
      board('pr1', 'problem-tree', 'Проблемы'),
    ];
    const items = exportCatalog({ boards, teams }, [vote('v1', 'Приоритеты')]);
    expect(items.map((i) => i.key)).toEqual(['tree-g1', 'tree-pr1', 'passport-p1', 'votes', 'votes-v1', 'report', 'event', 'event-file']);
    expect(items.find((i) => i.key === 'passport-p1')?.team).toBe('Каргополь');
    expect(items.find((i) => i.key === 'tree-g1')?.formats).toEqual(['svg', 'png', 'pdf', 'md', 'mm', 'json']);
    expect(items.find((i) => i.key === 'passport-p1')?.formats).toEqual(['docx', 'pdf', 'md', 'xlsx']);
  });

  it('offers no vote exports before any vote was held', () => {
    expect(exportCatalog({ boards: [], teams: [] }, []).some((i) => i.section === 'votes')).toBe(false);
  });

  it('builds the host URL for each target, escaping ids and passing the language', () => {
    expect(exportUrl('ev1', { kind: 'tree', boardId: 'b/1', boardKind: 'problem-tree' }, 'svg', 'en')).toBe('/api/events/ev1/export/tree-b%2F1.svg?lang=en');
    expect(exportUrl('ev1', { kind: 'votes', voteId: null }, 'csv', 'ru')).toBe('/api/events/ev1/export/votes.csv?lang=ru');
    expect(exportUrl('ev1', { kind: 'votes', voteId: 'v1' }, 'xlsx', 'ru')).toBe('/api/events/ev1/export/votes-v1.xlsx?lang=ru');
    expect(exportUrl('ev1', { kind: 'event-json' }, 'json', 'ru')).toBe('/api/events/ev1/export/event.json?lang=ru');
    expect(exportUrl('ev 1', { kind: 'event-file' }, 'veche', 'ru')).toBe('/api/events/ev%201/file');
  });
});

describe('export file names', () => {
  it('keeps Cyrillic titles and drops characters a file system refuses', () => {
    expect(fileNameFor('Сессия: Каргополь/2030?', 'veche')).toBe('Сессия Каргополь 2030.veche');
    expect(fileNameFor('   ', 'pdf')).toBe('veche.pdf');
  });

  it('prefers the RFC 5987 name of the host answer over the ASCII one', () => {
    const h = `attachment; filename="derevo.svg"; filename*=UTF-8''${encodeURIComponent('Дерево проблем.svg')}`;
    expect(fileNameFromDisposition(h)).toBe('Дерево проблем.svg');
    expect(fileNameFromDisposition('attachment; filename="ev1.veche"')).toBe('ev1.veche');
    expect(fileNameFromDisposition(null)).toBeNull();
  });

  it('never lets a header name a folder', () => {
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd.txt`)).toBe('passwd.txt');
    expect(fileNameFromDisposition('attachment; filename="C:\\\\Windows\\\\evil.exe"')).toBe('evil.exe');
  });

  it('hands export:save the name without its extension', () => {
    expect(stemOf('Отчёт.report.pdf')).toBe('Отчёт.report');
    expect(stemOf('.hidden')).toBe('.hidden');
  });
});

describe('download progress', () => {
  it('is a percentage only when the length is known, and never passes 100', () => {
    expect(progressView(512, 1024)).toMatchObject({ kind: 'determinate', percent: 50 });
    expect(progressView(2048, 1024)).toMatchObject({ kind: 'determinate', fraction: 1, percent: 100 });
    expect(progressView(512, null)).toEqual({ kind: 'indeterminate', received: 512 });
    expect(progressView(0, 0).kind).toBe('indeterminate');
  });

  it('reads Content-Length only when it is a plain integer', () => {
    expect(contentLength('1234')).toBe(1234);
    expect(contentLength(null)).toBeNull();
    expect(contentLength('12, 12')).toBeNull();
    expect(contentLength('-1')).toBeNull();
  });

  it('shows elapsed time as a clock', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });

  it('sizes bytes with the reader’s decimal separator', () => {
    expect(formatSize(500, 'en')).toEqual({ value: '500', unit: 'B' });
    expect(formatSize(1536, 'en')).toEqual({ value: '1.5', unit: 'KB' });
    expect(formatSize(1536, 'ru')).toEqual({ value: '1,5', unit: 'KB' });
    expect(formatSize(50 * 1024 * 1024, 'ru')).toEqual({ value: '50', unit: 'MB' });
  });
});
