import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRow, initPassport, readPassport, setPassportValue } from '@shared/doc/passport';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PassportSnapshot, RowId } from '@shared/passport/model';
import { emptyPassport } from '@shared/passport/model';
import { SOFT_CODES, isRealDate, isValidInn, isValidOgrn, problemsAt, validatePassport } from '@shared/passport/validate';
import { passportWarnings } from '@shared/passport/warnings';
import { filledPassport } from './fixture';

const hard = (p: PassportSnapshot) => validatePassport(p).filter((x) => !SOFT_CODES.includes(x.code));
const row = <T extends object>(id: string, r: T) => ({ id: id as RowId, order: `a${id}`, ...r });

describe('passport validation', () => {
  it('knows real dates from impossible ones', () => {
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2019-02-29')).toBe(false);
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('2019-04-31')).toBe(false);
    expect(isRealDate('31.12.2019')).toBe(false);
    expect(isRealDate('2019-13-01')).toBe(false);
  });

  it('a date is real exactly when the calendar has that day (property, against Date)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        expect(isRealDate(iso)).toBe(real);
      }),
    );
  });

  it('an empty passport has only the soft "not filled in" kind of problem', () => {
    const problems = validatePassport(emptyPassport());
    expect(problems.length).toBeGreaterThan(10);
    expect(problems.every((x) => SOFT_CODES.includes(x.code))).toBe(true);
    expect(problemsAt(problems, { field: 'name' })).toEqual(['required']);
    expect(problemsAt(problems, { list: 'calendar' })).toEqual(['list_empty']);
    expect(problemsAt(problems, { field: 'causes' })).toEqual([]);
  });

  it('reports a project ending before it starts, and an invalid date, on their fields', () => {
    const p = { ...emptyPassport(), dateStart: '2020-06-30', dateEnd: '2019-07-01' };
    expect(hard(p)).toEqual([{ where: 'field', field: 'dateEnd', code: 'date_order' }]);
    const q = { ...emptyPassport(), dateStart: '2026-02-30' };
    expect(problemsAt(validatePassport(q), { field: 'dateStart' })).toEqual(['date_invalid']);
    expect(passportWarnings(q, 'ru')).toContain('Дата начала реализации: такой даты нет (30.02.2026)');
    expect(passportWarnings(q, 'en')).toContain('Start date: no such date (30 Feb 2026)');
  });

  it('calendar rows outside the project dates, reversed rows, and figures out of range are flagged per cell', () => {
    const doc = new Y.Doc();
    initPassport(doc, LOCAL_ORIGIN);
    setPassportValue(doc, 'dateStart', '2019-07-01', LOCAL_ORIGIN);
    setPassportValue(doc, 'dateEnd', '2020-06-30', LOCAL_ORIGIN);
    const ok = addRow(doc, 'calendar', { start: '2019-07-01', end: '2020-06-30' }, LOCAL_ORIGIN)!;
    const early = addRow(doc, 'calendar', { start: '2019-06-01', end: '2019-08-01' }, LOCAL_ORIGIN)!;
    const reversed = addRow(doc, 'calendar', { start: '2019-09-10', end: '2019-09-01' }, LOCAL_ORIGIN)!;
    const junk = addRow(doc, 'calendar', { start: 'завтра' }, LOCAL_ORIGIN)!;
    const zero = addRow(doc, 'quantitative', { target: 0, baseline: -1 }, LOCAL_ORIGIN)!;
    const missing = addRow(doc, 'quantitative', { indicator: 'Участники', baseline: 10 }, LOCAL_ORIGIN)!;
    const cost = addRow(doc, 'budget', { category: 'Аренда', requested: -5 }, LOCAL_ORIGIN)!;
    const problems = validatePassport(readPassport(doc));
    const at = (rowId: RowId, cell: string, list: 'calendar' | 'quantitative' | 'budget' = 'calendar') => problemsAt(problems, { list, rowId, cell });
    expect(at(ok, 'start')).toEqual([]);
    expect(at(ok, 'end')).toEqual([]);
    expect(at(early, 'start')).toEqual(['date_outside']);
    expect(at(reversed, 'end')).toEqual(['date_order']);
    expect(at(junk, 'start')).toEqual(['date_invalid']);
    expect(at(junk, 'end')).toEqual(['required']);
    expect(at(zero, 'target', 'quantitative')).toEqual(['number_not_positive']);
    expect(at(zero, 'baseline', 'quantitative')).toEqual(['number_negative']);
    expect(at(missing, 'target', 'quantitative')).toEqual(['required']);
    expect(at(cost, 'requested', 'budget')).toEqual(['number_negative']);
  });

  it('every task needs a dated activity and an expected result', () => {
    const p: PassportSnapshot = {
      ...emptyPassport(),
      tasks: [row('1', { text: 'Провести школу' }), row('2', { text: 'Открыть коворкинг' }), row('3', { text: 'Создать совет' })],
      calendar: [
        row('c1', { taskId: '1' as RowId, activity: 'Модуль 1', start: '2026-03-01', end: '2026-03-02', responsible: '', result: '20 человек' }),
        row('c2', { taskId: '2' as RowId, activity: 'Ремонт', start: '', end: '', responsible: '', result: 'Отремонтировано' }),
        row('c3', { taskId: '3' as RowId, activity: 'Собрание', start: '2026-03-01', end: '2026-03-01', responsible: '', result: '' }),
      ],
    };
    const problems = validatePassport(p);
    const task = (id: string) => problemsAt(problems, { list: 'tasks', rowId: id as RowId, cell: 'text' });
    expect(task('1')).toEqual([]);
    expect(task('2')).toEqual(['task_no_activity']);
    expect(task('3')).toEqual(['task_no_result']);
  });

  it('checks OGRN and INN by their check digits', () => {
    expect(isValidOgrn('1192900004318')).toBe(true);
    expect(isValidOgrn('1192900004317')).toBe(false);
    expect(isValidOgrn('119290000431')).toBe(false);
    expect(isValidInn('2911008431')).toBe(true);
    expect(isValidInn('2911008432')).toBe(false);
    expect(isValidInn('500100732259')).toBe(true);
    expect(problemsAt(validatePassport({ ...emptyPassport(), orgInn: '123' }), { field: 'orgInn' })).toEqual(['inn_invalid']);
  });

  it('a field longer than the form allows is flagged; a text within it is not', () => {
    const p = { ...emptyPassport(), name: 'а'.repeat(301), goal: 'Цель' };
    expect(problemsAt(validatePassport(p), { field: 'name' })).toEqual(['too_long']);
    expect(problemsAt(validatePassport(p), { field: 'goal' })).toEqual([]);
  });

  it('never throws, whatever the snapshot holds, and every warning names its place (property)', () => {
    const text = fc.string({ maxLength: 12 });
    const date = fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 10 }),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.constant('2026-02-30'),
    );
    const num = fc.option(fc.double(), { nil: null });
    fc.assert(
      fc.property(
        date,
        date,
        fc.array(fc.tuple(text, date, date, text), { maxLength: 6 }),
        fc.array(fc.tuple(num, num), { maxLength: 4 }),
        (ds, de, cal, q) => {
          const p: PassportSnapshot = {
            ...emptyPassport(),
            dateStart: ds,
            dateEnd: de,
            calendar: cal.map(([activity, start, end, result], i) => row(`c${i}`, { taskId: null, activity, start, end, responsible: '', result })),
            quantitative: q.map(([baseline, target], i) => row(`q${i}`, { indicator: 'x', unit: 'шт.', baseline, target })),
          };
          const problems = validatePassport(p);
          const warnings = passportWarnings(p, 'ru', problems);
          expect(warnings).toHaveLength(problems.length);
          for (const w of warnings) expect(w).toMatch(/^[^:]+: .+/);
          if (ds === '2026-02-30') expect(warnings.some((w) => w.includes('30.02.2026'))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the fixture team's passport has no hard problems", () => {
    expect(hard(filledPassport().snapshot).filter((x) => x.code !== 'task_no_result' && x.code !== 'task_no_activity')).toEqual([]);
  });
});
