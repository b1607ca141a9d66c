import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addRow,
  initPassport,
  moveRow,
  passportText,
  readPassport,
  readRows,
  removeRow,
  setPassportText,
  setPassportValue,
  setRowText,
} from '@shared/doc/passport';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { RowId } from '@shared/passport/model';
import { applyTextChange } from '@shared/passport/text-diff';

const sync = (docs: Y.Doc[]) => {
  for (const a of docs) for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
};

describe('passport under concurrency', () => {
  it('two people typing into one empty section at once both keep their words', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setPassportText(a, 'summary', 'Коворкинг для молодёжи.', LOCAL_ORIGIN);
    setPassportText(b, 'summary', 'Школа проектов.', LOCAL_ORIGIN);
    sync([a, b]);
    const text = readPassport(a).summary;
    expect(text).toContain('Коворкинг для молодёжи.');
    expect(text).toContain('Школа проектов.');
    expect(readPassport(b).summary).toBe(text);
  });

  it('edits at both ends of one section merge instead of the last writer winning', () => {
    const a = new Y.Doc();
    setPassportText(a, 'problem', 'Отток молодёжи', LOCAL_ORIGIN);
    const b = new Y.Doc();
    sync([a, b]);
    setPassportText(a, 'problem', 'Сильный отток молодёжи', LOCAL_ORIGIN);
    setPassportText(b, 'problem', 'Отток молодёжи из района', LOCAL_ORIGIN);
    sync([a, b]);
    expect(readPassport(a).problem).toBe('Сильный отток молодёжи из района');
  });

  it('the smallest-edit writer keeps surrogate pairs whole', () => {
    const doc = new Y.Doc();
    const t = doc.getText('t');
    applyTextChange(t, 'a😀b');
    applyTextChange(t, 'a😃b');
    expect(t.toString()).toBe('a😃b');
  });

  type Op =
    | { k: 'type'; doc: number; field: 'name' | 'goal'; at: number; text: string; del: number }
    | { k: 'add'; doc: number; name: string }
    | { k: 'cell'; doc: number; row: number; text: string }
    | { k: 'remove'; doc: number; row: number }
    | { k: 'move'; doc: number; row: number; up: boolean }
    | { k: 'date'; doc: number; value: string }
    | { k: 'sync'; from: number; to: number };

  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      k: fc.constant('type' as const),
      doc: fc.nat(2),
      field: fc.constantFrom('name' as const, 'goal' as const),
      at: fc.nat(30),
      text: fc.string({ maxLength: 6 }),
      del: fc.nat(3),
    }),
    fc.record({ k: fc.constant('add' as const), doc: fc.nat(2), name: fc.string({ maxLength: 5 }) }),
    fc.record({ k: fc.constant('cell' as const), doc: fc.nat(2), row: fc.nat(6), text: fc.string({ maxLength: 6 }) }),
    fc.record({ k: fc.constant('remove' as const), doc: fc.nat(2), row: fc.nat(6) }),
    fc.record({ k: fc.constant('move' as const), doc: fc.nat(2), row: fc.nat(6), up: fc.boolean() }),
    fc.record({ k: fc.constant('date' as const), doc: fc.nat(2), value: fc.constantFrom('2019-07-01', '2020-02-30', '') }),
    fc.record({ k: fc.constant('sync' as const), from: fc.nat(2), to: fc.nat(2) }),
  );

  function apply(docs: Y.Doc[], o: Op): void {
    if (o.k === 'sync') return Y.applyUpdate(docs[o.to]!, Y.encodeStateAsUpdate(docs[o.from]!));
    const doc = docs[o.doc]!;
    const rows = readRows(doc, 'team');
    const row = 'row' in o ? rows[o.row % Math.max(1, rows.length)] : undefined;
    if (o.k === 'type') {
      const cur = passportText(doc, o.field).toString();
      const at = Math.min(o.at, cur.length);
      setPassportText(doc, o.field, cur.slice(0, at) + o.text + cur.slice(at + o.del), LOCAL_ORIGIN);
    } else if (o.k === 'add') addRow(doc, 'team', { name: o.name }, LOCAL_ORIGIN);
    else if (o.k === 'date') setPassportValue(doc, 'dateStart', o.value, LOCAL_ORIGIN);
    else if (row && o.k === 'cell') setRowText(doc, 'team', row.id as RowId, 'role', o.text, LOCAL_ORIGIN);
    else if (row && o.k === 'remove') removeRow(doc, 'team', row.id, LOCAL_ORIGIN);
    else if (row && o.k === 'move') moveRow(doc, 'team', row.id, o.up ? -1 : 1, LOCAL_ORIGIN);
  }

  it('three people editing in any order, with any delivery, end with the same passport', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
        docs.forEach((d) => initPassport(d, LOCAL_ORIGIN));
        for (const o of ops) apply(docs, o);
        sync(docs);
        const first = readPassport(docs[0]!);
        for (const d of docs.slice(1)) expect(readPassport(d)).toEqual(first);
        // Every live row appears once, in one order every client shares.
        expect(new Set(first.team.map((r) => r.id)).size).toBe(first.team.length);
      }),
      { numRuns: 150 },
    );
  });
});
