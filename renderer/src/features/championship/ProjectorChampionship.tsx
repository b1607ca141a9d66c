import './projector-championship.css';
import { useTranslation } from 'react-i18next';
import { pitchNowNext } from '@shared/doc/championship';
import { resultsRoom } from '@shared/protocol/rooms';
import { usePlan, useRoom } from '../../collab/hooks';
import { useTimer } from '../../collab/session-hooks';
import { TimerDisplay } from '../agenda/TimerDisplay';
import { Leaderboard } from '../leaderboard/Leaderboard';
import type { ProjectorResultsProps } from '../projector/slots';
import { ProjectorVoteResults } from '../voting/ProjectorVoteResults';
import { parseView } from './projector-view';
import { useChampionship, useLeaderboard, usePitch } from './use-championship';

/**
 * The projector's 'results' mode. In a championship the console picks pitch, leaderboard or the
 * audience vote (projector-view.ts); any other event gets the vote results exactly as before.
 */
export function ProjectorChampionship(props: ProjectorResultsProps) {
  const plan = usePlan(props.plan);
  const champ = useChampionship(props.plan);
  if (plan.format !== 'championship') return <ProjectorVoteResults {...props} />;
  const view = parseView(props.voteId);
  if (view.kind === 'pitch') return <PitchView {...props} />;
  if (view.kind === 'leaderboard') return <LeaderboardView {...props} roundId={view.roundId} />;
  return <ProjectorVoteResults {...props} voteId={view.voteId ?? champ.settings.audienceVoteId} />;
}

function PitchView({ plan: planRoom }: ProjectorResultsProps) {
  const { t } = useTranslation();
  const plan = usePlan(planRoom);
  const pitch = usePitch(planRoom);
  const timer = useTimer(planRoom);
  const { now, next } = pitchNowNext(pitch);
  const name = (id: string | null) => plan.teams.find((tm) => tm.id === id)?.name ?? '—';
  return (
    <section className="proj-pitch" data-testid="projector.pitch" data-phase={pitch.phase}>
      <p className="proj-pitch__label">{t(`championship.phase.${pitch.phase}`)}</p>
      <p className="proj-pitch__team" data-testid="projector.pitch-now">
        {now ? name(now) : '—'}
      </p>
      {(pitch.phase === 'presenting' || pitch.phase === 'questions') && <TimerDisplay timer={timer} size="huge" />}
      <p className="proj-pitch__next" data-testid="projector.pitch-next">
        {t('championship.next', { team: next ? name(next) : '—' })}
      </p>
    </section>
  );
}

function LeaderboardView({ eventId, session, plan: planRoom, roundId }: ProjectorResultsProps & { roundId: string }) {
  const { t } = useTranslation();
  const plan = usePlan(planRoom);
  const champ = useChampionship(planRoom);
  const results = useRoom(session, resultsRoom(eventId));
  const board = useLeaderboard(results, roundId);
  const round = champ.rounds.find((r) => r.id === roundId);
  return (
    <section className="proj-lb" data-testid="projector.leaderboard">
      <h2 className="proj-lb__title">{board?.roundTitle ?? round?.title ?? ''}</h2>
      {board ? <Leaderboard board={board} teams={plan.teams} size="projector" /> : <p className="projector__empty">{t('championship.notRevealed')}</p>}
    </section>
  );
}
