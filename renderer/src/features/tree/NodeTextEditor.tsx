import { useEffect, useRef } from 'react';

type Props = {
  value: string;
  label: string;
  onChange(text: string): void;
  /** Enter saves; Tab saves and adds a child (as in outliners), so a chain of causes is typed without the mouse. */
  onCommit(then?: 'child' | 'sibling'): void;
  onCancel(): void;
};

/** Inline text editing in a node. Keys stay here: the canvas must not treat typed letters as commands. */
export function NodeTextEditor({ value, label, onChange, onCommit, onCancel }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  return (
    <textarea
      ref={ref}
      className="tree-node__input"
      value={value}
      aria-label={label}
      data-testid="tree.edit-input"
      onChange={(e) => onChange(e.target.value)}
      onPointerDown={(e) => e.stopPropagation()}
      onClick={(e) => e.stopPropagation()}
      onBlur={() => onCommit()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          onCommit();
        } else if (e.key === 'Tab') {
          e.preventDefault();
          onCommit('child');
        }
      }}
    />
  );
}
