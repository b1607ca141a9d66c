import type { Direction } from './navigation';

export type KeyCommand =
  | { type: 'nav'; dir: Direction }
  | { type: 'sibling' }
  | { type: 'child' }
  | { type: 'delete' }
  | { type: 'edit'; initial?: string }
  | { type: 'escape' }
  | { type: 'undo' }
  | { type: 'redo' };

export type KeyInput = { key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * The canvas's keys when no node is being edited. Undo/redo match the physical key (`code`), so
 * Ctrl+Z works on a Russian layout where the key types «я». Read-only boards keep navigation only.
 */
export function keyCommand(e: KeyInput, writable: boolean): KeyCommand | null {
  const dir = ARROWS[e.key];
  if (dir && !e.ctrlKey && !e.metaKey && !e.altKey) return { type: 'nav', dir };
  if (e.key === 'Escape') return { type: 'escape' };
  if (!writable) return null;
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey) {
    if (e.code === 'KeyZ') return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (e.code === 'KeyY') return { type: 'redo' };
    return null;
  }
  if (e.altKey) return null;
  switch (e.key) {
    case 'Enter':
      return { type: 'sibling' };
    case 'Tab':
      return e.shiftKey ? null : { type: 'child' };
    case 'Delete':
    case 'Backspace':
      return { type: 'delete' };
    case 'F2':
      return { type: 'edit' };
  }
  // A printable character starts editing with it, replacing the text (as in a spreadsheet cell).
  if ([...e.key].length === 1 && e.key !== ' ') return { type: 'edit', initial: e.key };
  return null;
}
