import type { GridAxis, GridLayout } from '@shared/doc/grid';
import { SINGLE_ROW, cellKey, gridTemplate } from '@shared/session/grid-templates';

/** Pure rules of the grid UI, kept apart from React so they are tested without a browser. */

/** Light fills that keep black text readable on a washed-out projector; null is the plain card. */
export const CARD_COLORS = ['#fff4c2', '#d6ecff', '#d9f2d9', '#ffd9d9', '#eadcff'] as const;

/**
 * A one-row template (problems / growth / advantages, image of the future) has no row header:
 * adding rows to it would give the existing one an empty name, so only its columns change.
 */
export function axisEditable(templateId: string | null, axis: GridAxis): boolean {
  if (axis === 'columns') return true;
  const t = gridTemplate(templateId);
  return !(t && t.rows.length === 1 && t.rows[0]!.id === SINGLE_ROW);
}

/** Whether the grid draws row headers (a single unnamed row does not). */
export const showsRowHeaders = (layout: GridLayout): boolean =>
  !(layout.rows.length === 1 && layout.rows[0]!.id === SINGLE_ROW && layout.rows[0]!.label === '');

export type CellOption = { key: string; row: string; column: string; label: string };

/**
 * Every cell as one pickable item, row by row: the phone's cell picker and the "move to…" menu.
 * A SWOT cell shows its own name; otherwise "row — column", or the column alone in a one-row grid.
 */
export function cellOptions(layout: GridLayout): CellOption[] {
  const named = showsRowHeaders(layout);
  return layout.rows.flatMap((r) =>
    layout.columns.map((c) => {
      const key = cellKey(r.id, c.id);
      const own = layout.cellLabels[key];
      const base = named ? `${r.label} — ${c.label}` : c.label;
      return { key, row: r.id, column: c.id, label: own ? `${own} (${base})` : base };
    }),
  );
}

/** The cell a drop target id names, or null for anything that is not a cell of this layout. */
export function cellFromKey(layout: GridLayout, key: string): { row: string; column: string } | null {
  const found = cellOptions(layout).find((o) => o.key === key);
  return found ? { row: found.row, column: found.column } : null;
}
