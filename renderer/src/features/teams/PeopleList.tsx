import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '@shared/doc/plan';
import type { PersonId, TeamId } from '@shared/ids';

type Props = { plan: PlanSnapshot; onAssign(personId: PersonId, teamId: TeamId | null): void };

/** Participants with their group and a team picker each: moving one person by hand. */
export function PeopleList({ plan, onAssign }: Props) {
  const { t } = useTranslation();
  const people = plan.people.filter((p) => p.role === 'participant');
  if (people.length === 0) return null;
  const groupLabel = (g: string | null) => {
    if (g === null) return t('teams.noGroup');
    const custom = plan.groups.find((x) => x.id === g)?.label;
    return custom ?? t(`group.${g}` as 'group.residents', { defaultValue: g });
  };
  return (
    <details className="people" open={people.length <= 12}>
      <summary>{t('teams.people', { count: people.length })}</summary>
      <ul className="people__list">
        {people.map((p) => (
          <li key={p.id} className="people__item" data-testid="teams.person" data-person-id={p.id} data-team-id={p.teamId ?? ''} data-group={p.group ?? ''}>
            <span className="people__name">
              {p.name}
              <span className="people__group">{groupLabel(p.group)}</span>
            </span>
            <select
              className="input people__team"
              value={p.teamId ?? ''}
              aria-label={t('teams.teamOf', { name: p.name })}
              onChange={(e) => onAssign(p.id, (e.target.value || null) as TeamId | null)}
              data-testid="teams.person-team"
            >
              <option value="">{t('join.teamNone')}</option>
              {plan.teams.map((tm) => (
                <option key={tm.id} value={tm.id}>
                  {tm.name}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </details>
  );
}
