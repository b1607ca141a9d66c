import './console.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { setShowAuthors } from '../../../../shared/doc/plan';
import { LOCAL_ORIGIN } from '../../../../shared/doc/schema';
import type { EventId } from '../../../../shared/ids';
import { boardRoom, planRoom } from '../../../../shared/protocol/rooms';
import { describeApiError } from '../../app/api-error';
import { Layout } from '../../app/Layout';
import { usePlan, useRoom, useRoomState } from '../../collab/hooks';
import { facilitatorSession } from '../../collab/session';
import { CardBoard } from '../board/CardBoard';
import { pickSharedBoard } from '../board/shared-board';
import { useEventCodes } from '../join/use-join-info';
import { JoinPanel } from './JoinPanel';
import { TeamsPanel } from './TeamsPanel';
import { openProjector } from './open-projector';

/** `/event/<id>`: the facilitator's console on the laptop. */
export function ConsolePage({ eventId }: { eventId: EventId }) {
  const { t } = useTranslation();
  const session = useMemo(() => facilitatorSession(eventId), [eventId]);
  const { host, event, error } = useEventCodes(session?.token ?? null, eventId);
  const planHandle = useRoom(session, planRoom(eventId));
  const planState = useRoomState(planHandle);
  const plan = usePlan(planHandle);
  const board = pickSharedBoard(plan);
  const room = useRoom(session, board ? boardRoom(eventId, board.id) : null);
  const participants = plan.people.filter((p) => p.role === 'participant').length;

  if (!session) {
    return (
      <Layout>
        <p className="notice notice--error">{t('error.unauthorized')}</p>
      </Layout>
    );
  }
  return (
    <Layout title={plan.title || event?.title} wide>
      <div className="console">
        <aside className="console__side">
          <Link href="/" className="back-link" data-testid="console.back">
            {t('console.back')}
          </Link>
          <button type="button" className="button button--primary button--block" onClick={() => void openProjector(eventId)} data-testid="console.projector">
            {t('console.projector')}
          </button>
          {error && (
            <p className="notice notice--error" role="alert">
              {describeApiError(t, error)}
            </p>
          )}
          <JoinPanel host={host} event={event} participants={participants || event?.participants || 0} />
          {planHandle && planState.ready && (
            <>
              <label className="check panel">
                <input
                  type="checkbox"
                  checked={plan.showAuthors}
                  onChange={(e) => setShowAuthors(planHandle.doc, e.target.checked, LOCAL_ORIGIN)}
                  data-testid="console.show-authors"
                />
                {t('console.showAuthors')}
              </label>
              <TeamsPanel doc={planHandle.doc} teams={plan.teams} />
            </>
          )}
        </aside>
        <div className="console__main">
          {board ? (
            <CardBoard room={room} board={board} me={{ personId: null, name: t('console.facilitatorName'), facilitator: true }} showAuthors />
          ) : (
            <p className="muted">{t('participant.noBoard')}</p>
          )}
        </div>
      </div>
    </Layout>
  );
}
