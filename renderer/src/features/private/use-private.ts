import type { GridLayout } from '@shared/doc/grid';
import { readGridLayout } from '@shared/doc/grid';
import type { PrivateCard, PrivateRound } from '@shared/doc/private';
import { readPrivateCards, readPrivateRound } from '@shared/doc/private';
import type { Lang } from '@shared/session/grid-templates';
import type { BoardId } from '@shared/ids';
import type { Room } from '../../collab/rooms';
import { useDocRead, useReadyDoc } from '../voting/use-voting';

export function usePrivateRound(plan: Room | null, boardId: BoardId | null): PrivateRound | null {
  return useDocRead(useReadyDoc(plan), boardId ?? '', (d) => (boardId ? readPrivateRound(d, boardId) : null), null);
}

/**
 * For the board views: while this is true, a participant's new cards belong in the private panel,
 * not on the board (a card typed into the board itself would be public at once).
 */
export function usePrivateRoundOpen(plan: Room | null, boardId: BoardId | null): boolean {
  return usePrivateRound(plan, boardId)?.state === 'open';
}

const NO_CARDS: PrivateCard[] = [];

export function usePrivateCards(person: Room | null, boardId: BoardId): PrivateCard[] {
  return useDocRead(useReadyDoc(person), boardId, (d) => readPrivateCards(d, boardId), NO_CARDS);
}

export function useGridLayout(board: Room | null, templateId: string | null, lang: Lang): GridLayout | null {
  return useDocRead(useReadyDoc(board), `${templateId ?? ''}|${lang}`, (d) => readGridLayout(d, templateId, lang), null);
}
