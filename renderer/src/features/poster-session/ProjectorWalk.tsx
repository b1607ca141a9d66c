import { useTranslation } from 'react-i18next';
import { formatCountdown } from '@shared/clock';
import type { TeamInfo } from '@shared/doc/plan';
import type { PosterSlot } from '@shared/posters/session-doc';
import { boardRoom } from '@shared/protocol/rooms';
import { usePlan, useRoom } from '../../collab/hooks';
import type { Session } from '../../collab/rooms';
import type { ProjectorResultsProps } from '../projector/slots';
import { usePoster } from '../posters/use-poster';
import { usePosterSession } from './use-poster-session';
import { useWalk } from './use-walk';

/** The gallery walk on the projector: the stand now, huge; its countdown, huge; the next stand; the whole order as a strip. */
export function ProjectorWalk({ eventId, session, plan: planRoom }: ProjectorResultsProps) {
  const { t } = useTranslation();
  const plan = usePlan(planRoom);
  const posters = usePosterSession(planRoom);
  const { stands, state } = useWalk(planRoom, plan.teams);
  const team = (id: string | null) => plan.teams.find((tm) => tm.id === id) ?? null;
  const slot = (id: string | null) => posters.slots.find((s) => s.teamId === id) ?? null;
  const current = state.phase === 'running' || state.phase === 'paused' ? state.stand : -1;
  return (
    <section
      className="proj-walk"
      data-testid="projector.posters.walk"
      data-phase={state.phase}
      data-stand={current}
      data-team-id={state.phase === 'running' || state.phase === 'paused' ? state.teamId : ''}
    >
      {state.phase === 'running' || state.phase === 'paused' ? (
        <>
          <p className="proj-walk__label">
            {t('posterConsole.screen.stand', { n: state.stand + 1, total: stands.length })}
            {state.phase === 'paused' && <span className="proj-walk__paused"> · {t('posterConsole.screen.paused')}</span>}
          </p>
          <h2 className="proj-walk__name" data-testid="projector.posters.walk-current">
            <StandName eventId={eventId} session={session} team={team(state.teamId)} slot={slot(state.teamId)} />
          </h2>
          <p
            className={`proj-walk__left${state.leftMs <= 30_000 ? ' proj-walk__left--soon' : ''}`}
            data-testid="projector.posters.walk-left"
            data-left-ms={state.leftMs}
          >
            {formatCountdown(state.leftMs)}
          </p>
          <p className="proj-walk__next" data-testid="projector.posters.walk-next">
            {state.next ? t('posterConsole.screen.next', { name: team(state.next)?.name ?? '—' }) : t('posterConsole.screen.lastStand')}
          </p>
        </>
      ) : (
        <h2 className="proj-walk__idle" data-testid="projector.posters.walk-idle">
          {state.phase === 'done' ? t('posterConsole.screen.walkDone') : t('posterConsole.screen.walkSoon')}
        </h2>
      )}
      <ol className="proj-walk__strip" aria-label={t('posterConsole.screen.order')}>
        {stands.map((id, i) => (
          <li
            key={id}
            className={i === current ? 'is-now' : i < current || state.phase === 'done' ? 'is-done' : undefined}
            data-testid="projector.posters.walk-stand"
            data-current={i === current}
          >
            <span className="proj-walk__n">{i + 1}</span> {team(id)?.name ?? '—'}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The poster's own name (what the stand says), else the initiative's. */
function StandName({
  eventId,
  session,
  team,
  slot,
}: {
  eventId: ProjectorResultsProps['eventId'];
  session: Session;
  team: TeamInfo | null;
  slot: PosterSlot | null;
}) {
  const poster = usePoster(useRoom(session, slot ? boardRoom(eventId, slot.poster) : null));
  return <>{poster.name.trim() || team?.name || '—'}</>;
}
