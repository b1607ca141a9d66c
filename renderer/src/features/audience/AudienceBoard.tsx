import './audience.css';
import type { BoardInfo } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import { boardRoom, personRoom, planRoom } from '@shared/protocol/rooms';
import { usePlan, useRoom } from '../../collab/hooks';
import type { Session } from '../../collab/rooms';
import type { Viewer } from '../board/board-access';
import type { BoardMode } from '../board/BoardView';
import { OpenConsole, OpenPhone, OpenProjector } from './OpenQuestionViews';
import { QuestionsConsole } from './QuestionsConsole';
import { QuestionsPhone } from './QuestionsPhone';
import { QuestionsProjector } from './QuestionsProjector';
import { ScaleConsole, ScalePhone, ScaleProjector } from './ScaleViews';

type Props = { eventId: EventId; session: Session; board: BoardInfo; viewer: Viewer; mode: BoardMode };

/**
 * An audience instrument (questions, scale, open question) in one of its three views. Participants
 * answer in their own person room; the board room carries only what the host published.
 */
export function AudienceBoard({ eventId, session, board, viewer, mode }: Props) {
  const room = useRoom(session, boardRoom(eventId, board.id));
  const person = useRoom(session, mode === 'participant' && viewer.personId ? personRoom(eventId, viewer.personId) : null);
  const plan = usePlan(useRoom(session, mode === 'participant' ? null : planRoom(eventId)));
  if (mode === 'participant') {
    if (board.kind === 'scale') return <ScalePhone board={room} person={person} boardId={board.id} />;
    if (board.kind === 'open-question') return <OpenPhone board={room} person={person} boardId={board.id} />;
    return <QuestionsPhone board={room} person={person} boardId={board.id} />;
  }
  if (mode === 'projector') {
    if (board.kind === 'scale') return <ScaleProjector board={room} groups={plan.groups} />;
    if (board.kind === 'open-question') return <OpenProjector board={room} />;
    return <QuestionsProjector board={room} />;
  }
  if (board.kind === 'scale') return <ScaleConsole board={room} groups={plan.groups} />;
  if (board.kind === 'open-question') return <OpenConsole board={room} />;
  return <QuestionsConsole token={session.token} eventId={eventId} boardId={board.id} />;
}
