import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { EventMeta } from '@shared/doc/event-meta';
import { EMPTY_EVENT_META, EVENT_META_FIELDS, MAX_META_TEXT, readEventMeta } from '@shared/doc/event-meta';
import type { EventId } from '@shared/ids';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { api } from '../../collab/api';
import { useDocValue } from '../../collab/hooks';

/**
 * The event's particulars that every report prints (date, place, organiser, facilitator). Saved
 * through the host, which checks them (a real date, texts within their length), then read back
 * from the plan like everything else; the form starts again from what the plan holds whenever it changes.
 */
export function EventMetaPanel({ eventId, token, plan }: { eventId: EventId; token: string; plan: Y.Doc }) {
  const meta = useDocValue(plan, readEventMeta, EMPTY_EVENT_META);
  // Kept out here: a save changes the plan, which starts the form afresh.
  const [saved, setSaved] = useState(false);
  return <MetaForm key={JSON.stringify(meta)} eventId={eventId} token={token} meta={meta} saved={saved} setSaved={setSaved} />;
}

type FormProps = { eventId: EventId; token: string; meta: EventMeta; saved: boolean; setSaved: (saved: boolean) => void };

function MetaForm({ eventId, token, meta, saved, setSaved }: FormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<EventMeta>(meta);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const changed = EVENT_META_FIELDS.some((f) => draft[f] !== meta[f]);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await api.patchEvent(token, eventId, { meta: draft });
    setBusy(false);
    setError(r.ok ? null : r.error);
    setSaved(r.ok);
  };
  return (
    <form className="panel event-meta" onSubmit={(e) => void save(e)} data-testid="console.event-meta">
      <h2>{t('console.meta.title')}</h2>
      <p className="muted">{t('console.meta.hint')}</p>
      {EVENT_META_FIELDS.map((f) => (
        <label key={f} className="field">
          <span className="field__label">{t(`console.meta.${f}`)}</span>
          <input
            className="input"
            type={f === 'date' ? 'date' : 'text'}
            maxLength={MAX_META_TEXT}
            value={draft[f]}
            onChange={(e) => {
              setDraft({ ...draft, [f]: e.target.value });
              setSaved(false);
            }}
            data-testid={`console.meta-${f}`}
          />
        </label>
      ))}
      <button type="submit" className="button button--primary" disabled={busy || !changed} data-testid="console.meta-save">
        {t('console.meta.save')}
      </button>
      {saved && !changed && <p className="muted">{t('console.meta.saved')}</p>}
      {error && (
        <p className="notice notice--error" role="alert">
          {describeApiError(t, error)}
        </p>
      )}
    </form>
  );
}
