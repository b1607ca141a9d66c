import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/championship/number-format';
import { roundTeamIds } from '@shared/doc/championship';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { champApi } from './champ-api';
import type { ChairProps } from './ScoreMatrix';

/**
 * The chair's tools beside the matrix: who has submitted (and "reopen", with a reason), the deciding
 * order for full ties (host-only now, so set here rather than in the plan), and lifting a freeze.
 */
export function ChairTools(props: ChairProps) {
  return (
    <div className="champ-chair" data-testid="champ.chair-tools">
      <Sheets {...props} />
      <DecidingOrder {...props} />
      {props.status.frozen && <Unfreeze {...props} />}
    </div>
  );
}

function useCall(onChanged: () => void) {
  const [error, setError] = useState<ApiError | null>(null);
  const call = async (p: Promise<{ ok: boolean; error?: ApiError }>) => {
    const r = await p;
    setError(r.ok ? null : (r.error ?? null));
    if (r.ok) onChanged();
  };
  return { error, call };
}

function Sheets({ eventId, token, roundId, status, onChanged }: ChairProps) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const { error, call } = useCall(onChanged);
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  return (
    <div data-testid="champ.sheets">
      <h4>{t('championship.sheets')}</h4>
      <ul>
        {status.scorers.map((s) => {
          const at = status.submitted[s.id];
          return (
            <li key={s.id} data-testid="champ.sheet" data-submitted={at !== undefined}>
              {s.name}: {at !== undefined ? t('championship.submittedAt', { at: formatDateTime(at, lang) }) : t('championship.notSubmitted')}
              {at !== undefined && !status.frozen && (
                <button
                  type="button"
                  className="button button--small"
                  disabled={!reason.trim()}
                  onClick={() => void call(champApi.reopen(token, eventId, roundId, s.id, reason))}
                  data-testid="champ.reopen"
                >
                  {t('championship.reopen')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {Object.keys(status.submitted).length > 0 && !status.frozen && (
        <input
          className="input"
          placeholder={t('championship.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="champ.reopen-reason"
        />
      )}
      {error && <p className="notice notice--error">{describeApiError(t, error)}</p>}
    </div>
  );
}

function DecidingOrder({ eventId, token, roundId, status, snapshot, champ, onChanged }: ChairProps) {
  const { t } = useTranslation();
  const round = champ.rounds.find((r) => r.id === roundId);
  const all = round ? roundTeamIds(round, snapshot.teams) : [];
  const saved = [...status.deciding.filter((x) => all.includes(x as never)), ...all.filter((x) => !status.deciding.includes(x))];
  const [draft, setDraft] = useState<string[] | null>(null);
  const order = draft ?? saved;
  const { error, call } = useCall(() => (setDraft(null), onChanged()));
  const move = (i: number, d: -1 | 1) => {
    const next = [...order];
    const j = i + d;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    setDraft(next);
  };
  return (
    <div data-testid="champ.deciding">
      <h4>{t('championship.deciding')}</h4>
      <p className="muted">{t('championship.decidingHint')}</p>
      <ol>
        {order.map((tm, i) => (
          <li key={tm} data-testid="champ.deciding-team" data-team-id={tm}>
            {snapshot.teams.find((x) => x.id === tm)?.name ?? tm}{' '}
            <button
              type="button"
              className="button button--small"
              disabled={i === 0 || status.frozen}
              onClick={() => move(i, -1)}
              aria-label={t('championship.up')}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={i === order.length - 1 || status.frozen}
              onClick={() => move(i, 1)}
              aria-label={t('championship.down')}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        disabled={draft === null || status.frozen}
        onClick={() => void call(champApi.deciding(token, eventId, roundId, order))}
        data-testid="champ.deciding-save"
      >
        {t('championship.decidingSave')}
      </button>
      {error && <p className="notice notice--error">{describeApiError(t, error)}</p>}
    </div>
  );
}

function Unfreeze({ eventId, token, roundId, onChanged }: ChairProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { error, call } = useCall(onChanged);
  return (
    <div data-testid="champ.frozen">
      <p className="notice">{t('championship.frozen')}</p>
      <input className="input" placeholder={t('championship.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button
        type="button"
        className="button"
        disabled={!reason.trim()}
        onClick={() => void call(champApi.unfreeze(token, eventId, roundId, reason))}
        data-testid="champ.unfreeze"
      >
        {t('championship.unfreeze')}
      </button>
      {error && <p className="notice notice--error">{describeApiError(t, error)}</p>}
    </div>
  );
}
