import { describe, expect, it } from 'vitest';
import type { AuditRow } from '@shared/export/audit-log';
import { auditTime, buildAuditCsv, buildAuditJson } from '@shared/export/audit-log';

const AT = Date.UTC(2026, 10, 21, 11, 5, 9); // 21 Nov 2026 11:05:09 UTC
const ROWS: AuditRow[] = [
  { at: AT + 60_000, who: 'Модератор', action: 'restore', board: 'Общая доска', detail: 'to the point of …; 15 records changed' },
  { at: AT, who: 'Вандал', action: 'delete', board: 'Общая доска', detail: 'cards:a cards:b' },
  { at: AT + 120_000, who: 'Модератор', action: 'person-void', board: null, detail: 'Пётр; "кавычки"' },
  { at: AT + 180_000, who: '=HYPERLINK("x")', action: 'something-new', board: null, detail: '' },
];

describe('the audit log export', () => {
  it('writes times the Russian way in Russian files and as ISO 8601 with the offset in English ones', () => {
    expect(auditTime(AT, 'ru', 180)).toBe('21.11.2026 14:05:09');
    expect(auditTime(AT, 'en', 180)).toBe('2026-11-21T14:05:09+03:00');
    expect(auditTime(AT, 'en', 0)).toBe('2026-11-21T11:05:09Z');
    expect(auditTime(AT, 'en', -330)).toBe('2026-11-21T05:35:09-05:30');
  });

  it('CSV: when/who/what/board/details, oldest first, Russian separators and words, cells safe for spreadsheets', () => {
    const csv = buildAuditCsv(ROWS, 'ru', 180);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Когда;Кто;Что;Доска;Подробности');
    expect(lines[1]).toBe('21.11.2026 14:05:09;Вандал;удаление записей;Общая доска;cards:a cards:b');
    expect(lines[2]).toBe('21.11.2026 14:06:09;Модератор;возврат доски к точке;Общая доска;"to the point of …; 15 records changed"');
    expect(lines[3]).toBe('21.11.2026 14:07:09;Модератор;голос участника аннулирован;;"Пётр; ""кавычки"""');
    // An unknown action keeps its code; a name that a spreadsheet would run is neutralised.
    expect(lines[4]!.split(';')[2]).toBe('something-new');
    expect(lines[4]!.split(';')[1]).not.toMatch(/^=/);
    const en = buildAuditCsv(ROWS, 'en', 0).slice(1).split('\r\n');
    expect(en[0]).toBe('When,Who,What,Board,Details');
    expect(en[1]).toBe('2026-11-21T11:05:09Z,Вандал,records deleted,Общая доска,cards:a cards:b');
  });

  it('JSON: the readable columns plus the raw action and time', () => {
    const json = JSON.parse(buildAuditJson(ROWS, 'ru', 180)) as { entries: Record<string, unknown>[] };
    expect(json.entries).toHaveLength(4);
    expect(json.entries[0]).toEqual({
      when: '21.11.2026 14:05:09',
      at: AT,
      who: 'Вандал',
      what: 'удаление записей',
      action: 'delete',
      board: 'Общая доска',
      details: 'cards:a cards:b',
    });
  });
});
