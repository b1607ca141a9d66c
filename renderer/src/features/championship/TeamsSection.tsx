import { useTranslation } from 'react-i18next';
import { setCaptain } from '@shared/doc/championship';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PersonId } from '@shared/ids';
import type { SetupProps } from './SetupSections';

/** Teams with their members and captain. Teams and membership are edited in the console's Teams panel; here the captain is picked. */
export function TeamsSection({ plan, snapshot, champ }: SetupProps) {
  const { t } = useTranslation();
  return (
    <section className="panel champ-section" data-testid="champ.teams">
      <h3>{t('championship.teams')}</h3>
      {snapshot.teams.length === 0 && <p className="muted">{t('championship.noTeams')}</p>}
      <ul className="champ-list">
        {snapshot.teams.map((team) => {
          const members = snapshot.people.filter((p) => p.teamId === team.id && p.role === 'participant');
          return (
            <li key={team.id} className="champ-team" style={{ borderLeftColor: team.color }} data-testid="champ.team" data-team-id={team.id}>
              <strong>{team.name}</strong>
              <span className="muted">{members.length > 0 ? members.map((m) => m.name).join(', ') : t('championship.noMembers')}</span>
              <label className="field champ-inline">
                <span className="field__label">{t('championship.captain')}</span>
                <select
                  className="input"
                  value={champ.captains[team.id] ?? ''}
                  onChange={(e) => setCaptain(plan.doc, team.id, (e.target.value || null) as PersonId | null, LOCAL_ORIGIN)}
                  data-testid="champ.captain"
                >
                  <option value="">—</option>
                  {members.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
