import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { resultsRoom } from '@shared/protocol/rooms';
import { usePlan, useRoom } from '../../collab/hooks';
import type { Room } from '../../collab/rooms';
import { useChampionship, useLeaderboard } from '../championship/use-championship';
import { Leaderboard } from '../leaderboard/Leaderboard';
import { formatTotal } from '../leaderboard/leaderboard-rows';
import type { ProjectorResultsProps } from '../projector/slots';
import { useVoteProgress, useVoteResults } from '../voting/use-voting';
import { audienceNomination, juryNomination } from './session-rules';
import { usePosterSession } from './use-poster-session';

/**
 * The two prizes side by side: the jury's (the posters' round, as revealed) and the audience's (the
 * dot vote, once closed). Each says "not announced yet" until then: the projector never shows more
 * than the host has published.
 */
export function ProjectorNominations({ eventId, session, plan: planRoom }: ProjectorResultsProps) {
  const { t } = useTranslation();
  const results = useRoom(session, resultsRoom(eventId));
  const roundId = usePosterSession(planRoom).roundId;
  const voteId = useChampionship(planRoom).settings.audienceVoteId;
  return (
    <section className="proj-noms" data-testid="projector.posters.nominations">
      <Column title={t('posterConsole.screen.juryPrize')} testId="projector.posters.jury">
        <JuryColumn planRoom={planRoom} results={results} roundId={roundId} />
      </Column>
      <Column title={t('posterConsole.screen.audiencePrize')} testId="projector.posters.audience">
        {voteId ? <AudienceColumn results={results} voteId={voteId} /> : <Pending />}
      </Column>
    </section>
  );
}

function Column({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <div className="proj-noms__col" data-testid={testId}>
      <h2 className="proj-noms__title">{title}</h2>
      <div className="proj-noms__body">{children}</div>
    </div>
  );
}

function Pending({ note }: { note?: string }) {
  const { t } = useTranslation();
  return (
    <div className="proj-noms__pending" data-testid="projector.posters.pending">
      <p>{t('posterConsole.screen.notAnnounced')}</p>
      {note && <p className="proj-noms__note">{note}</p>}
    </div>
  );
}

function Winner({ names, detail }: { names: string[]; detail: string }) {
  return (
    <div className="proj-noms__winner" data-testid="projector.posters.winner">
      {names.map((n) => (
        <p key={n} className="proj-noms__name">
          {n}
        </p>
      ))}
      <p className="proj-noms__detail">{detail}</p>
    </div>
  );
}

function JuryColumn({ planRoom, results, roundId }: { planRoom: Room; results: Room | null; roundId: string | null }) {
  const { t, i18n } = useTranslation();
  const teams = usePlan(planRoom).teams;
  const board = useLeaderboard(results, roundId);
  const nom = juryNomination(board);
  if (nom.kind === 'pending' || !board) return <Pending />;
  // A stepwise reveal under way: the places out so far, the top ones still hidden.
  if (nom.kind === 'partial') return <Leaderboard board={board} teams={teams} size="projector" />;
  return (
    <>
      <Winner
        names={nom.winners.map((r) => r.teamName)}
        detail={t('posterConsole.screen.juryScore', { total: formatTotal(nom.winners[0]!.total, i18n.language) })}
      />
      <ol className="proj-noms__rest" start={2}>
        {nom.rest.map((r) => (
          <li key={r.teamId} value={r.rank}>
            {r.teamName}
          </li>
        ))}
      </ol>
    </>
  );
}

function AudienceColumn({ results, voteId }: { results: Room | null; voteId: string }) {
  const { t } = useTranslation();
  const final = useVoteResults(results, voteId);
  const progress = useVoteProgress(results, voteId);
  const nom = audienceNomination(final);
  if (nom.kind !== 'final' || !final)
    return <Pending note={progress ? t('posterConsole.screen.voting', { voted: progress.voted, eligible: progress.eligible }) : undefined} />;
  if (nom.winners.length === 0) return <p className="proj-noms__pending">{t('posterConsole.screen.noVotes')}</p>;
  return (
    <>
      <Winner names={nom.winners.map((r) => r.text)} detail={t('posterConsole.screen.dots', { count: nom.winners[0]!.total })} />
      <ol className="proj-noms__rest">
        {nom.rest.map((r) => (
          <li key={r.teamId} value={r.rank}>
            {r.text} — {r.total}
          </li>
        ))}
      </ol>
    </>
  );
}
