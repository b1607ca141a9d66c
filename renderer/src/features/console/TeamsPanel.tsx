import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { TeamInfo } from '../../../../shared/doc/plan';
import { addTeam, removeTeam } from '../../../../shared/doc/plan';
import { LOCAL_ORIGIN } from '../../../../shared/doc/schema';

/** A few distinct, colour-blind-safe hues (Okabe–Ito) for team chips. */
const TEAM_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442'];

/** Teams live in the plan: adding one here makes the join form offer a team picker. */
export function TeamsPanel({ doc, teams }: { doc: Y.Doc; teams: TeamInfo[] }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    addTeam(doc, name.trim(), TEAM_COLORS[teams.length % TEAM_COLORS.length]!, LOCAL_ORIGIN);
    setName('');
  };
  return (
    <section className="panel" aria-labelledby="teams-title">
      <h2 id="teams-title">{t('console.teams')}</h2>
      {teams.length === 0 && <p className="muted">{t('console.teamsEmpty')}</p>}
      <ul className="team-list">
        {teams.map((tm) => (
          <li key={tm.id} className="team-list__item" data-testid="console.team">
            <span className="team-chip" data-color={tm.color}>
              {tm.name}
            </span>
            <button type="button" className="button button--small" aria-label={t('board.delete')} onClick={() => removeTeam(doc, tm.id, LOCAL_ORIGIN)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={submit}>
        <input
          className="input"
          value={name}
          maxLength={80}
          placeholder={t('console.teamName')}
          aria-label={t('console.teamName')}
          onChange={(e) => setName(e.target.value)}
          data-testid="console.team-name"
        />
        <button type="submit" className="button" disabled={!name.trim()} data-testid="console.team-add">
          {t('console.addTeam')}
        </button>
      </form>
    </section>
  );
}
