import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import { MAX_BUDGET, MAX_VOTE_ITEMS } from '@shared/doc/voting';
import type { EventId } from '@shared/ids';
import type { ItemRef } from '@shared/voting/tally';
import { parseItemKey } from '@shared/voting/tally';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import type { Session } from '../../collab/rooms';
import { ItemPicker } from './ItemPicker';
import { checkVoteForm } from './vote-items';
import { openVoteOnHost } from './voting-api';

type Props = { eventId: EventId; session: Session; boards: readonly BoardInfo[]; onDone(voteId: string | null): void };

const PROBLEM_KEYS = {
  title: 'voting.problemTitle',
  items: 'voting.problemItems',
  tooMany: 'voting.problemTooMany',
  perPerson: 'voting.problemPerPerson',
  maxPerItem: 'voting.problemMaxPerItem',
} as const;

/** Opening goes through the host (it checks every item exists and starts the live progress). */
export function OpenVoteForm({ eventId, session, boards, onDone }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [perPerson, setPerPerson] = useState(3);
  const [maxPerItem, setMaxPerItem] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [tried, setTried] = useState(false);
  const items = [...selected].map(parseItemKey).filter((r): r is ItemRef => r !== null);
  const problem = checkVoteForm({ title, perPerson, maxPerItem, selected: items }, { maxItems: MAX_VOTE_ITEMS, maxBudget: MAX_BUDGET });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problem || busy) return;
    setBusy(true);
    setError(null);
    const r = await openVoteOnHost(session.token, eventId, { title: title.trim(), items, perPerson, maxPerItem });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else setError(r.error);
  };

  return (
    <form className="vote-form panel" onSubmit={(e) => void submit(e)} data-testid="vote.form">
      <label className="field">
        <span className="field__label">{t('voting.titleLabel')}</span>
        <input
          className="input"
          value={title}
          maxLength={200}
          placeholder={t('voting.titlePlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="vote.title"
        />
      </label>
      <div className="vote-form__numbers">
        <label className="field">
          <span className="field__label">{t('voting.perPerson')}</span>
          <input
            className="input"
            type="number"
            min={1}
            max={MAX_BUDGET}
            value={perPerson}
            onChange={(e) => setPerPerson(e.target.valueAsNumber)}
            data-testid="vote.per-person"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('voting.maxPerItem')}</span>
          <input
            className="input"
            type="number"
            min={1}
            max={perPerson || 1}
            value={maxPerItem}
            onChange={(e) => setMaxPerItem(e.target.valueAsNumber)}
            data-testid="vote.max-per-item"
          />
        </label>
      </div>
      <div className="field">
        <span className="field__label">
          {t('voting.pickItems')} · {t('voting.selected', { count: items.length })}
        </span>
        <ItemPicker eventId={eventId} session={session} boards={boards} selected={selected} onChange={setSelected} />
      </div>
      {tried && problem && (
        <p className="notice notice--error" role="alert" data-testid="vote.form-problem">
          {t(PROBLEM_KEYS[problem], { max: MAX_VOTE_ITEMS, budget: MAX_BUDGET })}
        </p>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {describeApiError(t, error)}
        </p>
      )}
      <div className="vote-row__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="vote.open">
          {busy ? t('voting.opening') : t('voting.open')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('voting.cancel')}
        </button>
      </div>
    </form>
  );
}
