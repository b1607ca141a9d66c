import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { caretAfter } from './caret';

type Props = {
  id: string;
  label: string;
  value: string;
  max: number;
  write: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  placeholder?: string;
  testId: string;
  disabled?: boolean;
};

/**
 * An input bound to one key of the poster's Y.Map (a whole string, so two people editing different
 * fields merge, and the last writer wins within one field). Uncontrolled on purpose: the DOM keeps
 * the caret while the person types; each change is written at once, and a remote edit replaces the
 * value with the caret moved past it (caret.ts), so nobody's cursor jumps to the end.
 */
export function MapField({ id, label, value, max, write, multiline, rows = 4, hint, placeholder, testId, disabled }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el || el.value === value) return;
    if (document.activeElement !== el) {
      el.value = value;
      return;
    }
    const [start, end] = [el.selectionStart ?? 0, el.selectionEnd ?? 0];
    const before = el.value;
    el.value = value;
    el.setSelectionRange(caretAfter(before, value, start), caretAfter(before, value, end));
  }, [value]);

  const onInput = () => {
    const el = ref.current;
    if (el) write(el.value.slice(0, max));
  };
  const left = max - value.length;
  const common = {
    ref,
    id,
    className: 'input',
    defaultValue: value,
    maxLength: max,
    placeholder,
    disabled,
    onInput,
    'aria-describedby': `${id}-count${hint ? ` ${id}-hint` : ''}`,
    'data-testid': testId,
  };
  return (
    <div className="field poster-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="muted poster-field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type="text" />}
      <span className={`poster-field__count${left < max * 0.1 ? ' poster-field__count--low' : ''}`} id={`${id}-count`}>
        {t('posters.editor.count', { count: value.length, max })}
      </span>
    </div>
  );
}
