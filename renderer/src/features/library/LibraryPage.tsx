import './library.css';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { EventFormat } from '@shared/doc/plan';
import type { EventSummary } from '@shared/protocol/api';
import { joinPath } from '@shared/protocol/api';
import { describeApiError } from '../../app/api-error';
import { Layout } from '../../app/Layout';
import { currentLanguage } from '../../i18n';
import { StorageBanner } from '../../app/StorageBanner';
import { api } from '../../collab/api';
import { getFacilitatorToken } from '../../collab/identity';
import { CreateEventForm } from './CreateEventForm';
import type { RowActions } from './EventRow';
import { EventRow } from './EventRow';
import { OpenEventFile } from './OpenEventFile';
import { useEvents } from './use-events';

/** `/`: the facilitator's event library; anyone else who lands here gets a box for the join code. */
export function LibraryPage() {
  const token = getFacilitatorToken();
  return token ? <Library token={token} /> : <CodeEntry />;
}

function Library({ token }: { token: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { events, error, run } = useEvents(token);
  const [showArchived, setShowArchived] = useState(false);

  const create = async (title: string, format: EventFormat) => {
    const r = await run(api.createEvent(token, { title, format, lang: currentLanguage() }));
    if (r.ok) navigate(`/event/${encodeURIComponent(r.value.id)}`);
    return r.ok;
  };
  const actionsFor = (e: EventSummary): RowActions => ({
    rename: async (title) => void (await run(api.patchEvent(token, e.id, { title }))),
    duplicate: async () => void (await run(api.duplicateEvent(token, e.id))),
    setArchived: async (archived) => void (await run(api.patchEvent(token, e.id, { archived }))),
    remove: async () => void (await run(api.deleteEvent(token, e.id))),
  });
  const shown = (events ?? []).filter((e) => showArchived || !e.archived);

  return (
    <Layout title={t('library.title')} wide>
      <StorageBanner />
      <div className="library">
        <section className="library__list" aria-labelledby="library-title">
          <div className="row-between">
            <h1 id="library-title">{t('library.title')}</h1>
            <label className="check">
              <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} data-testid="library.show-archived" />
              {t('library.showArchived')}
            </label>
          </div>
          {error && (
            <p className="notice notice--error" role="alert" data-testid="library.error">
              {describeApiError(t, error)}
            </p>
          )}
          {events === null && !error && <p className="muted">{t('library.loading')}</p>}
          {events !== null && shown.length === 0 && <p className="muted">{t('library.empty')}</p>}
          <ul className="event-list">
            {shown.map((e) => (
              <EventRow key={e.id} event={e} actions={actionsFor(e)} />
            ))}
          </ul>
        </section>
        <div className="library__side">
          <CreateEventForm onCreate={create} />
          <OpenEventFile token={token} onOpened={(id) => navigate(`/event/${encodeURIComponent(id)}`)} />
        </div>
      </div>
    </Layout>
  );
}

function CodeEntry() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [code, setCode] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) navigate(joinPath(code.trim()));
  };
  return (
    <Layout>
      <div className="page--narrow">
        <h1>{t('app.name')}</h1>
        <p>{t('library.noToken')}</p>
        <form className="stack" onSubmit={submit}>
          <label className="field">
            <span className="field__label">{t('library.codeLabel')}</span>
            <input
              className="input input--code"
              value={code}
              autoCapitalize="characters"
              autoComplete="off"
              onChange={(e) => setCode(e.target.value)}
              data-testid="library.code"
            />
          </label>
          <button type="submit" className="button button--primary button--block" data-testid="library.code-submit">
            {t('library.join')}
          </button>
        </form>
      </div>
    </Layout>
  );
}
