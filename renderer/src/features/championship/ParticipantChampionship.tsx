import { useTranslation } from 'react-i18next';
import type { Round } from '@shared/doc/championship';
import { queueStatus, roundTeamIds } from '@shared/doc/championship';
import { resultsRoom } from '@shared/protocol/rooms';
import { usePlan, useRoom } from '../../collab/hooks';
import { RoundResults } from '../jury/JuryResults';
import type { ParticipantSlotProps } from '../participant/slots';
import { PeerReview } from '../jury/PeerReview';
import { Countdown } from './Countdown';
import { useChampionship, usePitch } from './use-championship';

/**
 * A participant's championship strip: the cases once released (the plan holds no case text before),
 * their team's round and deadline (and the lock after it), and where their pitch stands in the queue.
 */
export function ParticipantChampionship({ eventId, session, personId, plan: planRoom, teamId, board }: ParticipantSlotProps) {
  const { t } = useTranslation();
  const plan = usePlan(planRoom);
  const champ = useChampionship(planRoom);
  const pitch = usePitch(planRoom);
  const results = useRoom(session, plan.format === 'championship' ? resultsRoom(eventId) : null);
  if (plan.format !== 'championship') return null;
  const released = champ.cases.filter((c) => c.released);
  const rounds = champ.rounds.filter((r) => teamId !== null && roundTeamIds(r, plan.teams).includes(teamId));
  const queue = queueStatus(pitch, teamId);
  const boardRound = board ? champ.rounds.find((r) => board.id in r.boards) : undefined;
  const locked = board !== null && (board.locked || (boardRound?.lockedAt ?? null) !== null);
  return (
    <section className="panel champ-part" data-testid="champ.participant">
      {released.length === 0 ? (
        <p className="muted" data-testid="champ.cases-wait">
          {t('championship.casesWait')} <Countdown at={champ.settings.releaseAt} label={t('championship.releaseIn')} testId="champ.part-release" />
        </p>
      ) : (
        <h2 className="champ-part__title">{t('championship.casesPublic')}</h2>
      )}
      {released.map((c) => (
        <details key={c.id} className="champ-case" data-testid="champ.case-public" open={released.length === 1}>
          <summary className="champ-case__title">{c.title}</summary>
          <p className="champ-case__text">{c.text}</p>
          {c.links.length > 0 && (
            <ul>
              {c.links.map((l) => (
                <li key={l}>
                  <a href={l} target="_blank" rel="noreferrer noopener">
                    {l}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
      {rounds.map((r) => (
        <RoundLine key={r.id} round={r} />
      ))}
      {locked && (
        <p className="notice" data-testid="champ.deadline-passed">
          {t('championship.deadlinePassed')}
        </p>
      )}
      {queue && (
        <p data-testid="champ.queue-place" data-kind={queue.kind} data-place={queue.kind === 'waiting' ? queue.place : ''}>
          {queue.kind === 'now' ? (
            <strong>{t('championship.youPresentNow')}</strong>
          ) : queue.kind === 'done' ? (
            t('championship.youPresented')
          ) : (
            t('championship.yourPlace', { place: queue.place, total: queue.total })
          )}
        </p>
      )}
      {champ.settings.mode === 'peer' && teamId && (
        <PeerReview eventId={eventId} session={session} personId={personId} teamId={teamId} plan={planRoom} token={session.token} results={results} />
      )}
      {/* After a reveal the team sees the results on their phones, as the jury does. */}
      {champ.rounds.map((r) => (
        <RoundResults key={r.id} round={r} results={results} teams={plan.teams} />
      ))}
    </section>
  );
}

function RoundLine({ round }: { round: Round }) {
  const { t } = useTranslation();
  return (
    <p className="champ-part__round" data-testid="champ.part-round" data-locked={round.lockedAt !== null}>
      <strong>{round.title}</strong>{' '}
      {round.lockedAt !== null ? (
        t('championship.submitted')
      ) : (
        <Countdown at={round.deadline} label={t('championship.deadlineIn')} testId="champ.part-deadline" />
      )}
    </p>
  );
}
