import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { hostNow } from '../../collab/host-clock';
import { Countdown } from '../championship/Countdown';
import { fromLocalInput, toLocalInput } from '../championship/time-input';
import { posterApi } from './poster-api';
import type { TabProps } from './tab-props';

const PRESETS_MIN = [15, 30, 60] as const;

/**
 * When editing closes: the deadline of the posters' round, in host time. The host's championship
 * scheduler locks the posters then, even if this window is closed; the countdown is only a display.
 */
export function DeadlineSection({ eventId, session, snapshot, round }: TabProps) {
  const { t } = useTranslation();
  const deadline = round?.deadline ?? null;
  const [text, setText] = useState(() => toLocalInput(deadline));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (at: number | null) => {
    setBusy(true);
    const r = await posterApi.setup(session.token, eventId, { editingClosesAt: at });
    setError(r.ok ? null : r.error);
    if (r.ok) setText(toLocalInput(at));
    setBusy(false);
  };
  const typed = fromLocalInput(text);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed !== null) void save(typed);
  };
  const noTeams = snapshot.teams.length === 0;
  return (
    <section className="panel ps-section" data-testid="posterSession.deadline" data-deadline={deadline ?? ''} data-locked={round?.lockedAt != null}>
      <h3>{t('posterConsole.deadline.title')}</h3>
      <p className="muted">{t('posterConsole.deadline.hint')}</p>
      <p className="ps-deadline__now" data-testid="posterSession.deadline-state">
        {deadline === null ? (
          t('posterConsole.deadline.none')
        ) : (
          <Countdown
            at={deadline}
            label={t('posterConsole.deadline.closesIn')}
            after={t('posterConsole.deadline.closed')}
            testId="posterSession.deadline-countdown"
          />
        )}
      </p>
      <form className="ps-deadline__form" onSubmit={submit}>
        <label className="field">
          <span className="field__label">{t('posterConsole.deadline.at')}</span>
          <input
            className="input"
            type="datetime-local"
            step={1}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="posterSession.deadline-input"
          />
        </label>
        <button type="submit" className="button button--primary" disabled={busy || noTeams || typed === null} data-testid="posterSession.deadline-set">
          {deadline === null ? t('posterConsole.deadline.set') : t('posterConsole.deadline.change')}
        </button>
      </form>
      <div className="row-gap" role="group" aria-label={t('posterConsole.deadline.presets')}>
        {PRESETS_MIN.map((m) => (
          <button
            key={m}
            type="button"
            className="button button--small"
            disabled={busy || noTeams}
            onClick={() => void save(hostNow() + m * 60_000)}
            data-testid="posterSession.deadline-preset"
            data-minutes={m}
          >
            {t('posterConsole.deadline.inMinutes', { count: m })}
          </button>
        ))}
        <button
          type="button"
          className="button button--small"
          disabled={busy || noTeams || deadline === null}
          onClick={() => void save(null)}
          data-testid="posterSession.deadline-clear"
        >
          {t('posterConsole.deadline.clear')}
        </button>
      </div>
      {round?.lockedAt != null && (
        <p className="notice" data-testid="posterSession.locked">
          {t('posterConsole.deadline.locked')}
        </p>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {describeApiError(t, error)}
        </p>
      )}
    </section>
  );
}
