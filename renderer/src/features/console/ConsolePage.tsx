import './console.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { setShowAuthors } from '@shared/doc/plan';
import { showBoard } from '@shared/doc/session';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventId } from '@shared/ids';
import { planRoom } from '@shared/protocol/rooms';
import { describeApiError } from '../../app/api-error';
import { Layout } from '../../app/Layout';
import { StorageBanner } from '../../app/StorageBanner';
import { usePlan, useRoom, useRoomState } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import { facilitatorSession } from '../../collab/session';
import { useSession, useStages, useTimer } from '../../collab/session-hooks';
import { AgendaPanel } from '../agenda/AgendaPanel';
import { TimerControls } from '../agenda/TimerControls';
import { useEventCodes } from '../join/use-join-info';
import { TeamsPanel } from '../teams/TeamsPanel';
import { RosterPanel } from '../people/RosterPanel';
import { ConsoleMain } from './ConsoleMain';
import { EventMetaPanel } from './EventMetaPanel';
import { JoinPanel } from './JoinPanel';
import { openProjector } from './open-projector';
import { CONSOLE_PANELS } from './slots';
import { preloadBoardKinds } from '../board/BoardView';

/** `/event/<id>`: the facilitator's console on the laptop. */
// Evaluated once, when this screen's chunk first loads.
preloadBoardKinds();

export function ConsolePage({ eventId }: { eventId: EventId }) {
  const { t } = useTranslation();
  const session = useMemo(() => facilitatorSession(eventId), [eventId]);
  const planHandle = useRoom(session, planRoom(eventId));
  if (!session) {
    return (
      <Layout>
        <p className="notice notice--error">{t('error.unauthorized')}</p>
      </Layout>
    );
  }
  return <Console eventId={eventId} session={session} planHandle={planHandle} />;
}

function Console({ eventId, session, planHandle }: { eventId: EventId; session: Session; planHandle: Room | null }) {
  const { t } = useTranslation();
  const { host, event, error } = useEventCodes(session.token, eventId);
  const planState = useRoomState(planHandle);
  const plan = usePlan(planHandle);
  const stages = useStages(planHandle);
  const live = useSession(planHandle);
  const timer = useTimer(planHandle);
  const [pickedStage, setPickedStage] = useState<string | null>(null);
  // A 27-node tree or a full grid wants the whole width; the side panels come back with one click.
  const [wide, setWide] = useState(false);
  const stageId = pickedStage ?? live.activeStageId;
  const participants = plan.people.filter((p) => p.role === 'participant').length;
  const timerStage = stages.find((s) => s.id === (timer.stageId ?? live.activeStageId));
  const ready = planHandle && planState.ready;
  return (
    <Layout title={plan.title || event?.title} wide>
      <StorageBanner />
      <div className={wide ? 'console console--wide' : 'console'}>
        <aside className="console__left">
          <Link href="/" className="back-link" data-testid="console.back">
            {t('console.back')}
          </Link>
          {error && (
            <p className="notice notice--error" role="alert">
              {describeApiError(t, error)}
            </p>
          )}
          {ready && <TimerControls doc={planHandle.doc} timer={timer} stageTitle={timerStage?.title ?? null} />}
          {ready && <AgendaPanel doc={planHandle.doc} stages={stages} selectedId={stageId} onSelect={setPickedStage} />}
        </aside>
        <div className="console__main">
          <button type="button" className="button console__wide-toggle" aria-pressed={wide} onClick={() => setWide(!wide)} data-testid="console.wide">
            {wide ? t('console.wideOff') : t('console.wideOn')}
          </button>
          {ready && (
            <ConsoleMain
              eventId={eventId}
              session={session}
              plan={planHandle}
              snapshot={plan}
              live={live}
              stage={stages.find((s) => s.id === stageId) ?? null}
              onOpen={(id) => showBoard(planHandle.doc, id, LOCAL_ORIGIN)}
            />
          )}
        </div>
        <aside className="console__right">
          <button type="button" className="button button--primary button--block" onClick={() => void openProjector(eventId)} data-testid="console.projector">
            {t('console.projector')}
          </button>
          <JoinPanel host={host} event={event} participants={participants || event?.participants || 0} />
          {ready && (
            <>
              {CONSOLE_PANELS.map((Panel, i) => (
                <Panel key={i} eventId={eventId} plan={planHandle} board={plan.boards.find((b) => b.id === live.shownBoardId) ?? null} />
              ))}
              <TeamsPanel doc={planHandle.doc} plan={plan} eventId={eventId} token={session.token} />
              <RosterPanel eventId={eventId} token={session.token} teams={plan.teams} />
              <label className="check panel">
                <input
                  type="checkbox"
                  checked={plan.showAuthors}
                  onChange={(e) => setShowAuthors(planHandle.doc, e.target.checked, LOCAL_ORIGIN)}
                  data-testid="console.show-authors"
                />
                {t('console.showAuthors')}
              </label>
              <EventMetaPanel eventId={eventId} token={session.token} plan={planHandle.doc} />
            </>
          )}
        </aside>
      </div>
    </Layout>
  );
}
