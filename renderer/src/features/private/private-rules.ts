import type { Card } from '@shared/doc/board';
import type { GridLayout } from '@shared/doc/grid';
import type { PrivateCard } from '@shared/doc/private';
import type { PersonId } from '@shared/ids';

/**
 * Which of my private cards are already on the board. The host's reveal ids are a hash the phone
 * cannot recompute (and the host records no link back), so a card counts as revealed when the board
 * holds a card with its exact text from this round's kind of author (me, or nobody when anonymous) —
 * matched one to one, so two equal private cards need two board cards.
 */
export function pendingCards(mine: readonly PrivateCard[], board: readonly Card[], me: PersonId, anonymous: boolean): PrivateCard[] {
  const onBoard = new Map<string, number>();
  for (const c of board) {
    if (anonymous ? c.authorId !== null : c.authorId !== me) continue;
    const text = c.text.trim();
    onBoard.set(text, (onBoard.get(text) ?? 0) + 1);
  }
  return mine.filter((c) => {
    const n = onBoard.get(c.text) ?? 0;
    if (n === 0) return true;
    onBoard.set(c.text, n - 1);
    return false;
  });
}

export type CellOption = { value: string; row: string | null; column: string | null; label: string };

/** Every cell of a grid as one pick list ("Row · Column", or the cell's own name such as "Strengths"). */
export function cellOptions(layout: GridLayout): CellOption[] {
  const out: CellOption[] = [];
  for (const r of layout.rows) {
    for (const c of layout.columns) {
      const named = layout.cellLabels[`${r.id}:${c.id}`];
      const label = named ?? (r.label ? `${r.label} · ${c.label}` : c.label);
      out.push({ value: `${r.id}:${c.id}`, row: r.id, column: c.id, label });
    }
  }
  return out;
}
