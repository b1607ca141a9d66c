import './voting.css';
import { useTranslation } from 'react-i18next';
import { resultsRoom } from '@shared/protocol/rooms';
import { usePlan, useRoom } from '../../collab/hooks';
import type { ProjectorResultsProps } from '../projector/slots';
import { VoteResultsChart } from './VoteResultsChart';
import { useDocRead, usePlanVotes, useReadyDoc, useVoteProgress, useVoteResults } from './use-voting';
import { readVote } from '@shared/doc/voting';

/**
 * The projector in 'results' mode: the vote the facilitator put up. While it is still open only
 * "N of M have voted" shows — the host publishes nothing else before the close.
 */
export function ProjectorVoteResults({ eventId, session, plan, voteId: chosen }: ProjectorResultsProps) {
  const votes = usePlanVotes(plan);
  // No vote chosen: the newest one, so "results" on the projector is never a blank screen.
  const voteId = chosen ?? votes[0]?.id ?? null;
  return voteId ? <Results eventId={eventId} session={session} plan={plan} voteId={voteId} /> : null;
}

function Results({ eventId, session, plan, voteId }: ProjectorResultsProps & { voteId: string }) {
  const { t } = useTranslation();
  const results = useRoom(session, resultsRoom(eventId));
  const groups = usePlan(plan).groups;
  const vote = useDocRead(useReadyDoc(plan), voteId, (d) => readVote(d, voteId), null);
  const progress = useVoteProgress(results, voteId);
  const final = useVoteResults(results, voteId);
  const title = final?.title ?? vote?.title ?? progress?.title ?? '';
  return (
    <section className="projector-vote" data-testid="projector.vote" data-vote-id={voteId}>
      <h2 className="projector-vote__title">{title}</h2>
      {final ? (
        <>
          <p className="projector-vote__sub">{t('voting.progress', { voted: final.voters, eligible: final.eligible })}</p>
          {/* Every chosen item: the projector pages them at a readable size, so a tie is never cut off. */}
          <VoteResultsChart results={final} groups={groups} size="projector" />
        </>
      ) : (
        <p className="projector-vote__live" data-testid="projector.vote-progress">
          {progress ? t('voting.progress', { voted: progress.voted, eligible: progress.eligible }) : t('voting.inProgress')}
        </p>
      )}
    </section>
  );
}
