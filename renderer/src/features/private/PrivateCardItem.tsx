import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivateCard } from '@shared/doc/private';
import { MAX_PRIVATE_TEXT } from '@shared/doc/private';

/** One private card, marked as visible to its author only; text as React text only. */
export function PrivateCardItem({ card, onEdit, onDelete }: { card: PrivateCard; onEdit: (text: string) => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(card.text);
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    onEdit(text.trim());
    setEditing(false);
  };
  return (
    <li className="card private-card" data-testid="private.card" data-card-id={card.id}>
      {editing ? (
        <form className="card__edit" onSubmit={save}>
          <textarea
            className="input"
            value={text}
            rows={3}
            maxLength={MAX_PRIVATE_TEXT}
            aria-label={t('privateRound.editLabel')}
            autoFocus
            onChange={(e) => setText(e.target.value)}
            data-testid="private.edit-input"
          />
          <div className="card__actions">
            <button type="submit" className="button button--small button--primary" data-testid="private.save">
              {t('privateRound.save')}
            </button>
            <button type="button" className="button button--small" onClick={() => setEditing(false)}>
              {t('privateRound.cancelEdit')}
            </button>
          </div>
        </form>
      ) : (
        <p className="card__text" data-testid="private.card-text">
          {card.text}
        </p>
      )}
      <div className="card__footer">
        <span className="badge private-card__badge" data-testid="private.only-you">
          {t('privateRound.onlyYou')}
        </span>
        {!editing && (
          <span className="card__actions">
            <button type="button" className="button button--small" onClick={() => (setText(card.text), setEditing(true))} data-testid="private.edit">
              {t('privateRound.edit')}
            </button>
            <button type="button" className="button button--small button--danger" onClick={onDelete} data-testid="private.delete">
              {t('privateRound.delete')}
            </button>
          </span>
        )}
      </div>
    </li>
  );
}
