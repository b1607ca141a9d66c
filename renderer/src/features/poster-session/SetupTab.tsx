import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { DeadlineSection } from './DeadlineSection';
import { InitiativesSection } from './InitiativesSection';
import { PosterExports } from './PosterExports';
import { posterApi } from './poster-api';
import type { TabProps } from './tab-props';

/** Posters for every initiative, when editing closes, and the initiatives with their posters, inboxes and counts. */
export function SetupTab(props: TabProps & { onOpened(): void }) {
  const { t } = useTranslation();
  const { eventId, session, snapshot, posters } = props;
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const missing = snapshot.teams.filter((tm) => !posters.slots.some((s) => s.teamId === tm.id)).length;
  const setup = async () => {
    setBusy(true);
    const r = await posterApi.setup(session.token, eventId);
    setError(r.ok ? null : r.error);
    setBusy(false);
  };
  return (
    <div className="ps-setup">
      <section className="panel ps-section" data-testid="posterSession.setup-section">
        <h3>{t('posterConsole.setup.title')}</h3>
        <p className="muted">{t('posterConsole.setup.hint')}</p>
        {snapshot.teams.length === 0 ? (
          <p className="notice" data-testid="posterSession.no-teams">
            {t('posterConsole.setup.noTeams')}
          </p>
        ) : (
          <p data-testid="posterSession.setup-status" data-posters={posters.slots.length} data-missing={missing}>
            {missing === 0 ? t('posterConsole.setup.ready', { count: posters.slots.length }) : t('posterConsole.setup.missing', { count: missing })}
          </p>
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={busy || snapshot.teams.length === 0 || (missing === 0 && posters.roundId !== null)}
          onClick={() => void setup()}
          data-testid="posterSession.setup"
        >
          {posters.slots.length === 0
            ? t('posterConsole.setup.create')
            : missing > 0
              ? t('posterConsole.setup.update', { count: missing })
              : t('posterConsole.setup.done')}
        </button>
        {error && (
          <p className="notice notice--error" role="alert">
            {describeApiError(t, error)}
          </p>
        )}
      </section>
      <DeadlineSection {...props} />
      <PosterExports eventId={eventId} token={session.token} title={snapshot.title} disabled={posters.slots.length === 0} />
      <InitiativesSection {...props} />
    </div>
  );
}
