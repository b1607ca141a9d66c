/**
 * Mount points on the projector for features built elsewhere.
 *   features/voting/… → PROJECTOR_RESULTS (session.projector.mode === 'results')
 *   features/championship/ProjectorChampionship wraps it: pitch, leaderboard, audience vote
 *   features/poster-session/ProjectorPosters: the poster session's gallery (carousel, one poster, walk, nominations)
 */
import type { ComponentType } from 'react';
import type { EventId } from '@shared/ids';
import type { Room } from '../../collab/rooms';
import type { Session } from '../../collab/rooms';
import { usePlan } from '../../collab/hooks';
import { ProjectorChampionship } from '../championship/ProjectorChampionship';
import { ProjectorPosters } from '../poster-session/ProjectorPosters';

export type ProjectorResultsProps = {
  eventId: EventId;
  session: Session;
  /** The plan room. */
  plan: Room;
  /** session.projector.voteId: which vote the facilitator chose to show (null: the latest). */
  voteId: string | null;
};

/**
 * A poster session shows its gallery unless the console put a particular vote up (the vote panel's
 * "show" sets voteId); everything else goes to the championship view, which falls back to the vote
 * results for every format but its own.
 */
function ProjectorResultsByFormat(props: ProjectorResultsProps) {
  const { format } = usePlan(props.plan);
  return format === 'posters' && props.voteId === null ? <ProjectorPosters {...props} /> : <ProjectorChampionship {...props} />;
}

/** The first entry is shown full-screen in 'results' mode. */
export const PROJECTOR_RESULTS: ComponentType<ProjectorResultsProps>[] = [ProjectorResultsByFormat];
