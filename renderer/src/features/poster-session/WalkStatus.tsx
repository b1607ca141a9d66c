import { useTranslation } from 'react-i18next';
import { formatCountdown } from '@shared/clock';
import type { TeamInfo } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { nextStand } from '@shared/posters/gallery';
import { hostNow } from '../../collab/host-clock';
import type { Room } from '../../collab/rooms';
import { useWalk } from './use-walk';

/**
 * Where the gallery walk is: the stand, the time left there, the next stand. Compact in the side
 * panel (with "next stand" at hand), full in the walk tab.
 */
export function WalkStatus({ plan, teams, compact = false }: { plan: Room; teams: readonly TeamInfo[]; compact?: boolean }) {
  const { t } = useTranslation();
  const { stands, state } = useWalk(plan, teams);
  const name = (id: string | null) => teams.find((tm) => tm.id === id)?.name ?? '—';
  if (compact && state.phase === 'idle') return null;
  if (state.phase === 'idle' || state.phase === 'done') {
    return (
      <p
        className={compact ? 'ps-walk-line' : 'notice ps-walk-status'}
        data-testid={compact ? 'posterSession.walk-short' : 'posterSession.walk-status'}
        data-phase={state.phase}
      >
        {t(`posterConsole.walk.${state.phase}`)}
      </p>
    );
  }
  const testId = (id: string) => (compact ? `posterSession.short-${id}` : `posterSession.walk-${id}`);
  return (
    <div
      className={compact ? 'ps-walk-line' : 'ps-walk-status'}
      data-testid={compact ? 'posterSession.walk-short' : 'posterSession.walk-status'}
      data-phase={state.phase}
      data-stand={state.stand}
      data-team-id={state.teamId}
    >
      <p className="ps-walk-status__label">
        {t('posterConsole.walk.standOf', { n: state.stand + 1, total: stands.length })}
        {state.phase === 'paused' && <span className="badge">{t('posterConsole.walk.paused')}</span>}
      </p>
      <p className="ps-walk-status__team" data-testid={testId('current')}>
        {name(state.teamId)}
      </p>
      <p className="ps-walk-status__left">
        {t('posterConsole.walk.left')}{' '}
        <strong className="countdown__digits" data-testid={testId('left')} data-left-ms={state.leftMs}>
          {formatCountdown(state.leftMs)}
        </strong>
      </p>
      <p className="muted" data-testid={testId('next-name')}>
        {state.next ? t('posterConsole.walk.nextIs', { name: name(state.next) }) : t('posterConsole.walk.lastStand')}
      </p>
      {compact && (
        <button
          type="button"
          className="button button--small"
          onClick={() => nextStand(plan.doc, stands, hostNow(), LOCAL_ORIGIN)}
          data-testid="posterSession.short-next"
        >
          {state.next ? t('posterConsole.walk.next') : t('posterConsole.walk.finish')}
        </button>
      )}
    </div>
  );
}
