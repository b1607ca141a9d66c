import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@shared/ids';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { fetchFile } from '../exports/fetch-file';
import { saveFetched } from '../exports/save-file';
import type { ProtocolFormat } from './champ-api';
import { PROTOCOL_FORMATS, protocolUrl } from './champ-api';

/** The jury protocol in four formats, fetched from the host's export endpoint with the facilitator's token. */
export function ProtocolExport({ eventId, token }: { eventId: EventId; token: string }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<ProtocolFormat | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const download = async (format: ProtocolFormat) => {
    setBusy(format);
    setError(null);
    const got = await fetchFile(protocolUrl(eventId, format, i18n.language), token, new AbortController().signal, () => {});
    if (got.kind === 'failed') setError(got.error);
    if (got.kind === 'ok') {
      const r = await saveFetched(got.file, got.file.name ?? `protocol.${format}`, format);
      if (r.kind === 'saved') setSaved(r.where);
      if (r.kind === 'failed') setError(r.error);
    }
    setBusy(null);
  };
  return (
    <section className="panel champ-section" data-testid="champ.protocol">
      <h3>{t('championship.protocol')}</h3>
      <p className="muted">{t('championship.protocolHint')}</p>
      <div className="row-gap">
        {PROTOCOL_FORMATS.map((f) => (
          <button key={f} type="button" className="button" disabled={busy !== null} onClick={() => void download(f)} data-testid={`champ.protocol-${f}`}>
            {busy === f ? t('championship.downloading') : f.toUpperCase()}
          </button>
        ))}
      </div>
      {saved && (
        <p className="muted" data-testid="champ.protocol-saved">
          {t('championship.saved', { where: saved })}
        </p>
      )}
      {error && <p className="notice notice--error">{describeApiError(t, error)}</p>}
    </section>
  );
}
