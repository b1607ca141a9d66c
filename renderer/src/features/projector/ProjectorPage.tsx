import './projector.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@shared/ids';
import { planRoom } from '@shared/protocol/rooms';
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
import type { PageReport } from './paging-context';
import { ProjectorPagingProvider } from './paging-context';
import { ProjectorFit } from './ProjectorFit';
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
  const [pages, setPages] = useState<PageReport>({ count: 1, index: 0 });

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
  // The header names what is on screen (the board, or the event over results), never only the stage;
  // the join block sits in the header too, so nothing below can slide under it.
  const heading = mode === 'board' && board ? board.title : (title ?? '');
  const resetKey = `${mode}:${board?.id ?? ''}:${live.projector.voteId ?? ''}`;
  return (
    <main className={`projector projector--${mode} projector--framed`} data-testid="projector" data-mode={mode}>
      <header className="projector__head" data-testid="projector.head">
        <h1 className="projector__title" data-testid="projector.title">
          {heading}
        </h1>
        {pages.count > 1 && (
          <p className="projector__page" data-testid="projector.page" data-page={pages.index} data-pages={pages.count}>
            {t('projector.page', { n: pages.index + 1, count: pages.count })}
          </p>
        )}
        {/* A timer nobody set would read 00:00 over the results, and "time is up" has no place over a reveal. */}
        {(timer.state !== 'idle' || timer.durationMs > 0) && <TimerDisplay timer={timer} size="large" hideExpired={mode === 'results'} />}
        <aside className="projector__join" data-testid="projector.join">
          <JoinBlock host={host} event={event} />
        </aside>
        <div className="projector__conn">
          <ConnectionStatus />
        </div>
      </header>
      <section className="projector__board" data-testid="projector.main">
        <ProjectorPagingProvider chosen={live.projector.page} onReport={setPages} resetKey={resetKey}>
          {mode === 'board' && board && (board.kind === 'problem-tree' || board.kind === 'goal-tree') ? (
            <BoardView eventId={eventId} session={session} board={board} viewer={PROJECTOR_VIEWER} mode="projector" showAuthors={plan.showAuthors} />
          ) : (
            <ProjectorFit resetKey={resetKey}>
              {mode === 'results' ? (
                Results && planHandle ? (
                  <Results eventId={eventId} session={session} plan={planHandle} voteId={live.projector.voteId} />
                ) : (
                  <p className="projector__empty">{t('projector.noResults')}</p>
                )
              ) : board ? (
                <BoardView eventId={eventId} session={session} board={board} viewer={PROJECTOR_VIEWER} mode="projector" showAuthors={plan.showAuthors} />
              ) : (
                <p className="projector__empty">{t('projector.noCards')}</p>
              )}
            </ProjectorFit>
          )}
        </ProjectorPagingProvider>
      </section>
    </main>
  );
}

const PROJECTOR_VIEWER = { personId: null, name: '', facilitator: true, teamId: null };
