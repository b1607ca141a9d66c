import type { BoardInfo } from '../../../../shared/doc/plan';
import type { BoardId, EventId } from '../../../../shared/ids';

export type TreeBoardMode = 'console' | 'participant' | 'projector';
export type TreeBoardProps = { eventId: EventId; boardId: BoardId; board: BoardInfo; writable: boolean; mode: TreeBoardMode };

/** A problem tree or goal tree board. Placeholder so the board dispatcher compiles; the editor follows. */
export function TreeBoard({ board }: TreeBoardProps) {
  return <section data-testid="tree.board" data-board-id={board.id} />;
}
