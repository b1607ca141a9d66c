import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addRow, initPassport, readPassport, setPassportValue } from '@shared/doc/passport';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { emptyPassport } from '@shared/passport/model';
import { isRealDate, problemsAt, validatePassport } from '@shared/passport/validate';

describe('passport validation', () => {
  it('knows real dates from impossible ones', () => {
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2019-02-29')).toBe(false);
    expect(isRealDate('2019-04-31')).toBe(false);
    expect(isRealDate('31.12.2019')).toBe(false);
    expect(isRealDate('2019-13-01')).toBe(false);
  });

  it('an empty passport has no problems: it is filled over an afternoon', () => {
    expect(validatePassport(emptyPassport())).toEqual([]);
  });

  it('reports a project ending before it starts, and an invalid date, on their fields', () => {
    const p = { ...emptyPassport(), dateStart: '2020-06-30', dateEnd: '2019-07-01' };
    expect(validatePassport(p)).toEqual([{ where: 'field', field: 'dateEnd', code: 'date_order' }]);
    const q = { ...emptyPassport(), dateStart: '2019-02-30' };
    expect(problemsAt(validatePassport(q), { field: 'dateStart' })).toEqual(['date_invalid']);
  });

  it('calendar rows outside the project dates, reversed rows and non-positive numbers are flagged per cell', () => {
    const doc = new Y.Doc();
    initPassport(doc, LOCAL_ORIGIN);
    setPassportValue(doc, 'dateStart', '2019-07-01', LOCAL_ORIGIN);
    setPassportValue(doc, 'dateEnd', '2020-06-30', LOCAL_ORIGIN);
    const ok = addRow(doc, 'calendar', { start: '2019-07-01', end: '2020-06-30' }, LOCAL_ORIGIN)!;
    const early = addRow(doc, 'calendar', { start: '2019-06-01', end: '2019-08-01' }, LOCAL_ORIGIN)!;
    const reversed = addRow(doc, 'calendar', { start: '2019-09-10', end: '2019-09-01' }, LOCAL_ORIGIN)!;
    const junk = addRow(doc, 'calendar', { start: 'завтра' }, LOCAL_ORIGIN)!;
    const zero = addRow(doc, 'quantitative', { number: 0 }, LOCAL_ORIGIN)!;
    const negative = addRow(doc, 'quantitative', { number: -5 }, LOCAL_ORIGIN)!;
    const problems = validatePassport(readPassport(doc));
    const at = (rowId: typeof ok, cell: string, list: 'calendar' | 'quantitative' = 'calendar') => problemsAt(problems, { list, rowId, cell });
    expect(at(ok, 'start')).toEqual([]);
    expect(at(ok, 'end')).toEqual([]);
    expect(at(early, 'start')).toEqual(['date_outside']);
    expect(at(reversed, 'end')).toEqual(['date_order']);
    expect(at(junk, 'start')).toEqual(['date_invalid']);
    expect(at(zero, 'number', 'quantitative')).toEqual(['number_not_positive']);
    expect(at(negative, 'number', 'quantitative')).toEqual(['number_not_positive']);
  });
});
