import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridContext } from './GridBoard';
import { GridCell } from './GridCell';
import type { GridData } from './use-grid';

/**
 * A phone at 360 px: one cell at a time. The picker lists every cell with its card count, so a
 * participant sees where the team has written without scrolling a grid sideways.
 */
export function GridPhone({ data, ctx }: { data: GridData; ctx: GridContext }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const { grid, layout } = data;
  const current = ctx.cells.find((c) => c.key === picked) ?? ctx.cells[0];
  if (!current) return <p className="muted">{t('grid.noCells')}</p>;
  return (
    <div className="gphone">
      <label className="field">
        <span className="field__label">{t('grid.cell')}</span>
        <select className="input" value={current.key} onChange={(e) => setPicked(e.target.value)} data-testid="grid.cell-picker">
          {ctx.cells.map((c) => (
            <option key={c.key} value={c.key}>
              {t('grid.cellOption', { label: c.label, count: grid.cells.get(c.key)?.length ?? 0 })}
            </option>
          ))}
        </select>
      </label>
      <GridCell
        row={current.row}
        column={current.column}
        cellKey={current.key}
        label={layout.cellLabels[current.key]}
        cards={grid.cells.get(current.key) ?? []}
        ctx={ctx}
      />
      {grid.unplaced.length > 0 && (
        <div className="gunplaced" data-testid="grid.unplaced">
          <h3>{t('grid.unplaced')}</h3>
          <GridCell row="" column="" cellKey="" cards={grid.unplaced} ctx={ctx} canAdd={false} />
        </div>
      )}
    </div>
  );
}
