import './leaderboard.css';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishedLeaderboard } from '@shared/doc/championship';
import type { TeamInfo } from '@shared/doc/plan';
import { formatTotal, fullyRevealed, leaderboardSlots, totalKind } from './leaderboard-rows';

type Props = {
  board: PublishedLeaderboard;
  teams: readonly TeamInfo[];
  size: 'projector' | 'phone' | 'console';
  /** Per-criterion means beside the total (console and phone; the projector keeps to names and totals). */
  showCriteria?: boolean;
};

/**
 * The revealed leaderboard, best place on top. Rows are keyed by team, so a stepwise reveal mounts
 * only the newly revealed row and only that row plays the entry animation.
 */
export function Leaderboard({ board, teams, size, showCriteria = false }: Props) {
  const { t, i18n } = useTranslation();
  const slots = leaderboardSlots(board);
  return (
    <div
      className={`lb lb--${size}`}
      style={{ '--rows': slots.length } as CSSProperties}
      data-testid="leaderboard"
      data-revealed={board.rows.length}
      data-count={board.count}
      data-complete={fullyRevealed(board)}
    >
      <p className="lb__scale" data-testid="leaderboard.scale" data-kind={totalKind(board)}>
        {t(`championship.totalKind.${totalKind(board)}`)}
      </p>
      <ol className="lb__rows">
        {slots.map((s) =>
          s.kind === 'hidden' ? (
            <li key={`hidden-${s.place}`} className="lb__row lb__row--hidden" data-testid="leaderboard.hidden">
              <span className="lb__rank">{s.place}</span>
              <span className="lb__team">{t('championship.hiddenPlace')}</span>
            </li>
          ) : (
            <li
              key={s.row.teamId}
              className={`lb__row lb__row--in${s.row.rank === 1 ? ' lb__row--first' : ''}`}
              style={{ borderLeftColor: teams.find((tm) => tm.id === s.row.teamId)?.color }}
              data-testid="leaderboard.row"
              data-rank={s.row.rank}
              data-team-id={s.row.teamId}
            >
              <span className="lb__rank">{s.row.rank}</span>
              <span className="lb__team">
                {s.row.teamName}
                {s.row.tieBreak && <span className="lb__tie">{t(`championship.tieRule.${s.row.tieBreak}`)}</span>}
              </span>
              <span className="lb__total" data-testid="leaderboard.total">
                {formatTotal(s.row.total, i18n.language)}
              </span>
              {showCriteria && (
                <span className="lb__criteria">
                  {board.criteria.map((c) => (
                    <span key={c.id} className="lb__crit">
                      {c.title}: {formatTotal(s.row.criteria[c.id], i18n.language, 1)}
                    </span>
                  ))}
                </span>
              )}
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
