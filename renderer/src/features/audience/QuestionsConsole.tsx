import { useTranslation } from 'react-i18next';
import type { QuestionQueue } from '@shared/audience/api';
import type { QuestionStatus, QueuedQuestion } from '@shared/doc/audience';
import type { EventId } from '@shared/ids';
import type { ApiResult } from '../../collab/api';
import { answerNow, moderate } from './audience-api';
import { useQuestionQueue } from './use-audience';

type Props = { token: string; eventId: EventId; boardId: string };

/** The facilitator's moderation queue: approve, hide, put on screen as "now answering", mark answered. */
export function QuestionsConsole({ token, eventId, boardId }: Props) {
  const { t } = useTranslation();
  const { queue, error, set, setError } = useQuestionQueue(token, eventId, boardId);
  const act = async (p: Promise<ApiResult<QuestionQueue>>) => {
    const r = await p;
    if (r.ok) set(r.value);
    else setError(r.error.message);
  };
  const setStatus = (q: QueuedQuestion, status: QuestionStatus) => void act(moderate(token, eventId, boardId, q.id, status));
  const putNow = (id: string | null) => void act(answerNow(token, eventId, boardId, id));
  const questions = queue?.questions ?? [];
  const now = questions.find((q) => q.id === queue?.now) ?? null;
  return (
    <section className="aud aud--console" data-testid="questions.console">
      {error && (
        <p className="notice notice--error" role="alert">
          {t('audience.questions.error', { message: error })}
        </p>
      )}
      {now && (
        <div className="aud-now" data-testid="questions.console-now">
          <p className="aud-now__label">{t('audience.questions.now')}</p>
          <p className="aud-now__text">{now.text}</p>
          <div className="aud-q__actions">
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => setStatus(now, 'answered')}
              data-testid="questions.mark-answered"
            >
              {t('audience.questions.markAnswered')}
            </button>
            <button type="button" className="button button--small" onClick={() => putNow(null)} data-testid="questions.stop-now">
              {t('audience.questions.stopNow')}
            </button>
          </div>
        </div>
      )}
      <h3 className="aud__h">{t('audience.questions.queue')}</h3>
      {queue && questions.length === 0 && <p className="muted">{t('audience.questions.queueEmpty')}</p>}
      <ul className="aud-list">
        {questions.map((q) => (
          <li key={q.id} className={`aud-q aud-q--${q.status}`} data-testid="questions.queue-item" data-question-id={q.id} data-status={q.status}>
            <p className="aud-q__text">{q.text}</p>
            <div className="aud-q__row">
              <span className="aud-q__meta muted">
                {q.author ?? t('audience.questions.anon')} · {t(`audience.questions.status.${q.status}`)}
              </span>
              <span className="aud-q__votes" data-testid="questions.votes">
                {t('audience.questions.votes', { count: q.votes })}
              </span>
            </div>
            <div className="aud-q__actions">
              {(q.status === 'pending' || q.status === 'hidden') && (
                <button type="button" className="button button--small button--primary" onClick={() => setStatus(q, 'approved')} data-testid="questions.approve">
                  {q.status === 'hidden' ? t('audience.questions.restore') : t('audience.questions.approve')}
                </button>
              )}
              {q.status === 'approved' && q.id !== queue?.now && (
                <button type="button" className="button button--small button--primary" onClick={() => putNow(q.id)} data-testid="questions.answer-now">
                  {t('audience.questions.answerNow')}
                </button>
              )}
              {q.status === 'approved' && (
                <button type="button" className="button button--small" onClick={() => setStatus(q, 'answered')} data-testid="questions.answered-button">
                  {t('audience.questions.markAnswered')}
                </button>
              )}
              {q.status !== 'hidden' && (
                <button type="button" className="button button--small button--danger" onClick={() => setStatus(q, 'hidden')} data-testid="questions.hide">
                  {t('audience.questions.hide')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
