import type { BoardInfo } from '../../../../shared/doc/plan';
import type { BoardId, EventId } from '../../../../shared/ids';

export type PassportBoardMode = 'console' | 'participant' | 'projector';
export type PassportBoardProps = {
  eventId: EventId;
  boardId: BoardId;
  board: BoardInfo;
  writable: boolean;
  mode: PassportBoardMode;
};

/** Project passport board (entry point for the board dispatcher; the editor is being built). */
export function PassportBoard({ board, mode }: PassportBoardProps) {
  return (
    <section className={`passport passport--${mode}`} aria-label={board.title} data-testid="passport.board" data-board-id={board.id}>
      <h2>{board.title}</h2>
    </section>
  );
}
