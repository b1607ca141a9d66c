import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '../../../../shared/ids';
import { planRoom } from '../../../../shared/protocol/rooms';
import { Layout } from '../../app/Layout';
import { usePlan, useRoom } from '../../collab/hooks';
import { getIdentity } from '../../collab/identity';
import { sessionOf } from '../../collab/session';

/** `/jury/<eventId>`: a placeholder that says so; scoring comes with the case championship issue. */
export function JuryPage({ eventId }: { eventId: EventId }) {
  const { t } = useTranslation();
  const identity = useMemo(() => getIdentity(eventId, 'juror'), [eventId]);
  const session = useMemo(() => (identity ? sessionOf(identity) : null), [identity]);
  // Opening the plan keeps the connection indicator honest and the event title live.
  const plan = usePlan(useRoom(session, identity ? planRoom(eventId) : null));
  return (
    <Layout title={plan.title}>
      <div className="page--narrow">
        <h1>{t('jury.title')}</h1>
        {identity ? (
          <p data-testid="jury.name">{t('jury.you', { name: identity.name })}</p>
        ) : (
          <p className="notice">{t('participant.notJoined')}</p>
        )}
        <p className="notice" data-testid="jury.coming-soon">
          {t('jury.comingSoon')}
        </p>
      </div>
    </Layout>
  );
}
