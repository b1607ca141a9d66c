import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventFormat } from '@shared/doc/plan';
import { EVENT_FORMATS } from '@shared/doc/plan';
import { MAX_TITLE } from '@shared/protocol/api';

export function CreateEventForm({ onCreate }: { onCreate: (title: string, format: EventFormat) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [format, setFormat] = useState<EventFormat>('strategy');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim() || busy) return;
    setBusy(true);
    if (await onCreate(title.trim(), format)) setTitle('');
    setBusy(false);
  };

  return (
    <form className="panel create-form" onSubmit={submit} aria-labelledby="create-title">
      <h2 id="create-title">{t('library.createTitle')}</h2>
      <label className="field">
        <span className="field__label">{t('library.titleLabel')}</span>
        <input
          className="input"
          value={title}
          maxLength={MAX_TITLE}
          required
          placeholder={t('library.titlePlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="library.create-title"
        />
      </label>
      <label className="field">
        <span className="field__label">{t('library.formatLabel')}</span>
        <select className="input" value={format} onChange={(e) => setFormat(e.target.value as EventFormat)} data-testid="library.create-format">
          {EVENT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`format.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--primary" disabled={busy || !title.trim()} data-testid="library.create">
        {t('library.create')}
      </button>
    </form>
  );
}
