import { useTranslation } from 'react-i18next';
import type { Room } from '../../collab/rooms';
import { PJ_ITEM } from '../projector/ProjectorFit';
import { useAudienceState, usePublicQuestions } from './use-audience';

/** The projector: the question now being answered, large, then the approved questions by votes. */
export function QuestionsProjector({ board }: { board: Room | null }) {
  const { t } = useTranslation();
  const questions = usePublicQuestions(board);
  const state = useAudienceState(board);
  const now = questions.find((q) => q.id === state.now) ?? null;
  const open = questions.filter((q) => q.status === 'approved' && q.id !== state.now);
  const item = { [PJ_ITEM]: '' };
  return (
    <section className="aud-pj" data-testid="questions.projector">
      {now && (
        <div className="aud-pj__now" data-testid="questions.projector-now" {...item}>
          <p className="aud-pj__label">{t('audience.questions.now')}</p>
          <p className="aud-pj__now-text" data-testid="questions.projector-now-text">
            {now.text}
          </p>
          <p className="aud-pj__meta">
            {now.author ?? t('audience.questions.anon')} · {t('audience.questions.votes', { count: now.votes })}
          </p>
        </div>
      )}
      {open.length === 0 && !now && <p className="aud-pj__empty">{t('audience.questions.none')}</p>}
      <ol className="aud-pj__list">
        {open.map((q) => (
          <li key={q.id} className="aud-pj__q" data-testid="questions.projector-item" {...item}>
            <span className="aud-pj__votes">{t('audience.questions.votes', { count: q.votes })}</span>
            <span className="aud-pj__text">{q.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
