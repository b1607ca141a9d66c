import { useTranslation } from 'react-i18next';
import type { Round } from '@shared/doc/championship';
import type { TeamInfo } from '@shared/doc/plan';
import type { Room } from '../../collab/rooms';
import { useLeaderboard } from '../championship/use-championship';
import { Leaderboard } from '../leaderboard/Leaderboard';

/** After the reveal: the round's leaderboard as the host published it (nothing shows before). */
export function RoundResults({ round, results, teams }: { round: Round; results: Room | null; teams: readonly TeamInfo[] }) {
  const { t } = useTranslation();
  const board = useLeaderboard(results, round.id);
  if (!board) return null;
  return (
    <section className="panel jury-results" data-testid="jury.results" data-round-id={round.id}>
      <h2>{t('championship.resultsOf', { round: round.title })}</h2>
      <Leaderboard board={board} teams={teams} size="phone" showCriteria />
    </section>
  );
}
