import './passport.css';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import { useDeadlineLock } from '../championship/use-championship';
import type { BoardId, EventId } from '@shared/ids';
import { boardRoom, planRoom } from '@shared/protocol/rooms';
import { usePlan, useRoom, useRoomState } from '../../collab/hooks';
import { ExportMenu } from './ExportMenu';
import { FillFromGoalTree } from './FillFromGoalTree';
import { PassportEditor } from './PassportEditor';
import { PassportView } from './PassportView';
import { usePassport, usePassportInit, usePassportSession, useProblems } from './use-passport';

export type PassportBoardMode = 'console' | 'participant' | 'projector';
export type PassportBoardProps = {
  eventId: EventId;
  boardId: BoardId;
  board: BoardInfo;
  writable: boolean;
  mode: PassportBoardMode;
};

/**
 * A team's project passport, for every place a board shows: an editable grant-style form in the
 * console and on laptops and phones (one column under 700 px), a large read-only view on the
 * projector and for those who cannot write the board.
 */
export function PassportBoard({ eventId, boardId, board, writable, mode }: PassportBoardProps) {
  const { t } = useTranslation();
  const who = usePassportSession(eventId, mode);
  const room = useRoom(who.session, boardRoom(eventId, boardId));
  const state = useRoomState(room);
  const plan = usePlan(useRoom(who.session, planRoom(eventId)));
  const deadline = useDeadlineLock(who.session, eventId, board.id);
  const projector = mode === 'projector';
  const editing = writable && !projector;
  usePassportInit(room, editing);
  const p = usePassport(room);
  const problems = useProblems(p);

  if (!room || !state.ready) return <p className="muted">{t('passport.loading')}</p>;
  return (
    <section className={`passport passport--${mode}`} aria-label={board.title} data-testid="passport.board" data-board-id={board.id} data-writable={editing}>
      {!projector && (
        <header className="passport__head">
          <h2 className="passport__title">
            {board.title} <span className="badge">{t('passport.title')}</span>
          </h2>
          {!writable && (
            <span className="badge" data-testid="passport.read-only">
              {board.locked ? (deadline ? t('passport.lockedDeadline') : t('passport.locked')) : t('passport.readOnly')}
            </span>
          )}
          {problems.length > 0 && (
            <span className="badge passport__problems" data-testid="passport.problem-count">
              {t('passport.problems.count', { count: problems.length })}
            </span>
          )}
          <span className="passport__spacer" />
          {editing && <FillFromGoalTree eventId={eventId} session={who.session} passport={board} boards={plan.boards} doc={room.doc} />}
          <ExportMenu p={p} />
        </header>
      )}
      {editing ? <PassportEditor doc={room.doc} p={p} problems={problems} /> : <PassportView p={p} large={projector} />}
    </section>
  );
}
