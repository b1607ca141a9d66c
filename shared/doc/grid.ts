import * as Y from 'yjs';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type { CardId } from '../ids';
import { newId } from '../ids';
import type { Lang } from '../session/grid-templates';
import { cellKey, gridTemplate, labelIn } from '../session/grid-templates';
import type { Card, NewCard } from './board';
import { addCard, readCards } from './board';
import { bool, childMap, str, strOrNull } from './schema';

/**
 * Grid boards: the card board of shared/doc/board.ts plus a `row` field on each card (cards keep
 * `column`, so a grid board is still a valid card board). The layout is the template (by id, from
 * the plan) with the facilitator's changes stored in the board doc: renamed, added, removed or
 * moved rows and columns. Changes live in two top-level maps, so concurrent first edits by two
 * people never race to create a shared parent.
 */

export const GRID_AXES = ['rows', 'columns'] as const;
export type GridAxis = (typeof GRID_AXES)[number];

export type GridAxisEntry = { id: string; label: string; order: string; custom: boolean };
export type GridLayout = {
  templateId: string | null;
  rows: GridAxisEntry[];
  columns: GridAxisEntry[];
  /** Cell names (SWOT), keyed by `cellKey(row, column)`. */
  cellLabels: Record<string, string>;
};
export type GridCard = Card & { row: string | null };

export const MAX_AXIS_LABEL = 200;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

const axisOf = (doc: Y.Doc, axis: GridAxis) => doc.getMap<Y.Map<unknown>>(axis === 'rows' ? 'gridRows' : 'gridColumns');
const cardsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('cards');

const byOrder = (a: GridAxisEntry, b: GridAxisEntry) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1);

/** The template's items with the board's overrides applied, then the board's own items; removed ones left out. */
function readAxis(doc: Y.Doc, templateId: string | null, axis: GridAxis, lang: Lang): GridAxisEntry[] {
  const items = gridTemplate(templateId)?.[axis] ?? [];
  const keys = items.length > 0 ? generateNKeysBetween(null, null, items.length) : [];
  const overrides = axisOf(doc, axis);
  const out: GridAxisEntry[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    seen.add(item.id);
    const o = childMap(overrides as Y.Map<unknown>, item.id);
    if (o && bool(o.get('removed'))) return;
    const label = strOrNull(o?.get('label')) ?? labelIn(item.label, lang);
    out.push({ id: item.id, label, order: strOrNull(o?.get('order')) ?? keys[i]!, custom: false });
  });
  overrides.forEach((o, id) => {
    if (seen.has(id) || !(o instanceof Y.Map) || bool(o.get('removed'))) return;
    out.push({ id, label: str(o.get('label')), order: str(o.get('order'), 'a0'), custom: true });
  });
  return out.sort(byOrder);
}

export function readGridLayout(doc: Y.Doc, templateId: string | null, lang: Lang): GridLayout {
  const cells = gridTemplate(templateId)?.cells ?? {};
  const cellLabels: Record<string, string> = {};
  for (const [k, label] of Object.entries(cells)) cellLabels[k] = labelIn(label, lang);
  return {
    templateId,
    rows: readAxis(doc, templateId, 'rows', lang),
    columns: readAxis(doc, templateId, 'columns', lang),
    cellLabels,
  };
}

function overrideOf(doc: Y.Doc, axis: GridAxis, id: string): Y.Map<unknown> {
  const map = axisOf(doc, axis);
  const existing = map.get(id);
  if (existing instanceof Y.Map) return existing;
  const m = new Y.Map<unknown>();
  map.set(id, m);
  return m;
}

/** Adds a row or column after the last one; returns its id. */
export function addGridAxisItem(doc: Y.Doc, templateId: string | null, axis: GridAxis, label: string, origin: unknown, id: string = newId()): string {
  doc.transact(() => {
    const current = readAxis(doc, templateId, axis, 'ru');
    const m = overrideOf(doc, axis, id);
    m.set('label', label.trim().slice(0, MAX_AXIS_LABEL));
    m.set('order', generateKeyBetween(current.at(-1)?.order ?? null, null));
    m.set('removed', false);
  }, origin);
  return id;
}

/** Renames a template row/column (e.g. names a programme) or a custom one. */
export function renameGridAxisItem(doc: Y.Doc, axis: GridAxis, id: string, label: string, origin: unknown): void {
  doc.transact(() => overrideOf(doc, axis, id).set('label', label.trim().slice(0, MAX_AXIS_LABEL)), origin);
}

/** Hides a row or column; its cards are kept (they show as unplaced) and come back if it is restored. */
export function removeGridAxisItem(doc: Y.Doc, axis: GridAxis, id: string, origin: unknown): void {
  doc.transact(() => overrideOf(doc, axis, id).set('removed', true), origin);
}

export function restoreGridAxisItem(doc: Y.Doc, axis: GridAxis, id: string, origin: unknown): void {
  doc.transact(() => overrideOf(doc, axis, id).set('removed', false), origin);
}

/** Moves a row or column to position `toIndex` among the visible ones. */
export function moveGridAxisItem(doc: Y.Doc, templateId: string | null, axis: GridAxis, id: string, toIndex: number, origin: unknown): void {
  doc.transact(() => {
    const others = readAxis(doc, templateId, axis, 'ru').filter((e) => e.id !== id);
    const i = Math.max(0, Math.min(others.length, Math.trunc(toIndex)));
    const order = generateKeyBetween(others[i - 1]?.order ?? null, others[i]?.order ?? null);
    overrideOf(doc, axis, id).set('order', order);
  }, origin);
}

export function readGridCards(doc: Y.Doc): GridCard[] {
  const cards = cardsOf(doc);
  return readCards(doc).map((c) => ({ ...c, row: strOrNull(childMap(cards as Y.Map<unknown>, c.id)?.get('row')) }));
}

export type NewGridCard = NewCard & { row: string | null; column: string | null };

/** Adds a card at the end of its cell. */
export function addGridCard(doc: Y.Doc, card: NewGridCard, origin: unknown, id: CardId = newId<CardId>()): CardId {
  doc.transact(() => {
    addCard(doc, card, origin, id);
    childMap(cardsOf(doc) as Y.Map<unknown>, id)?.set('row', card.row);
  }, origin);
  return id;
}

/** Moves a card into a cell at `index` among that cell's cards (default: the end); written on drop. */
export function moveGridCard(doc: Y.Doc, id: CardId, to: { row: string | null; column: string | null; index?: number }, origin: unknown): void {
  doc.transact(() => {
    const m = childMap(cardsOf(doc) as Y.Map<unknown>, id);
    if (!m) return;
    const inCell = readGridCards(doc).filter((c) => c.id !== id && c.row === to.row && c.column === to.column);
    const i = Math.max(0, Math.min(inCell.length, Math.trunc(to.index ?? inCell.length)));
    m.set('row', to.row);
    m.set('column', to.column);
    m.set('order', generateKeyBetween(inCell[i - 1]?.order ?? null, inCell[i]?.order ?? null));
  }, origin);
}

/** `#rrggbb` or null (no colour); anything else is refused so no client can smuggle CSS into others' screens. */
export function setCardColor(doc: Y.Doc, id: CardId, color: string | null, origin: unknown): void {
  if (color !== null && !HEX_COLOR.test(color)) return;
  doc.transact(() => childMap(cardsOf(doc) as Y.Map<unknown>, id)?.set('color', color), origin);
}

export type GridCells = { cells: Map<string, GridCard[]>; unplaced: GridCard[] };

/**
 * Cards by cell (`cellKey(row, column)`), in order. A card without a row (made on a plain card
 * board, or by an older client) belongs to the first row; a card whose row or column is gone
 * is unplaced rather than lost, so the UI can offer to move it.
 */
export function gridCells(layout: GridLayout, cards: readonly GridCard[]): GridCells {
  const rows = new Set(layout.rows.map((r) => r.id));
  const columns = new Set(layout.columns.map((c) => c.id));
  const firstRow = layout.rows[0]?.id ?? null;
  const cells = new Map<string, GridCard[]>();
  for (const r of layout.rows) for (const c of layout.columns) cells.set(cellKey(r.id, c.id), []);
  const unplaced: GridCard[] = [];
  for (const card of cards) {
    const row = card.row ?? firstRow;
    if (row === null || card.column === null || !rows.has(row) || !columns.has(card.column)) unplaced.push(card);
    else cells.get(cellKey(row, card.column))!.push(card);
  }
  return { cells, unplaced };
}

/** The author to print under a card, following the plan's showAuthors setting. */
export const visibleAuthor = (card: Pick<Card, 'authorName'>, showAuthors: boolean): string | null => (showAuthors && card.authorName ? card.authorName : null);
