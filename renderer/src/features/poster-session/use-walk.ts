import type { TeamInfo } from '@shared/doc/plan';
import type { Gallery, WalkState } from '@shared/posters/gallery';
import { walkState } from '@shared/posters/gallery';
import type { Room } from '../../collab/rooms';
import { walkStands, walkTickIn } from './session-rules';
import { useGallery, useHostClock } from './use-poster-session';

export type Walk = { gallery: Gallery; stands: string[]; state: WalkState; now: number };

/** The walk as every screen sees it at this second of host time; re-renders each second while it runs. */
export function useWalk(plan: Room | null, teams: readonly TeamInfo[]): Walk {
  const gallery = useGallery(plan);
  const stands = walkStands(
    gallery,
    teams.map((tm) => tm.id),
  );
  const now = useHostClock((t) => walkTickIn(walkState(gallery, stands, t)));
  return { gallery, stands, state: walkState(gallery, stands, now), now };
}
