import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { clampText } from '@shared/passport/model';
import { applyTextChange } from '@shared/passport/text-diff';

type Props = {
  text: Y.Text | null;
  max: number;
  multiline?: boolean;
  rows?: number;
  id?: string;
  label?: string;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  testId?: string;
  className?: string;
};

/**
 * A textarea (or input) bound to a Y.Text. Uncontrolled on purpose: the DOM keeps the caret, our
 * keystrokes go into the Y.Text as the smallest insert/delete, and a remote edit rewrites the value
 * with the caret shifted by the edit's delta — so two people typing in one section each keep their
 * place and their words, instead of the last full-value write winning.
 */
export function YTextField({ text, max, multiline, rows = 3, id, label, placeholder, invalid, describedBy, testId, className }: Props) {
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const writing = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el || !text) return;
    el.value = text.toString();
    const onChange = (event: Y.YTextEvent) => {
      if (writing.current) return;
      const focused = document.activeElement === el;
      const [start, end] = [el.selectionStart ?? 0, el.selectionEnd ?? 0];
      el.value = text.toString();
      if (focused) el.setSelectionRange(shift(start, event.delta), shift(end, event.delta));
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text]);

  const onInput = () => {
    const el = ref.current;
    if (!el || !text?.doc) return;
    writing.current = true;
    try {
      text.doc.transact(() => applyTextChange(text, clampText(el.value, max)), LOCAL_ORIGIN);
    } finally {
      writing.current = false;
    }
  };

  const common = {
    ref,
    id,
    className: `input passport-text ${className ?? ''}`,
    placeholder,
    'aria-label': label,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    'data-testid': testId,
    maxLength: max,
    disabled: !text,
    onInput,
  };
  return multiline ? <textarea {...common} rows={rows} /> : <input {...common} type="text" />;
}

/** Where a caret at `pos` lands after a remote edit described by `delta` (positions in the old text). */
function shift(pos: number, delta: Y.YTextEvent['delta']): number {
  let at = 0;
  let out = pos;
  for (const op of delta) {
    if (at >= pos) break;
    if (op.retain !== undefined) at += op.retain;
    else if (op.insert !== undefined) out += typeof op.insert === 'string' ? op.insert.length : 1;
    else if (op.delete !== undefined) {
      // Text deleted before the caret pulls it back; a deletion across it leaves it at the cut.
      out -= Math.min(op.delete, pos - at);
      at += op.delete;
    }
  }
  return Math.max(0, out);
}
