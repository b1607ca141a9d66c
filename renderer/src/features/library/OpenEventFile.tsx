import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@shared/ids';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { importEventFile } from './import-event-file';

type Props = { token: string; onOpened(id: EventId): void };

/**
 * "Open event file…": a `.veche` made here or on another machine becomes a new event. In the
 * desktop app the native dialog and the import both happen in main (`event:open-file`); in a
 * browser a hidden file input feeds `POST /api/events/import`. A refused file changes nothing.
 */
export function OpenEventFile({ token, onOpened }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const openNative = async () => {
    const bridge = window.veche;
    if (!bridge) {
      input.current?.click();
      return;
    }
    setError(null);
    setBusy(true);
    const r = await bridge.invoke('event:open-file');
    setBusy(false);
    if (!r.ok) setError({ ...r.error, status: 0 });
    else if (r.value.kind === 'opened') onOpened(r.value.id);
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setBusy(true);
    const r = await importEventFile(token, file);
    setBusy(false);
    // The same file may be picked again after a fix; an unchanged value would fire no change event.
    if (input.current) input.current.value = '';
    if (r.ok) onOpened(r.value.id);
    else setError(r.error);
  };

  return (
    <div className="open-file panel">
      <p className="muted">{t('library.openFileHint')}</p>
      <button type="button" className="button button--block" disabled={busy} onClick={() => void openNative()} data-testid="library.open-file">
        {busy ? t('library.openFileBusy') : t('library.openFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".veche,application/x-veche"
        hidden
        onChange={(e) => void upload(e.target.files?.[0])}
        data-testid="library.open-file-input"
      />
      {error && (
        <p className="notice notice--error" role="alert" data-testid="library.open-file-error">
          {error.code === 'bad_request'
            ? t('library.openFileRefused', { reason: error.message })
            : t('library.openFileFailed', { reason: describeApiError(t, error) })}
        </p>
      )}
    </div>
  );
}
