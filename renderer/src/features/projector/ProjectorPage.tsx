import './projector.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '../../../../shared/ids';
import { planRoom } from '../../../../shared/protocol/rooms';
import { ConnectionStatus } from '../../app/ConnectionStatus';
import { usePlan, useRoom } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import { facilitatorSession } from '../../collab/session';
import { useSession, useStages, useTimer } from '../../collab/session-hooks';
import { StageBanner } from '../agenda/StageBanner';
import { TimerDisplay } from '../agenda/TimerDisplay';
import { BoardView, preloadBoardKinds } from '../board/BoardView';
import { pickSharedBoard } from '../board/shared-board';
import { useEventCodes } from '../join/use-join-info';
import { JoinBlock } from './JoinBlock';
import { PROJECTOR_RESULTS } from './slots';

/**
 * `/event/<id>/projector`: read from the back of a hall. Huge type, black on white, no controls:
 * everything it shows is chosen on the console (session.projector). The language follows the
 * console window (see i18n `storage` listener).
 */
// Evaluated once, when this screen's chunk first loads.
preloadBoardKinds();

export function ProjectorPage({ eventId }: { eventId: EventId }) {
  const session = useMemo(() => facilitatorSession(eventId), [eventId]);
  const planHandle = useRoom(session, planRoom(eventId));
  if (!session) return <main className="projector" data-testid="projector" />;
  return <Projector eventId={eventId} session={session} planHandle={planHandle} />;
}

function Projector({ eventId, session, planHandle }: { eventId: EventId; session: Session; planHandle: Room | null }) {
  const { t } = useTranslation();
  const { host, event } = useEventCodes(session.token, eventId);
  const plan = usePlan(planHandle);
  const live = useSession(planHandle);
  const timer = useTimer(planHandle);
  const stages = useStages(planHandle);
  const stage = stages.find((s) => s.id === live.activeStageId) ?? null;
  const mode = live.projector.mode;
  const title = plan.title || event?.title;
  const board = plan.boards.find((b) => b.id === (live.projector.boardId ?? live.shownBoardId)) ?? pickSharedBoard(plan);
  const Results = PROJECTOR_RESULTS[0];

  if (mode === 'qr' || mode === 'timer') {
    return (
      <main className={`projector projector--${mode}`} data-testid="projector" data-mode={mode}>
        <h1 className="projector__title">{stage?.title ?? title}</h1>
        {mode === 'timer' ? <TimerDisplay timer={timer} size="huge" /> : <JoinBlock host={host} event={event} big />}
        {mode === 'qr' && <StageBanner stage={null} timer={timer} size="large" />}
        <div className="projector__conn">
          <ConnectionStatus />
        </div>
      </main>
    );
  }
  // Boards get the whole width (a tree or a full grid needs it to be legible from the back of the
  // hall); the join QR shrinks into a corner so latecomers can still scan it.
  const wide = mode === 'board' && board !== null;
  return (
    <main className={`projector projector--${mode}${wide ? ' projector--wide' : ''}`} data-testid="projector" data-mode={mode}>
      <header className="projector__head">
        <h1 className="projector__title">{stage?.title ?? title}</h1>
        {/* A timer nobody set would read 00:00 over the results: shown only once a stage timer exists. */}
        {(timer.state !== 'idle' || timer.durationMs > 0) && <TimerDisplay timer={timer} size="large" />}
      </header>
      <aside className="projector__join">
        <JoinBlock host={host} event={event} />
        <div className="projector__conn">
          <ConnectionStatus />
        </div>
      </aside>
      <section className="projector__board" data-testid="projector.main">
        {mode === 'results' ? (
          Results && planHandle ? (
            <Results eventId={eventId} session={session} plan={planHandle} voteId={live.projector.voteId} />
          ) : (
            <p className="projector__empty">{t('projector.noResults')}</p>
          )
        ) : board ? (
          <BoardView eventId={eventId} session={session} board={board} viewer={{ personId: null, name: '', facilitator: true, teamId: null }} mode="projector" showAuthors={plan.showAuthors} />
        ) : (
          <p className="projector__empty">{t('projector.noCards')}</p>
        )}
      </section>
    </main>
  );
}
