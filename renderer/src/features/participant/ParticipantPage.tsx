import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '../../../../shared/ids';
import { boardRoom, planRoom } from '../../../../shared/protocol/rooms';
import { Layout } from '../../app/Layout';
import { usePlan, useRoom } from '../../collab/hooks';
import type { StoredIdentity } from '../../collab/identity';
import { getIdentity } from '../../collab/identity';
import { sessionOf } from '../../collab/session';
import { CardBoard } from '../board/CardBoard';
import { pickSharedBoard } from '../board/shared-board';

/** `/p/<eventId>`: the participant's phone. One column; works offline from the cache after the first visit. */
export function ParticipantPage({ eventId }: { eventId: EventId }) {
  const { t } = useTranslation();
  const identity = useMemo(() => getIdentity(eventId, 'participant'), [eventId]);
  if (!identity) {
    return (
      <Layout>
        <p className="notice" data-testid="participant.not-joined">
          {t('participant.notJoined')}
        </p>
      </Layout>
    );
  }
  return <Participant identity={identity} />;
}

function Participant({ identity }: { identity: StoredIdentity }) {
  const { t } = useTranslation();
  const session = useMemo(() => sessionOf(identity), [identity]);
  const plan = usePlan(useRoom(session, planRoom(identity.eventId)));
  const board = pickSharedBoard(plan);
  const room = useRoom(session, board ? boardRoom(identity.eventId, board.id) : null);
  const me = plan.people.find((p) => p.id === identity.personId);
  const team = plan.teams.find((tm) => tm.id === me?.teamId);
  return (
    <Layout title={plan.title}>
      <div className="phone">
        <p className="phone__me">
          <span data-testid="participant.name">{t('participant.you', { name: identity.name })}</span>
          {team && (
            <span className="team-chip" data-testid="participant.team">
              {team.name}
            </span>
          )}
        </p>
        {board ? (
          <CardBoard room={room} board={board} me={{ personId: identity.personId, name: identity.name, facilitator: false }} showAuthors={plan.showAuthors} newestFirst />
        ) : (
          <p className="muted">{t('participant.noBoard')}</p>
        )}
      </div>
    </Layout>
  );
}
