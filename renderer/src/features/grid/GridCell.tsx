import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { GridCard } from '@shared/doc/grid';
import { CardTextForm } from './CardTextForm';
import type { GridContext } from './GridBoard';
import { authorLabel } from '../board/author-label';
import { GridCardItem } from './GridCardItem';

type Props = {
  row: string;
  column: string;
  cellKey: string;
  /** SWOT-style name of the cell itself, if any. */
  label?: string;
  cards: GridCard[];
  ctx: GridContext;
  projector?: boolean;
  /** The unplaced tray takes cards out, never new ones. */
  canAdd?: boolean;
};

/** One cell: a drop target for dragged cards, its cards in order, and an input for a new one. */
export function GridCell({ row, column, cellKey, label, cards, ctx, projector = false, canAdd = true }: Props) {
  const { t } = useTranslation();
  const drop = useDroppable({ id: cellKey, disabled: !ctx.draggable });
  return (
    <div
      ref={drop.setNodeRef}
      className={`gcell${drop.isOver ? ' gcell--over' : ''}`}
      data-testid="grid.cell"
      data-row={row}
      data-column={column}
      data-count={cards.length}
    >
      {label && <p className="gcell__label">{label}</p>}
      <ul className="gcell__cards">
        {cards.map((c) =>
          projector ? (
            <li
              key={c.id}
              className="gcard gcard--wall"
              style={c.color ? { background: c.color } : undefined}
              data-testid="grid.card"
              data-pj-item=""
              data-card-id={c.id}
            >
              <p className="gcard__text" data-testid="grid.card-text">
                {c.text}
              </p>
              {ctx.showAuthors && c.authorName && <p className="gcard__author">{authorLabel(c, t)}</p>}
            </li>
          ) : (
            <GridCardItem
              key={c.id}
              card={c}
              cellKey={cellKey}
              mine={ctx.isMine(c)}
              canEdit={ctx.canEdit(c)}
              canArrange={ctx.writable}
              showAuthors={ctx.showAuthors}
              cells={ctx.cells}
              draggable={ctx.draggable}
              actions={ctx.actions(c)}
            />
          ),
        )}
      </ul>
      {ctx.writable && !projector && canAdd && (
        <CardTextForm placeholder={t('grid.addPlaceholder')} onSave={(text) => ctx.add(row, column, text)} testid="grid.add" />
      )}
    </div>
  );
}
