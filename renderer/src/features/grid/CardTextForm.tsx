import type { FormEvent, KeyboardEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CARD_TEXT } from '@shared/doc/board';

type Props = {
  initial?: string;
  placeholder?: string;
  /** Adding clears the box for the next card; editing closes it. */
  onSave(text: string): void;
  onCancel?(): void;
  testid?: string;
};

/** Text box for a new or edited grid card. Enter saves, Shift+Enter breaks the line. */
export function CardTextForm({ initial = '', placeholder, onSave, onCancel, testid = 'grid.card-edit' }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const value = text.trim();
    if (!value) return;
    onSave(value);
    if (!onCancel) setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
    if (e.key === 'Escape') onCancel?.();
  };
  return (
    <form className="gform" onSubmit={submit}>
      <textarea
        className="input gform__input"
        value={text}
        rows={2}
        maxLength={MAX_CARD_TEXT}
        placeholder={placeholder}
        aria-label={placeholder ?? t('board.editLabel')}
        autoFocus={!!onCancel}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        data-testid={`${testid}-input`}
      />
      <div className="gform__actions">
        <button type="submit" className="button button--small button--primary" disabled={!text.trim()} data-testid={`${testid}-submit`}>
          {onCancel ? t('board.save') : t('board.add')}
        </button>
        {onCancel && (
          <button type="button" className="button button--small" onClick={onCancel}>
            {t('board.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
