import './teams.css';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { PlanSnapshot } from '@shared/doc/plan';
import { addTeam, removeTeam, renameTeam } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventId } from '@shared/ids';
import { defaultTeamName, teamColor } from '@shared/session/teams';
import { describeApiError } from '../../app/api-error';
import type { ApiResult } from '../../collab/api';
import { api } from '../../collab/api';
import { PeopleList } from './PeopleList';

type Props = { doc: Y.Doc; plan: PlanSnapshot; eventId: EventId; token: string };

/**
 * Teams in the plan, and who is in which. Membership goes through the host (it is part of a
 * person's identity and decides their board access); names and colours are plain plan edits.
 */
export function TeamsPanel({ doc, plan, eventId, token }: Props) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const teams = plan.teams;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const lang = i18n.language === 'en' ? 'en' : 'ru';
    addTeam(doc, name.trim() || defaultTeamName(teams.length, lang), teamColor(teams.length), LOCAL_ORIGIN);
    setName('');
  };
  const report = (r: ApiResult<{ changed: unknown[] }>) =>
    setStatus(r.ok ? { ok: true, text: t('teams.moved', { count: r.value.changed.length }) } : { ok: false, text: describeApiError(t, r.error) });
  const auto = async (mode: 'random' | 'mixed') => report(await api.autoTeams(token, eventId, { mode, seed: Math.floor(Math.random() * 0xffffffff) }));
  return (
    <section className="panel teams" aria-labelledby="teams-title">
      <h2 id="teams-title">{t('console.teams')}</h2>
      {teams.length === 0 && <p className="muted">{t('console.teamsEmpty')}</p>}
      <ul className="teams__list">
        {teams.map((tm) => (
          <li key={tm.id} className="teams__item" data-testid="console.team" data-team-id={tm.id}>
            <span className="teams__dot" style={{ background: tm.color }} aria-hidden />
            <input
              className="input"
              defaultValue={tm.name}
              key={tm.name}
              maxLength={80}
              aria-label={t('teams.rename')}
              onBlur={(e) => e.target.value.trim() && e.target.value !== tm.name && renameTeam(doc, tm.id, e.target.value.trim(), LOCAL_ORIGIN)}
              onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
              data-testid="teams.name"
            />
            <span className="muted teams__size">{plan.people.filter((p) => p.teamId === tm.id).length}</span>
            <button
              type="button"
              className="icon-button icon-button--danger"
              aria-label={t('board.delete')}
              onClick={() => removeTeam(doc, tm.id, LOCAL_ORIGIN)}
            >
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
        <button type="submit" className="button button--small" data-testid="console.team-add">
          {t('console.addTeam')}
        </button>
      </form>
      <div className="teams__auto">
        <button type="button" className="button button--small" disabled={teams.length === 0} onClick={() => void auto('random')} data-testid="teams.random">
          {t('teams.random')}
        </button>
        <button type="button" className="button button--small" disabled={teams.length === 0} onClick={() => void auto('mixed')} data-testid="teams.mixed">
          {t('teams.mixed')}
        </button>
      </div>
      {status && (
        <p className={status.ok ? 'muted' : 'notice notice--error'} role="status" data-testid="teams.status">
          {status.text}
        </p>
      )}
      <PeopleList plan={plan} onAssign={async (personId, teamId) => report(await api.assignTeams(token, eventId, { assignments: { [personId]: teamId } }))} />
    </section>
  );
}
