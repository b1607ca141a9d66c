import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/championship/number-format';
import type { EventId } from '@shared/ids';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { postJson } from '../voting/voting-api';

type Props = { eventId: EventId; token: string; roundId: string; submittedAt: number | undefined; frozen: boolean };

/**
 * "Submit my sheet" for one round. The host checks that every due entry is complete (and commented,
 * when the settings ask) and from then on counts its own copy: the form turns read-only until the
 * chair reopens the sheet.
 */
export function SubmitSheet({ eventId, token, roundId, submittedAt, frozen }: Props) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (submittedAt !== undefined) {
    return (
      <p className="notice" data-testid="jury.submitted" data-round-id={roundId}>
        {t('jury.submittedNote', { at: formatDateTime(submittedAt, i18n.language === 'en' ? 'en' : 'ru') })}
      </p>
    );
  }
  if (frozen) return null;
  const submit = async () => {
    setBusy(true);
    const r = await postJson(token, `/api/events/${encodeURIComponent(eventId)}/championship/submit`, { round: roundId });
    setBusy(false);
    setError(r.ok ? null : r.error);
  };
  return (
    <div className="jury-submit">
      <button
        type="button"
        className="button button--primary button--block button--large"
        disabled={busy}
        onClick={() => void submit()}
        data-testid="jury.submit"
        data-round-id={roundId}
      >
        {t('jury.submit')}
      </button>
      <p className="muted">{t('jury.submitHint')}</p>
      {error && (
        <p className="notice notice--error" role="alert" data-testid="jury.submit-error">
          {error.status === 409 ? t('jury.submitRefused') : describeApiError(t, error)}
        </p>
      )}
    </div>
  );
}
