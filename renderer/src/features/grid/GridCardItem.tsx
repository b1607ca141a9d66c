import type { CSSProperties } from 'react';
import { useState } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { GridCard } from '@shared/doc/grid';
import { visibleAuthor } from '@shared/doc/grid';
import type { CellOption } from './grid-rules';
import { CARD_COLORS } from './grid-rules';
import { CardTextForm } from './CardTextForm';

export type CardActions = {
  edit(text: string): void;
  remove(): void;
  color(color: string | null): void;
  move(cellKey: string): void;
};

type Props = {
  card: GridCard;
  cellKey: string;
  mine: boolean;
  /** May change text or delete: the author or a facilitator, on a writable board. */
  canEdit: boolean;
  /** May move and colour: anyone who can write the board. */
  canArrange: boolean;
  showAuthors: boolean;
  cells: CellOption[];
  draggable: boolean;
  actions: CardActions;
};

/** One grid card. Dragged by its handle area on desktop; the "move to" menu works everywhere (phones, keyboards). */
export function GridCardItem({ card, cellKey, mine, canEdit, canArrange, showAuthors, cells, draggable, actions }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  // Without a mouse (phones) the tools fold behind one button, so a cell reads as a list of cards.
  const [toolsOpen, setToolsOpen] = useState(false);
  const folded = !draggable;
  const drag = useDraggable({ id: card.id, disabled: !draggable || editing });
  const style: CSSProperties = {
    ...(card.color ? { background: card.color } : {}),
    ...(drag.transform ? { transform: `translate(${drag.transform.x}px, ${drag.transform.y}px)`, zIndex: 5 } : {}),
  };
  const author = visibleAuthor(card, showAuthors);
  return (
    <li
      ref={drag.setNodeRef}
      className={`gcard${mine ? ' gcard--mine' : ''}${drag.isDragging ? ' gcard--dragging' : ''}`}
      style={style}
      data-testid="grid.card"
      data-card-id={card.id}
      data-mine={mine}
    >
      {editing ? (
        <CardTextForm initial={card.text} onCancel={() => setEditing(false)} onSave={(text) => (actions.edit(text), setEditing(false))} />
      ) : (
        <p className="gcard__text" data-testid="grid.card-text" {...(draggable ? { ...drag.listeners, ...drag.attributes } : {})}>
          {card.text}
        </p>
      )}
      {author && (
        <p className="gcard__author" data-testid="grid.card-author">
          {author}
        </p>
      )}
      {canArrange && !editing && folded && (
        <button
          type="button"
          className="icon-button gcard__more"
          aria-expanded={toolsOpen}
          aria-label={t('grid.tools')}
          onClick={() => setToolsOpen(!toolsOpen)}
          data-testid="grid.card-tools"
        >
          ⋯
        </button>
      )}
      {canArrange && !editing && (!folded || toolsOpen) && (
        <div className="gcard__tools">
          {canEdit && (
            <button
              type="button"
              className="icon-button"
              onClick={() => setEditing(true)}
              aria-label={t('board.edit')}
              title={t('board.edit')}
              data-testid="grid.card-edit"
            >
              ✎
            </button>
          )}
          <ColorPicker current={card.color} onPick={actions.color} />
          <select
            className="gcard__move"
            value={cellKey}
            aria-label={t('grid.moveTo')}
            title={t('grid.moveTo')}
            onChange={(e) => actions.move(e.target.value)}
            data-testid="grid.card-move"
          >
            {cells.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
          {canEdit && (
            <button
              type="button"
              className="icon-button icon-button--danger"
              onClick={actions.remove}
              aria-label={t('board.delete')}
              title={t('board.delete')}
              data-testid="grid.card-delete"
            >
              ×
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function ColorPicker({ current, onPick }: { current: string | null; onPick: (c: string | null) => void }) {
  const { t } = useTranslation();
  return (
    <span className="swatches" role="group" aria-label={t('grid.color')}>
      {[null, ...CARD_COLORS].map((c) => (
        <button
          key={c ?? 'none'}
          type="button"
          className="swatch"
          style={{ background: c ?? '#ffffff' }}
          aria-pressed={current === c}
          aria-label={c ? t('grid.colorN', { color: c }) : t('grid.colorNone')}
          onClick={() => onPick(c)}
          data-testid="grid.card-color"
        />
      ))}
    </span>
  );
}
