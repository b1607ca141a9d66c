import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicQuestion } from '@shared/doc/audience';
import { MAX_QUESTION_TEXT, askQuestion, setUpvote } from '@shared/doc/audience';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { Room } from '../../collab/rooms';
import { useMyQuestions, useMyUpvotes, useAudienceState, usePublicQuestions } from './use-audience';

type Props = { board: Room | null; person: Room | null; boardId: string };

/** A participant's phone: ask (optionally anonymously), upvote others' approved questions, see what is being answered. */
export function QuestionsPhone({ board, person, boardId }: Props) {
  const { t } = useTranslation();
  const questions = usePublicQuestions(board);
  const state = useAudienceState(board);
  const mine = useMyQuestions(person, boardId);
  const upvotes = useMyUpvotes(person, boardId);
  const mineIds = new Set(mine.map((q) => q.id));
  const now = questions.find((q) => q.id === state.now) ?? null;
  const open = questions.filter((q) => q.status === 'approved' && q.id !== state.now);
  const answered = questions.filter((q) => q.status === 'answered');
  const statusOf = (id: string) => questions.find((q) => q.id === id)?.status ?? 'pending';
  const toggle = (q: PublicQuestion) => person && setUpvote(person.doc, boardId, q.id, !upvotes.has(q.id), LOCAL_ORIGIN);
  return (
    <section className="aud aud--phone" data-testid="questions.phone">
      {now && (
        <div className="aud-now" data-testid="questions.now">
          <p className="aud-now__label">{t('audience.questions.now')}</p>
          <p className="aud-now__text">{now.text}</p>
        </div>
      )}
      <AskForm person={person} boardId={boardId} />
      {mine.length > 0 && (
        <>
          <h3 className="aud__h">{t('audience.questions.mine')}</h3>
          <ul className="aud-list">
            {mine.map((q) => (
              <li key={q.id} className="aud-q aud-q--mine" data-testid="questions.mine" data-status={statusOf(q.id)}>
                <p className="aud-q__text">{q.text}</p>
                <p className="aud-q__meta muted">
                  {q.anonymous ? `${t('audience.questions.anon')} · ` : ''}
                  {t(`audience.questions.${statusOf(q.id)}`)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="aud__h">{t('audience.questions.list')}</h3>
      {open.length === 0 && <p className="muted">{t('audience.questions.none')}</p>}
      <ul className="aud-list">
        {open.map((q) => (
          <li key={q.id} className="aud-q" data-testid="questions.item" data-question-id={q.id}>
            <p className="aud-q__text">{q.text}</p>
            <div className="aud-q__row">
              <span className="aud-q__meta muted">{q.author ?? t('audience.questions.anon')}</span>
              {mineIds.has(q.id) ? (
                <span className="aud-q__votes">{t('audience.questions.votes', { count: q.votes })}</span>
              ) : (
                <button
                  type="button"
                  className={`button button--small aud-q__up${upvotes.has(q.id) ? ' aud-q__up--on' : ''}`}
                  aria-pressed={upvotes.has(q.id)}
                  onClick={() => toggle(q)}
                  data-testid="questions.upvote"
                >
                  {t('audience.questions.votes', { count: q.votes })} · {upvotes.has(q.id) ? t('audience.questions.upvoted') : t('audience.questions.upvote')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {answered.length > 0 && (
        <>
          <h3 className="aud__h">{t('audience.questions.answeredList')}</h3>
          <ul className="aud-list">
            {answered.map((q) => (
              <li key={q.id} className="aud-q aud-q--done" data-testid="questions.answered">
                <p className="aud-q__text">{q.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AskForm({ person, boardId }: { person: Room | null; boardId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [sent, setSent] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!person || !text.trim()) return;
    if (askQuestion(person.doc, boardId, text, anonymous, LOCAL_ORIGIN) !== null) {
      setText('');
      setSent(true);
    }
  };
  return (
    <form className="aud-ask" onSubmit={submit}>
      <label className="aud-ask__label" htmlFor="aud-ask-text">
        {t('audience.questions.ask')}
      </label>
      <textarea
        id="aud-ask-text"
        className="input aud-ask__text"
        value={text}
        rows={3}
        maxLength={MAX_QUESTION_TEXT}
        placeholder={t('audience.questions.askPlaceholder')}
        onChange={(e) => (setText(e.target.value), setSent(false))}
        data-testid="questions.text"
      />
      <label className="aud-ask__anon">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} data-testid="questions.anonymous" />{' '}
        {t('audience.questions.anonymous')}
      </label>
      <button type="submit" className="button button--primary button--block" disabled={!person || !text.trim()} data-testid="questions.send">
        {t('audience.questions.send')}
      </button>
      {sent && (
        <p className="notice" role="status" data-testid="questions.sent">
          {t('audience.questions.sent')}
        </p>
      )}
    </form>
  );
}
