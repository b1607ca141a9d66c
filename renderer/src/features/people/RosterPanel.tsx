import './roster.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamInfo } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import { deviceLabel } from '@shared/session/device-label';
import type { PersonAction, RosterEntry, RosterResponse } from '@shared/session/roster';
import { describeApiError } from '../../app/api-error';
import type { ApiError, ApiResult } from '../../collab/api';
import { api } from '../../collab/api';

/** The roster changes as people join; the console asks this often. */
const POLL_MS = 3_000;

type Props = { eventId: EventId; token: string; teams: TeamInfo[] };

function useRoster(eventId: EventId, token: string) {
  const [roster, setRoster] = useState<RosterResponse | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const take = useCallback((r: ApiResult<RosterResponse>) => {
    if (r.ok) {
      setRoster(r.value);
      setError(null);
    } else setError(r.error);
  }, []);
  // A poll answered after the facilitator's own change would show the roster from before it.
  const changes = useRef(0);
  useEffect(() => {
    let live = true;
    const poll = () => {
      const at = changes.current;
      void api.roster(token, eventId).then((r) => live && at === changes.current && take(r));
    };
    poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [eventId, token, take]);
  const change = useCallback(
    (request: () => Promise<ApiResult<RosterResponse>>) => {
      changes.current += 1;
      return request().then(take);
    },
    [take],
  );
  return { roster, error, change };
}

/**
 * Who joined, from which address and device: the facilitator lets people in (check-in), merges a
 * person's second identity into the first, voids a person's ballots or removes them. Every change is
 * made by the host and logged there.
 */
export function RosterPanel({ eventId, token, teams }: Props) {
  const { t } = useTranslation();
  const { roster, error, change } = useRoster(eventId, token);
  // The switch moves at once; the host's answer (or the next poll) confirms it.
  const [wantCheckIn, setWantCheckIn] = useState<boolean | null>(null);
  const act = (id: string, action: PersonAction, into?: string) => void change(() => api.actOnPerson(token, eventId, id, { action, into }));
  const acceptTeam = ({ id, requestedTeamId: team }: RosterEntry) =>
    team &&
    void change(async () => {
      const r = await api.assignTeams(token, eventId, { assignments: { [id]: team } });
      return r.ok ? api.roster(token, eventId) : { ok: false as const, error: r.error };
    });
  const setCheckIn = (on: boolean) => {
    setWantCheckIn(on);
    void change(() => api.setCheckIn(token, eventId, on)).finally(() => setWantCheckIn(null));
  };
  if (!roster) return error ? <p className="notice notice--error">{describeApiError(t, error)}</p> : null;
  const shown = roster.people.filter((p) => p.status !== 'removed' && !p.mergedInto);
  const pending = shown.filter((p) => p.status === 'pending');
  const teamName = (id: string | null) => teams.find((x) => x.id === id)?.name ?? '';
  return (
    <section className="panel roster" aria-labelledby="roster-title" data-testid="roster.panel">
      <h2 id="roster-title">{t('roster.title')}</h2>
      {error && <p className="notice notice--error">{describeApiError(t, error)}</p>}
      <label className="check">
        <input type="checkbox" checked={wantCheckIn ?? roster.checkIn} onChange={(e) => setCheckIn(e.target.checked)} data-testid="roster.check-in" />
        {t('roster.checkIn')}
      </label>
      {pending.length > 0 && <h3>{t('roster.pending', { count: pending.length })}</h3>}
      <ul className="roster__list">
        {[...pending, ...shown.filter((p) => p.status !== 'pending')].map((p) => (
          <li key={p.id} className={`roster__person roster__person--${p.status}`} data-testid="roster.person" data-status={p.status}>
            <div className="roster__head">
              <strong data-testid="roster.name">{p.name}</strong>
              {p.role !== 'participant' && <span className="muted">{t(`role.${p.role}`)}</span>}
              {p.status !== 'active' && <span className="roster__status">{t(`roster.status.${p.status}`)}</span>}
            </div>
            <div className="muted roster__where">
              {t('roster.where', { address: p.address ?? '—', sockets: p.sockets })}
              {p.device && (
                <span title={p.device} data-testid="roster.device">
                  {' · '}
                  {deviceLabel(p.device) ?? p.device.slice(0, 40)}
                </span>
              )}
            </div>
            <PersonButtons person={p} others={shown.filter((o) => o.id !== p.id && o.role === p.role && o.status !== 'pending')} act={act} />
            {p.requestedTeamId && p.requestedTeamId !== p.teamId && (
              <button type="button" className="button button--small roster__team" onClick={() => acceptTeam(p)} data-testid="roster.accept-team">
                {t('roster.acceptTeam', { team: teamName(p.requestedTeamId) })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {roster.audit.length > 0 && (
        <details data-testid="roster.audit">
          <summary>{t('roster.audit')}</summary>
          <ul className="muted">
            {roster.audit
              .slice(-10)
              .reverse()
              .map((e, i) => (
                <li key={i} data-testid="roster.audit-line" data-action={e.action}>
                  {new Date(e.at).toLocaleTimeString()} · {e.by}: <AuditSubject name={roster.people.find((p) => p.id === e.personId)?.name} />
                  {t(`roster.action.${e.action}`, { defaultValue: e.action })}
                </li>
              ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Whom a logged change was about (none for switching check-in). */
function AuditSubject({ name }: { name: string | undefined }) {
  return name ? <strong>{name} — </strong> : null;
}

function PersonButtons({ person, others, act }: { person: RosterEntry; others: RosterEntry[]; act: (id: string, a: PersonAction, into?: string) => void }) {
  const { t } = useTranslation();
  const [into, setInto] = useState('');
  if (person.status === 'pending') {
    return (
      <div className="row">
        <button type="button" className="button button--small button--primary" onClick={() => act(person.id, 'approve')} data-testid="roster.approve">
          {t('roster.approve')}
        </button>
        <button type="button" className="button button--small" onClick={() => act(person.id, 'deny')} data-testid="roster.deny">
          {t('roster.deny')}
        </button>
      </div>
    );
  }
  return (
    <div className="row">
      {person.status === 'voided' ? (
        <button type="button" className="button button--small" onClick={() => act(person.id, 'restore')} data-testid="roster.restore">
          {t('roster.restore')}
        </button>
      ) : (
        <button type="button" className="button button--small" onClick={() => act(person.id, 'void')} data-testid="roster.void">
          {t('roster.void')}
        </button>
      )}
      <button type="button" className="button button--small" onClick={() => act(person.id, 'remove')} data-testid="roster.remove">
        {t('roster.remove')}
      </button>
      {others.length > 0 && (
        <span className="roster__merge">
          <select className="input" value={into} onChange={(e) => setInto(e.target.value)} aria-label={t('roster.mergeInto')} data-testid="roster.merge-into">
            <option value="">{t('roster.mergeInto')}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <button type="button" className="button button--small" disabled={!into} onClick={() => act(person.id, 'merge', into)} data-testid="roster.merge">
            {t('roster.merge')}
          </button>
        </span>
      )}
    </div>
  );
}
