import type { ChampionshipSnapshot } from '@shared/doc/championship';
import type { PlanSnapshot } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import type { Room } from '../../collab/rooms';
import { CasesSection } from './CasesSection';
import { CriteriaSection } from './CriteriaSection';
import { JurorsSection } from './JurorsSection';
import { RoundsSection } from './RoundsSection';
import { SettingsSection } from './SettingsSection';
import { TeamsSection } from './TeamsSection';

export type SetupProps = { eventId: EventId; token: string; plan: Room; snapshot: PlanSnapshot; champ: ChampionshipSnapshot };

/** Setup in the order a facilitator prepares a championship: cases, teams, rounds, criteria, jury, rules. */
export function SetupSections(props: SetupProps) {
  return (
    <div className="champ-setup">
      <CasesSection {...props} />
      <TeamsSection {...props} />
      <RoundsSection {...props} />
      <CriteriaSection {...props} />
      <JurorsSection {...props} />
      <SettingsSection {...props} />
    </div>
  );
}
