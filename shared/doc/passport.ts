import * as Y from 'yjs';
import * as z from 'zod/mini';
import { newId } from '../ids';
import type {
  PassportList,
  PassportScale,
  PassportSnapshot,
  PassportTextField,
  PassportValueField,
  RowId,
  RowOf,
  TextCell,
  ValueCell,
} from '../passport/model';
import {
  MAX_CELL_TEXT,
  MAX_FIELD_TEXT,
  MAX_ROWS,
  PASSPORT_LISTS,
  PASSPORT_LIST_NAMES,
  PASSPORT_SCALES,
  PASSPORT_TEXT_FIELDS,
  clampText,
  emptyPassport,
  isNumberCell,
} from '../passport/model';
import { applyTextChange } from '../passport/text-diff';
import { orderFor } from '../tree/placement';
import type { NodeId } from '../tree/types';
import { LOCAL_ORIGIN, bool, childMap, initMeta, metaOf, str, strOrNull } from './schema';

/**
 * A project passport: one board room. Layout (every key namespaced `passport.` so the room could
 * hold nothing else by mistake):
 * - `passport.text.<field>`: a top-level Y.Text per section. Top-level types are created by name on
 *   every client, so two people opening an empty passport and typing at once merge into one text —
 *   a Y.Text put into a map by two clients concurrently would keep only one of them.
 * - `passport.values`: dateStart, dateEnd (`YYYY-MM-DD`), scale. Last writer wins.
 * - `passport.<list>`: id → Y.Map {order, deleted, <text cells as Y.Text>, <value cells>}. A row's
 *   Y.Texts are created with the row by its one creator, so they never race. Removing a row
 *   tombstones it: "fill from goal tree" then knows the team removed it and does not add it back.
 * Board schema 2 (shared/passport/migrate.ts) split target groups into rows and gave indicators a
 * baseline and a target.
 */
export const PASSPORT_META = { boardKind: 'passport' } as const;

const textOf = (doc: Y.Doc, field: PassportTextField) => doc.getText(`passport.text.${field}`);
const valuesOf = (doc: Y.Doc) => doc.getMap<unknown>('passport.values');
const listOf = (doc: Y.Doc, list: PassportList) => doc.getMap<unknown>(`passport.${list}`);

export function initPassport(doc: Y.Doc, origin: unknown): void {
  initMeta(doc, 'board', origin, PASSPORT_META);
}

export const isPassportDoc = (doc: Y.Doc): boolean => metaOf(doc).get('boardKind') === 'passport';

/** The live Y.Text of a section, for binding an editor to it. */
export const passportText = (doc: Y.Doc, field: PassportTextField): Y.Text => textOf(doc, field);

export function readPassport(doc: Y.Doc): PassportSnapshot {
  const values = valuesOf(doc);
  const texts = Object.fromEntries(PASSPORT_TEXT_FIELDS.map((f) => [f, textOf(doc, f).toString()])) as Record<PassportTextField, string>;
  const scale = values.get('scale');
  const out: PassportSnapshot = {
    ...emptyPassport(),
    ...texts,
    dateStart: str(values.get('dateStart')),
    dateEnd: str(values.get('dateEnd')),
    scale: PASSPORT_SCALES.includes(scale as PassportScale) ? (scale as PassportScale) : null,
  };
  for (const list of PASSPORT_LIST_NAMES) (out as Record<PassportList, unknown>)[list] = readRows(doc, list);
  return out;
}

/**
 * What a value cell may hold, whatever a client wrote: a finite number for figures, a short string
 * otherwise; anything else reads as empty. zod/mini keeps the participant bundle small.
 */
const NUMBER_VALUE = z.catch(z.nullable(z.number()), null);
const STRING_VALUE = z.catch(z.string().check(z.maxLength(64)), '');
const readValue = (cell: string, v: unknown): string | number | null =>
  isNumberCell(cell) ? NUMBER_VALUE.parse(v ?? null) : cell === 'taskId' ? strOrNull(STRING_VALUE.parse(v)) : STRING_VALUE.parse(v);
/** A value as it is stored: numbers only in figure cells, strings capped; null means "clear it". */
function storedValue(cell: string, v: unknown): string | number | null {
  if (v === undefined || v === null || v === '') return null;
  if (isNumberCell(cell)) return typeof v === 'number' && Number.isFinite(v) ? v : null;
  return str(typeof v === 'number' ? String(v) : v).slice(0, 64) || null;
}

/** Live rows of a table in display order (order key, then id, so every client agrees). */
export function readRows<L extends PassportList>(doc: Y.Doc, list: L): RowOf[L][] {
  const out: RowOf[L][] = [];
  listOf(doc, list).forEach((m, id) => {
    if (m instanceof Y.Map && !bool(m.get('deleted'))) out.push(rowFromMap(list, id as RowId, m as Y.Map<unknown>));
  });
  return out.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));
}

function rowFromMap<L extends PassportList>(list: L, id: RowId, m: Y.Map<unknown>): RowOf[L] {
  const spec = PASSPORT_LISTS[list];
  const row: Record<string, unknown> = { id, order: str(m.get('order'), 'a0') };
  for (const cell of spec.texts as readonly string[]) {
    const v = m.get(cell);
    row[cell] = v instanceof Y.Text ? v.toString() : str(v);
  }
  for (const cell of spec.values as readonly string[]) row[cell] = readValue(cell, m.get(cell));
  return row as RowOf[L];
}

/** Sets a section to `value` by the smallest edit, so concurrent typing elsewhere in it survives. */
export function setPassportText(doc: Y.Doc, field: PassportTextField, value: string, origin: unknown): void {
  doc.transact(() => applyTextChange(textOf(doc, field), clampText(value, MAX_FIELD_TEXT)), origin);
}

export function setPassportValue(doc: Y.Doc, field: PassportValueField, value: string | null, origin: unknown): void {
  doc.transact(() => {
    if (value === null || value === '') valuesOf(doc).delete(field);
    else valuesOf(doc).set(field, value.slice(0, 64));
  }, origin);
}

export type RowInit<L extends PassportList> = Partial<Omit<RowOf[L], 'id' | 'order'>>;

/**
 * Adds a row (last, or right after `after`). With an `id` that exists already — live or removed —
 * nothing changes: derived ids make "fill from goal tree" idempotent. Returns null at MAX_ROWS.
 */
export function addRow<L extends PassportList>(
  doc: Y.Doc,
  list: L,
  init: RowInit<L>,
  origin: unknown,
  opts: { id?: RowId; after?: RowId | null } = {},
): RowId | null {
  const id = opts.id ?? newId<RowId>();
  const map = listOf(doc, list);
  if (map.has(id)) return id;
  const rows = readRows(doc, list);
  if (rows.length >= MAX_ROWS) return null;
  const order = orderFor(asSiblings(rows), opts.after ? { at: 'after', sibling: opts.after as unknown as NodeId } : { at: 'last' });
  doc.transact(() => map.set(id, newRowMap(list, init, order)), origin);
  return id;
}

function newRowMap<L extends PassportList>(list: L, init: RowInit<L>, order: string): Y.Map<unknown> {
  const spec = PASSPORT_LISTS[list];
  const values = init as Record<string, unknown>;
  const m = new Y.Map<unknown>();
  m.set('order', order);
  m.set('deleted', false);
  for (const cell of spec.texts as readonly string[]) m.set(cell, new Y.Text(clampText(str(values[cell]), MAX_CELL_TEXT)));
  for (const cell of spec.values as readonly string[]) {
    const v = storedValue(cell, values[cell]);
    if (v !== null) m.set(cell, v);
  }
  return m;
}

const asSiblings = (rows: readonly { id: RowId; order: string }[]) => rows.map((r) => ({ id: r.id as unknown as NodeId, order: r.order }));

/** Whether a row with this id was ever added (removed rows included). */
export const hasRow = (doc: Y.Doc, list: PassportList, id: RowId): boolean => listOf(doc, list).has(id);

function liveRow(doc: Y.Doc, list: PassportList, id: RowId): Y.Map<unknown> | null {
  const m = childMap(listOf(doc, list), id);
  return m && !bool(m.get('deleted')) ? m : null;
}

/** A row cell's live Y.Text for binding an editor, or null when the row is gone. */
export function rowText<L extends PassportList>(doc: Y.Doc, list: L, id: RowId, cell: TextCell<L>): Y.Text | null {
  const v = liveRow(doc, list, id)?.get(cell);
  return v instanceof Y.Text ? v : null;
}

export function setRowText<L extends PassportList>(doc: Y.Doc, list: L, id: RowId, cell: TextCell<L>, value: string, origin: unknown): void {
  const m = liveRow(doc, list, id);
  if (!m) return;
  doc.transact(() => {
    const t = m.get(cell);
    // A row written by a hostile client may hold a plain string here: replace it with a real text.
    if (t instanceof Y.Text) applyTextChange(t, clampText(value, MAX_CELL_TEXT));
    else m.set(cell, new Y.Text(clampText(value, MAX_CELL_TEXT)));
  }, origin);
}

export function setRowValue<L extends PassportList>(doc: Y.Doc, list: L, id: RowId, cell: ValueCell<L>, value: string | number | null, origin: unknown): void {
  const m = liveRow(doc, list, id);
  if (!m) return;
  const v = storedValue(cell, value);
  doc.transact(() => {
    if (v === null) m.delete(cell);
    else m.set(cell, v);
  }, origin);
}

export function removeRow(doc: Y.Doc, list: PassportList, id: RowId, origin: unknown): void {
  const m = liveRow(doc, list, id);
  if (m) doc.transact(() => m.set('deleted', true), origin);
}

/** Moves a row one place up (-1) or down (+1); a no-op at either end. */
export function moveRow(doc: Y.Doc, list: PassportList, id: RowId, delta: -1 | 1, origin: unknown): void {
  const rows = readRows(doc, list);
  const i = rows.findIndex((r) => r.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= rows.length) return;
  const others = rows.filter((r) => r.id !== id);
  const order = orderFor(asSiblings(others), { at: 'index', index: j });
  doc.transact(() => liveRow(doc, list, id)?.set('order', order), origin);
}

/** Calls `fn` after every change to the passport (local or remote); returns the unsubscribe. */
export function observePassport(doc: Y.Doc, fn: () => void): () => void {
  const types: Y.AbstractType<Y.YEvent<never>>[] = [
    ...PASSPORT_TEXT_FIELDS.map((f) => textOf(doc, f)),
    valuesOf(doc),
    ...PASSPORT_LIST_NAMES.map((l) => listOf(doc, l)),
  ] as unknown as Y.AbstractType<Y.YEvent<never>>[];
  const handler = () => fn();
  for (const t of types) t.observeDeep(handler);
  return () => types.forEach((t) => t.unobserveDeep(handler));
}

/** Undo of one's own edits only (LOCAL_ORIGIN), across every section and table of the passport. */
export function createPassportUndoManager(doc: Y.Doc, opts: { captureTimeout?: number } = {}): Y.UndoManager {
  const scope = [...PASSPORT_TEXT_FIELDS.map((f) => textOf(doc, f)), valuesOf(doc), ...PASSPORT_LIST_NAMES.map((l) => listOf(doc, l))];
  return new Y.UndoManager(scope, { trackedOrigins: new Set<unknown>([LOCAL_ORIGIN]), captureTimeout: opts.captureTimeout ?? 500 });
}
