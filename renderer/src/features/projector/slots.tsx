/**
 * Mount points on the projector for features built elsewhere.
 *   features/voting/… → PROJECTOR_RESULTS (session.projector.mode === 'results')
 *   features/championship/ProjectorChampionship wraps it: pitch, leaderboard, audience vote
 */
import type { ComponentType } from 'react';
import type { EventId } from '../../../../shared/ids';
import type { Room } from '../../collab/rooms';
import type { Session } from '../../collab/rooms';
import { ProjectorChampionship } from '../championship/ProjectorChampionship';

export type ProjectorResultsProps = {
  eventId: EventId;
  session: Session;
  /** The plan room. */
  plan: Room;
  /** session.projector.voteId: which vote the facilitator chose to show (null: the latest). */
  voteId: string | null;
};

/** The first entry is shown full-screen in 'results' mode. */
// The championship view falls back to the vote results for every other event format.
export const PROJECTOR_RESULTS: ComponentType<ProjectorResultsProps>[] = [ProjectorChampionship];
