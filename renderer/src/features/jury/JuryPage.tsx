import './jury.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { scoringProgress } from '@shared/doc/championship';
import type { EventId } from '@shared/ids';
import { personRoom, planRoom, resultsRoom } from '@shared/protocol/rooms';
import { Layout } from '../../app/Layout';
import { usePlan, useRoom } from '../../collab/hooks';
import type { StoredIdentity } from '../../collab/identity';
import { getIdentity } from '../../collab/identity';
import { sessionOf } from '../../collab/session';
import { useChampionship, useMyMarks, useRevealedRounds } from '../championship/use-championship';
import { ScoringPane } from './ScoringPane';
import { RoundResults } from './JuryResults';
import { SubmitSheet } from './SubmitSheet';
import { dueEntries, recusedFor } from './jury-rules';

const JUROR = { teamId: null, peer: false } as const;

/** `/jury/<eventId>`: a juror's phone or laptop. Their marks live in their own person room only. */
export function JuryPage({ eventId }: { eventId: EventId }) {
  const { t } = useTranslation();
  const identity = useMemo(() => getIdentity(eventId, 'juror'), [eventId]);
  if (!identity) {
    return (
      <Layout>
        <p className="notice" data-testid="jury.not-joined">
          {t('participant.notJoined')}
        </p>
      </Layout>
    );
  }
  return <Jury identity={identity} />;
}

function Jury({ identity }: { identity: StoredIdentity }) {
  const { t } = useTranslation();
  const { eventId, personId } = identity;
  const session = useMemo(() => sessionOf(identity), [identity]);
  const planHandle = useRoom(session, planRoom(eventId));
  const person = useRoom(session, personRoom(eventId, personId));
  const results = useRoom(session, resultsRoom(eventId));
  const plan = usePlan(planHandle);
  const champ = useChampionship(planHandle);
  const marks = useMyMarks(person, champ.criteria, null);
  const entries = dueEntries(champ.rounds, plan.teams, champ, personId);
  const recused = recusedFor(marks.recused, marks.assigned);
  const revealed = useRevealedRounds(results, champ.rounds);
  const closed = new Set([...Object.keys(marks.submitted), ...revealed]);
  const progress = scoringProgress(
    marks.scores,
    entries.map((e) => e.key),
    recused,
    champ.criteria,
  );
  const ready = entries.length > 0 && champ.criteria.length > 0;
  const roundResults = champ.rounds.map((r) => <RoundResults key={r.id} round={r} results={results} teams={plan.teams} />);
  return (
    <Layout title={plan.title}>
      <div className="phone jury">
        <header className="jury__head">
          <h1 className="jury__title">{t('jury.title')}</h1>
          <p data-testid="jury.name">{t('jury.you', { name: identity.name })}</p>
          {ready && (
            <p className="jury__progress" data-testid="jury.progress" data-scored={progress.scored} data-total={progress.total}>
              {t('jury.progress', { scored: progress.scored, total: progress.total })}
            </p>
          )}
          <p className="muted jury__sealed">{t('jury.sealed')}</p>
        </header>
        {!ready ? (
          <>
            <p className="notice" data-testid="jury.coming-soon">
              {t('jury.comingSoon')}
            </p>
            {roundResults}
          </>
        ) : (
          <ScoringPane
            eventId={eventId}
            session={session}
            personId={personId}
            plan={plan}
            champ={champ}
            entries={entries}
            scores={marks.scores}
            recused={recused}
            assigned={new Set(marks.assigned)}
            closedRounds={closed}
            person={person}
            scorer={JUROR}
            underList={roundResults}
            roundFooter={(roundId) => (
              <SubmitSheet eventId={eventId} token={identity.token} roundId={roundId} submittedAt={marks.submitted[roundId]} frozen={revealed.has(roundId)} />
            )}
          />
        )}
      </div>
    </Layout>
  );
}
