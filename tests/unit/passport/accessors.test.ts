import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addRow,
  createPassportUndoManager,
  hasRow,
  initPassport,
  isPassportDoc,
  moveRow,
  readPassport,
  readRows,
  removeRow,
  setPassportText,
  setPassportValue,
  setRowText,
  setRowValue,
} from '@shared/doc/passport';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { MAX_CELL_TEXT, MAX_FIELD_TEXT } from '@shared/passport/model';

const fresh = () => {
  const doc = new Y.Doc();
  initPassport(doc, LOCAL_ORIGIN);
  return doc;
};

describe('passport accessors', () => {
  it('an initialised passport is empty and says it is a passport', () => {
    const doc = fresh();
    expect(isPassportDoc(doc)).toBe(true);
    const p = readPassport(doc);
    expect(p.name).toBe('');
    expect(p.scale).toBeNull();
    expect(p.calendar).toEqual([]);
  });

  it('sections, dates and scale read back as written; an unknown scale reads as none', () => {
    const doc = fresh();
    setPassportText(doc, 'name', 'Коворкинг «Коммутатор»', LOCAL_ORIGIN);
    setPassportValue(doc, 'dateStart', '2019-07-01', LOCAL_ORIGIN);
    setPassportValue(doc, 'scale', 'regional', LOCAL_ORIGIN);
    expect(readPassport(doc)).toMatchObject({ name: 'Коворкинг «Коммутатор»', dateStart: '2019-07-01', scale: 'regional' });
    doc.getMap('passport.values').set('scale', 'galactic');
    expect(readPassport(doc).scale).toBeNull();
    setPassportValue(doc, 'dateStart', null, LOCAL_ORIGIN);
    expect(readPassport(doc).dateStart).toBe('');
  });

  it('long texts are capped, not refused', () => {
    const doc = fresh();
    setPassportText(doc, 'summary', 'я'.repeat(MAX_FIELD_TEXT + 50), LOCAL_ORIGIN);
    expect(readPassport(doc).summary).toHaveLength(MAX_FIELD_TEXT);
    const id = addRow(doc, 'team', { name: 'x'.repeat(MAX_CELL_TEXT * 2) }, LOCAL_ORIGIN)!;
    expect(readRows(doc, 'team')[0]!.name).toHaveLength(MAX_CELL_TEXT);
    setRowText(doc, 'team', id, 'role', '😀'.repeat(MAX_CELL_TEXT), LOCAL_ORIGIN);
    expect(readRows(doc, 'team')[0]!.role).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('rows keep their order, move up and down, and removal leaves a tombstone', () => {
    const doc = fresh();
    const a = addRow(doc, 'partners', { name: 'A' }, LOCAL_ORIGIN)!;
    const b = addRow(doc, 'partners', { name: 'B' }, LOCAL_ORIGIN)!;
    const c = addRow(doc, 'partners', { name: 'C' }, LOCAL_ORIGIN)!;
    addRow(doc, 'partners', { name: 'A2' }, LOCAL_ORIGIN, { after: a });
    const names = () => readRows(doc, 'partners').map((r) => r.name);
    expect(names()).toEqual(['A', 'A2', 'B', 'C']);
    moveRow(doc, 'partners', c, -1, LOCAL_ORIGIN);
    expect(names()).toEqual(['A', 'A2', 'C', 'B']);
    moveRow(doc, 'partners', a, -1, LOCAL_ORIGIN);
    expect(names()).toEqual(['A', 'A2', 'C', 'B']);
    removeRow(doc, 'partners', b, LOCAL_ORIGIN);
    expect(names()).toEqual(['A', 'A2', 'C']);
    expect(hasRow(doc, 'partners', b)).toBe(true);
    expect(addRow(doc, 'partners', { name: 'again' }, LOCAL_ORIGIN, { id: b })).toBe(b);
    expect(names()).toEqual(['A', 'A2', 'C']);
  });

  it('value cells: dates as strings, figures as numbers, cleared by null', () => {
    const doc = fresh();
    const id = addRow(doc, 'quantitative', { indicator: 'Участники', baseline: 0, target: 600, unit: 'человек' }, LOCAL_ORIGIN)!;
    expect(readRows(doc, 'quantitative')[0]).toMatchObject({ indicator: 'Участники', baseline: 0, target: 600, unit: 'человек' });
    setRowValue(doc, 'quantitative', id, 'target', null, LOCAL_ORIGIN);
    expect(readRows(doc, 'quantitative')[0]!.target).toBeNull();
    setRowValue(doc, 'quantitative', id, 'target', Number.NaN, LOCAL_ORIGIN);
    expect(readRows(doc, 'quantitative')[0]!.target).toBeNull();
    // A string where a figure belongs (a raw client) reads as empty, never as text in a number column.
    setRowValue(doc, 'quantitative', id, 'target', '600' as never, LOCAL_ORIGIN);
    expect(readRows(doc, 'quantitative')[0]!.target).toBeNull();
  });

  it('a row a hostile client wrote with plain strings and junk still reads, and edits repair it', () => {
    const doc = fresh();
    const m = new Y.Map<unknown>();
    m.set('order', 'a0');
    m.set('name', 'plain');
    m.set('role', 42);
    doc.getMap('passport.team').set('evil', m);
    doc.getMap('passport.team').set('junk', 'not a map' as unknown as Y.Map<unknown>);
    expect(readRows(doc, 'team')).toEqual([{ id: 'evil', order: 'a0', name: 'plain', role: '', experience: '' }]);
    setRowText(doc, 'team', 'evil' as never, 'role', 'Волонтёр', LOCAL_ORIGIN);
    expect(readRows(doc, 'team')[0]!.role).toBe('Волонтёр');
  });

  it("undo takes back only this person's own edits", () => {
    const doc = fresh();
    const undo = createPassportUndoManager(doc, { captureTimeout: 0 });
    setPassportText(doc, 'goal', 'Моя цель', LOCAL_ORIGIN);
    setPassportText(doc, 'name', 'Чужое название', 'remote');
    undo.undo();
    expect(readPassport(doc)).toMatchObject({ goal: '', name: 'Чужое название' });
  });
});
