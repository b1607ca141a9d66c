import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoringProgress } from '@shared/doc/championship';
import type { EventId, PersonId, TeamId } from '@shared/ids';
import { personRoom } from '@shared/protocol/rooms';
import { usePlan, useRoom } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import { useChampionship, useMyMarks, useRevealedRounds } from '../championship/use-championship';
import { SubmitSheet } from './SubmitSheet';
import { ScoringPane } from './ScoringPane';
import { dueEntries, recusedFor } from './jury-rules';
import './jury.css';

type Props = { eventId: EventId; session: Session; personId: PersonId; teamId: TeamId; plan: Room; token: string; results: Room | null };

/**
 * Peer review on a participant's phone: the juror's own screen, minus their own team's entries.
 * Marks go to the participant's person room, like a juror's; the host never counts a team for itself.
 */
export function PeerReview({ eventId, session, personId, teamId, plan: planRoom, token, results }: Props) {
  const { t } = useTranslation();
  const plan = usePlan(planRoom);
  const champ = useChampionship(planRoom);
  const person = useRoom(session, personRoom(eventId, personId));
  const marks = useMyMarks(person, champ.criteria, teamId);
  const [expanded, setExpanded] = useState(false);
  const entries = dueEntries(champ.rounds, plan.teams, champ, personId, teamId);
  const recused = recusedFor(marks.recused, marks.assigned);
  const revealed = useRevealedRounds(results, champ.rounds);
  const closed = new Set([...Object.keys(marks.submitted), ...revealed]);
  const progress = scoringProgress(
    marks.scores,
    entries.map((e) => e.key),
    recused,
    champ.criteria,
  );
  if (entries.length === 0 || champ.criteria.length === 0) return null;
  return (
    <div className="peer-review" data-testid="peer.panel">
      <button
        type="button"
        className="button button--primary button--block"
        aria-expanded={expanded}
        onClick={() => setExpanded(!expanded)}
        data-testid="peer.toggle"
      >
        {t('jury.peerTitle')} · {t('jury.progress', { scored: progress.scored, total: progress.total })}
      </button>
      {expanded && (
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
          scorer={{ teamId, peer: true }}
          roundFooter={(roundId) => (
            <SubmitSheet eventId={eventId} token={token} roundId={roundId} submittedAt={marks.submitted[roundId]} frozen={revealed.has(roundId)} />
          )}
        />
      )}
    </div>
  );
}
