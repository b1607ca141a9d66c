import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MAX_TITLE } from '@shared/protocol/api';
import type { EventSummary } from '@shared/protocol/api';

export type RowActions = {
  rename(title: string): Promise<void>;
  duplicate(): Promise<void>;
  setArchived(archived: boolean): Promise<void>;
  remove(): Promise<void>;
};

export function EventRow({ event, actions }: { event: EventSummary; actions: RowActions }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className={event.archived ? 'event-row event-row--archived' : 'event-row'} data-testid="library.event" data-event-id={event.id}>
      <div className="event-row__main">
        {editing ? (
          <RenameForm initial={event.title} onDone={() => setEditing(false)} onSave={actions.rename} />
        ) : (
          <Link href={`/event/${encodeURIComponent(event.id)}`} className="event-row__title" data-testid="library.open">
            {event.title}
          </Link>
        )}
        <div className="event-row__meta muted">
          <span>{t(`format.${event.format}`)}</span>
          <span>{t('library.participants', { count: event.participants })}</span>
          <span>{t('library.code', { code: event.joinCode })}</span>
          {event.archived && <span className="badge">{t('library.archived')}</span>}
        </div>
      </div>
      <div className="event-row__actions">
        {!editing && (
          <button type="button" className="button button--small" onClick={() => setEditing(true)} data-testid="library.rename">
            {t('library.rename')}
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => void actions.duplicate()} data-testid="library.duplicate">
          {t('library.duplicate')}
        </button>
        <button type="button" className="button button--small" onClick={() => void actions.setArchived(!event.archived)} data-testid="library.archive">
          {event.archived ? t('library.unarchive') : t('library.archive')}
        </button>
        {confirming ? (
          <button type="button" className="button button--small button--danger" onClick={() => void actions.remove()} data-testid="library.delete-confirm">
            {t('library.confirmDelete')}
          </button>
        ) : (
          <button type="button" className="button button--small" onClick={() => setConfirming(true)} data-testid="library.delete">
            {t('library.delete')}
          </button>
        )}
      </div>
    </li>
  );
}

function RenameForm({ initial, onSave, onDone }: { initial: string; onSave: (title: string) => Promise<void>; onDone: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (title.trim()) await onSave(title.trim());
    onDone();
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <input
        className="input"
        value={title}
        maxLength={MAX_TITLE}
        aria-label={t('library.titleLabel')}
        autoFocus
        onChange={(e) => setTitle(e.target.value)}
        data-testid="library.rename-input"
      />
      <button type="submit" className="button button--small button--primary" data-testid="library.rename-save">
        {t('library.save')}
      </button>
      <button type="button" className="button button--small" onClick={onDone}>
        {t('library.cancel')}
      </button>
    </form>
  );
}
