import { useTranslation } from 'react-i18next';
import { connectionState, useConnection } from '../collab/connection';

/** On every screen: connected / reconnecting / offline, and the promise that edits are kept meanwhile. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const state = useConnection(connectionState);
  const denied = useConnection((s) => s.denied);
  const refused = useConnection((s) => s.refused);
  const notSaving = useConnection((s) => s.notSaving);
  const reloadNeeded = useConnection((s) => s.reloadNeeded);
  if (reloadNeeded) {
    return (
      <div className="conn conn--reload" data-testid="conn.reload" role="alert">
        <span className="conn__label">{t('conn.reload')}</span>{' '}
        <button type="button" data-testid="conn.reload.button" onClick={() => window.location.reload()}>
          {t('conn.reloadButton')}
        </button>
      </div>
    );
  }
  return (
    <div
      className={`conn conn--${state}${notSaving ? ' conn--not-saving' : ''}`}
      data-testid="conn.status"
      data-state={state}
      data-saving={notSaving ? 'no' : 'yes'}
      role="status"
      aria-live="polite"
    >
      <span className="conn__dot" aria-hidden="true" />
      <span className="conn__label">{t(`conn.${state}`)}</span>
      {state !== 'connected' && <span className="conn__kept"> — {t('conn.kept')}</span>}
      {denied !== null && (
        <span className="conn__denied" data-testid="conn.denied" title={denied}>
          {/* "read-only": a locked or closed board; "refused: …": the host's check of what the edit does. */}
          {denied.startsWith('refused') ? t('conn.deniedChecked') : t('conn.denied')}
        </span>
      )}
      {notSaving && (
        <span className="conn__denied" data-testid="conn.not-saving" role="alert">
          {t('conn.notSaving')}
        </span>
      )}
      {refused !== null && (
        <span className="conn__denied" data-testid="conn.refused" data-notice={refused} role="alert">
          {t(`conn.refused.${refused}`)}
        </span>
      )}
    </div>
  );
}
