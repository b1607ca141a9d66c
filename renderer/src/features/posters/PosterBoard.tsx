import './posters.css';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import { posterNeeds } from '@shared/doc/poster';
import type { EventId } from '@shared/ids';
import { boardRoom, planRoom } from '@shared/protocol/rooms';
import { usePlan, useRoom, useRoomState } from '../../collab/hooks';
import type { Session } from '../../collab/rooms';
import type { Viewer } from '../board/board-access';
import { Countdown } from '../championship/Countdown';
import { OfferInbox } from './OfferInbox';
import { PosterEditor } from './PosterEditor';
import { PosterBody, PosterView } from './PosterView';
import { Threads } from './Threads';
import { useEditingWindow, usePoster } from './use-poster';
import { VisitorOffers } from './VisitorOffers';

export type PosterBoardProps = {
  eventId: EventId;
  session: Session;
  board: BoardInfo;
  viewer: Viewer;
  mode: 'console' | 'participant' | 'projector';
  writable: boolean;
};

/**
 * A board of kind 'poster', wherever a board shows: the projector gets the large poster; the
 * offers inbox (template 'poster-offers') its list; a poster its editor for the team while the
 * board is writable, else the poster, and under it the threads and, for visitors, the offer form.
 */
export function PosterBoard(props: PosterBoardProps) {
  const { eventId, session, board, mode } = props;
  if (mode === 'projector') return <PosterView eventId={eventId} session={session} board={board} size="projector" />;
  if (board.template === 'poster-offers') return <OfferInbox eventId={eventId} session={session} board={board} />;
  return <PosterPage {...props} />;
}

function PosterPage({ eventId, session, board, viewer, writable }: PosterBoardProps) {
  const { t } = useTranslation();
  const room = useRoom(session, boardRoom(eventId, board.id));
  const state = useRoomState(room);
  const planHandle = useRoom(session, planRoom(eventId));
  const plan = usePlan(planHandle);
  const editing = useEditingWindow(planHandle);
  const poster = usePoster(room);
  const ownTeam = !viewer.facilitator && viewer.teamId !== null && viewer.teamId === board.teamId;
  const visitor = !viewer.facilitator && viewer.personId !== null && !ownTeam;
  const teamName = plan.teams.find((tm) => tm.id === board.teamId)?.name ?? '';
  if (!room || !state.ready) return <p className="muted">{t('posters.loading')}</p>;
  return (
    <section className="poster-page" data-testid="poster.board" data-board-id={board.id} data-writable={writable} data-own={ownTeam}>
      {(ownTeam || viewer.facilitator) && <EditingState closesAt={editing.closesAt} locked={board.locked} writable={writable} />}
      {writable ? (
        <PosterEditor doc={room.doc} poster={poster} boardId={board.id} />
      ) : (
        <PosterBody poster={poster} teamName={teamName} fallbackTitle={board.title} size="phone" posterId={board.id} />
      )}
      <Threads eventId={eventId} session={session} posterId={board.id} canPost={viewer.personId !== null && !viewer.facilitator} ownTeam={ownTeam} />
      {visitor && viewer.personId && (
        <VisitorOffers eventId={eventId} session={session} personId={viewer.personId} posterId={board.id} needed={posterNeeds(poster).map((n) => n.category)} />
      )}
    </section>
  );
}

/** Until when the team may edit, or that editing has closed (the host locked the poster at the deadline). */
function EditingState({ closesAt, locked, writable }: { closesAt: number | null; locked: boolean; writable: boolean }) {
  const { t } = useTranslation();
  if (locked) {
    return (
      <p className="notice poster-closed" data-testid="poster.closed">
        {t('posters.editor.closed')}
      </p>
    );
  }
  if (!writable) return null;
  return (
    <p className="poster-deadline" data-testid="poster.deadline">
      {closesAt === null ? (
        <span className="muted">{t('posters.editor.noDeadline')}</span>
      ) : (
        <Countdown at={closesAt} label={t('posters.editor.closesIn')} after={t('posters.editor.closing')} testId="poster.deadline-countdown" />
      )}
    </p>
  );
}
