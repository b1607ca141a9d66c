import type { DragEndEvent } from '@dnd-kit/core';
import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import type { CSSProperties } from 'react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey } from '@shared/session/grid-templates';
import type { GridContext } from './GridBoard';
import { GridCell } from './GridCell';
import { showsRowHeaders } from './grid-rules';
import type { GridData } from './use-grid';

/** By identity: dnd-kit memoises a sensor on its options, and a new one re-renders every draggable card. */
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };

/**
 * The whole grid at once (laptop, projector). A dragged card is written to its new cell on drop
 * only: while it moves, nothing goes over the network.
 */
export function GridTable({ data, ctx, projector }: { data: GridData; ctx: GridContext; projector: boolean }) {
  const { t } = useTranslation();
  // A small distance before a drag starts, so a click into a card's text still selects it.
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor));
  const { layout, grid } = data;
  const headers = showsRowHeaders(layout);
  const style = { '--grid-cols': layout.columns.length, '--grid-head': headers ? 'minmax(120px, 14%)' : '0px' } as CSSProperties;
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const card = [...grid.cells.values(), grid.unplaced].flat().find((c) => c.id === active.id);
    if (card) ctx.actions(card).move(String(over.id));
  };
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <div className={`gtable${headers ? '' : ' gtable--single'}${projector ? ' gtable--projector' : ''}`} style={style} role="table">
        <div className="gtable__corner" role="columnheader" />
        {layout.columns.map((c) => (
          <div key={c.id} className="gtable__colhead" role="columnheader" data-testid="grid.column">
            {c.label}
          </div>
        ))}
        {layout.rows.map((r) => (
          <Fragment key={r.id}>
            <div className="gtable__rowhead" role="rowheader" data-testid="grid.row">
              {headers ? r.label : null}
            </div>
            {layout.columns.map((c) => {
              const key = cellKey(r.id, c.id);
              return (
                <GridCell
                  key={key}
                  row={r.id}
                  column={c.id}
                  cellKey={key}
                  label={layout.cellLabels[key]}
                  cards={grid.cells.get(key) ?? []}
                  ctx={ctx}
                  projector={projector}
                />
              );
            })}
          </Fragment>
        ))}
      </div>
      {grid.unplaced.length > 0 && !projector && (
        <div className="gunplaced" data-testid="grid.unplaced">
          <h3>{t('grid.unplaced')}</h3>
          <GridCell row="" column="" cellKey="" cards={grid.unplaced} ctx={ctx} canAdd={false} />
        </div>
      )}
    </DndContext>
  );
}
