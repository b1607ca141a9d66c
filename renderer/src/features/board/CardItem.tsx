import type { FormEvent, HTMLAttributes, ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '@shared/doc/board';
import { authorLabel } from './author-label';
import { MAX_CARD_TEXT } from '@shared/doc/board';

type Props = {
  card: Card;
  mine: boolean;
  canEdit: boolean;
  showAuthor: boolean;
  onEdit(text: string): void;
  onDelete(): void;
  /** Grouping (features/groups): drag handlers and data attributes for the card, and its buttons. */
  dnd?: HTMLAttributes<HTMLLIElement> & Record<`data-${string}`, string | boolean | undefined>;
  extra?: ReactNode;
};

/** One card. Text is rendered as React text only: user input never becomes markup. */
export function CardItem({ card, mine, canEdit, showAuthor, onEdit, onDelete, dnd, extra }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <li {...dnd} className={`${mine ? 'card card--mine' : 'card'} ${dnd?.className ?? ''}`} data-testid="board.card" data-card-id={card.id} data-mine={mine}>
      {editing ? (
        <EditForm initial={card.text} onCancel={() => setEditing(false)} onSave={(text) => (onEdit(text), setEditing(false))} />
      ) : (
        <p className="card__text" data-testid="board.card-text">
          {card.text}
        </p>
      )}
      <div className="card__footer">
        {mine && (
          <span className="badge badge--mine" data-testid="board.card-mine">
            {t('board.mine')}
          </span>
        )}
        {showAuthor && card.authorName && (
          <span className="card__author" data-testid="board.card-author">
            {authorLabel(card, t)}
          </span>
        )}
        {extra}
        {canEdit && !editing && (
          <span className="card__actions">
            <button type="button" className="button button--small" onClick={() => setEditing(true)} data-testid="board.card-edit">
              {t('board.edit')}
            </button>
            <button type="button" className="button button--small button--danger" onClick={onDelete} data-testid="board.card-delete">
              {t('board.delete')}
            </button>
          </span>
        )}
      </div>
    </li>
  );
}

function EditForm({ initial, onSave, onCancel }: { initial: string; onSave: (text: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) onSave(text.trim());
  };
  return (
    <form className="card__edit" onSubmit={submit}>
      <textarea
        className="input"
        value={text}
        rows={3}
        maxLength={MAX_CARD_TEXT}
        aria-label={t('board.editLabel')}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        data-testid="board.card-edit-input"
      />
      <div className="card__actions">
        <button type="submit" className="button button--small button--primary" data-testid="board.card-save">
          {t('board.save')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('board.cancel')}
        </button>
      </div>
    </form>
  );
}
