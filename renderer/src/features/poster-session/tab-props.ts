import type { ChampionshipSnapshot, Round } from '@shared/doc/championship';
import type { PlanSnapshot } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import type { PosterSession } from '@shared/posters/session-doc';
import type { Room, Session } from '../../collab/rooms';

/** What every tab of the poster session's sheet reads: the plan, the championship machinery, the posters' round. */
export type TabProps = {
  eventId: EventId;
  session: Session;
  plan: Room;
  snapshot: PlanSnapshot;
  champ: ChampionshipSnapshot;
  posters: PosterSession;
  /** The posters' championship round (its deadline closes editing; the jury scores it); null before setup. */
  round: Round | null;
};
