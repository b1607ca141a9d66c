import type { FormEvent, KeyboardEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CARD_TEXT } from '@shared/doc/board';

/** Enter adds the card (phones and projectors-side laptops alike); Shift+Enter starts a new line. */
export function AddCardForm({ onAdd }: { onAdd: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const value = text.trim();
    if (!value) return;
    onAdd(value);
    setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
  };
  return (
    <form className="add-card" onSubmit={submit}>
      <textarea
        className="input add-card__input"
        value={text}
        rows={2}
        maxLength={MAX_CARD_TEXT}
        placeholder={t('board.addPlaceholder')}
        aria-label={t('board.addPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        data-testid="board.add-input"
      />
      <button type="submit" className="button button--primary add-card__submit" disabled={!text.trim()} data-testid="board.add-submit">
        {t('board.add')}
      </button>
    </form>
  );
}
