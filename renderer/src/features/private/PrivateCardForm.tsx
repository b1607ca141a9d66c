import type { FormEvent, KeyboardEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PRIVATE_TEXT } from '@shared/doc/private';
import type { CellOption } from './private-rules';

/** Like the board's add form, plus a cell to land in on a grid board. Enter adds; Shift+Enter is a new line. */
export function PrivateCardForm({ cells, onAdd }: { cells: readonly CellOption[]; onAdd: (text: string, cell: CellOption | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [cellValue, setCellValue] = useState('');
  const cell = cells.find((c) => c.value === cellValue) ?? cells[0] ?? null;
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const value = text.trim();
    if (!value) return;
    onAdd(value, cell);
    setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
  };
  return (
    <form className="private-form" onSubmit={submit}>
      {cells.length > 1 && (
        <label className="field">
          <span className="field__label">{t('privateRound.cell')}</span>
          <select className="input" value={cell?.value ?? ''} onChange={(e) => setCellValue(e.target.value)} data-testid="private.cell">
            {cells.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="add-card">
        <textarea
          className="input add-card__input"
          value={text}
          rows={2}
          maxLength={MAX_PRIVATE_TEXT}
          placeholder={t('privateRound.placeholder')}
          aria-label={t('privateRound.placeholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="private.input"
        />
        <button type="submit" className="button button--primary add-card__submit" disabled={!text.trim()} data-testid="private.add">
          {t('privateRound.add')}
        </button>
      </div>
    </form>
  );
}
