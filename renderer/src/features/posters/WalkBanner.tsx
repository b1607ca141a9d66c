import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown } from '@shared/clock';
import type { PlanSnapshot } from '@shared/doc/plan';
import { walkOrder, walkState } from '@shared/posters/gallery';
import { hostNow, useClockOffset } from '../../collab/host-clock';
import type { Room } from '../../collab/rooms';
import { useGallery } from './use-poster';

/**
 * "Now: stand «…», 3:12 left" while the facilitator runs the gallery walk. The stand is a function
 * of host time (shared/posters/gallery.ts), so this only re-renders each second; tapping it opens
 * that stand's poster.
 */
export function WalkBanner({ planRoom, plan, onOpen }: { planRoom: Room; plan: PlanSnapshot; onOpen: (teamId: string) => void }) {
  const { t } = useTranslation();
  useClockOffset();
  const g = useGallery(planRoom);
  const [, tick] = useState(0);
  const running = g.startedAt !== null && g.pausedAt === null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [running]);
  const state = walkState(
    g,
    walkOrder(
      g,
      plan.teams.map((tm) => tm.id),
    ),
    hostNow(),
  );
  if (state.phase === 'idle' || state.phase === 'done') return null;
  const name = plan.teams.find((tm) => tm.id === state.teamId)?.name ?? '';
  return (
    <button
      type="button"
      className="poster-walk"
      onClick={() => onOpen(state.teamId)}
      data-testid="gallery.walk"
      data-team-id={state.teamId}
      data-phase={state.phase}
    >
      <span className="poster-walk__now">{t('posters.walk.now', { name })}</span>
      <span className="poster-walk__left">
        {state.phase === 'paused'
          ? t('posters.walk.paused', { left: formatCountdown(state.leftMs) })
          : t('posters.walk.left', { left: formatCountdown(state.leftMs) })}
      </span>
    </button>
  );
}
