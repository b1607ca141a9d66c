import { useTranslation } from 'react-i18next';
import type { Round } from '../../../../shared/doc/championship';
import { pitchNowNext } from '../../../../shared/doc/championship';
import { usePlan } from '../../collab/hooks';
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
  if (plan.format !== 'championship') return null;
  const released = champ.cases.filter((c) => c.released);
  const rounds = champ.rounds.filter((r) => teamId !== null && r.teamIds.includes(teamId));
  const { now } = pitchNowNext(pitch);
  const place = teamId ? pitch.queue.indexOf(teamId) : -1;
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
      {place >= 0 && (
        <p data-testid="champ.queue-place" data-place={place + 1}>
          {now === teamId ? <strong>{t('championship.youPresentNow')}</strong> : t('championship.yourPlace', { place: place + 1, total: pitch.queue.length })}
        </p>
      )}
      {champ.settings.mode === 'peer' && teamId && <PeerReview eventId={eventId} session={session} personId={personId} teamId={teamId} plan={planRoom} />}
    </section>
  );
}

function RoundLine({ round }: { round: Round }) {
  const { t } = useTranslation();
  return (
    <p className="champ-part__round" data-testid="champ.part-round" data-locked={round.lockedAt !== null}>
      <strong>{round.title}</strong>{' '}
      {round.lockedAt !== null ? t('championship.submitted') : <Countdown at={round.deadline} label={t('championship.deadlineIn')} testId="champ.part-deadline" />}
    </p>
  );
}
