import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@shared/ids';
import type { PosterComment, PosterThread } from '@shared/posters/threads';
import type { Session } from '../../collab/rooms';
import { currentLanguage } from '../../i18n';
import { Composer } from './Composer';
import { postComment } from './posters-api';
import { useResults, useThreads } from './use-poster';

const MAX = 1000;

type Props = {
  eventId: EventId;
  session: Session;
  posterId: string;
  /** A person who joined (the host refuses posts from a facilitator's console token). */
  canPost: boolean;
  /** The viewer is of this poster's team: their replies are the initiative's answers. */
  ownTeam: boolean;
};

/** Questions and comments on one poster, oldest thread first, replies under their thread. */
export function Threads({ eventId, session, posterId, canPost, ownTeam }: Props) {
  const { t } = useTranslation();
  const threads = useThreads(useResults(session, eventId), posterId);
  const send = (text: string, replyTo?: string) => postComment(session.token, eventId, posterId, replyTo ? { text, replyTo } : { text });
  return (
    <section className="poster-threads" aria-labelledby={`${posterId}-threads`} data-testid="poster.threads">
      <h3 className="poster-section-title" id={`${posterId}-threads`}>
        {t('posters.threads.title', { count: threads.reduce((n, th) => n + 1 + th.replies.length, 0) })}
      </h3>
      {threads.length === 0 && <p className="muted">{ownTeam ? t('posters.threads.noneTeam') : t('posters.threads.none')}</p>}
      <ol className="poster-threads__list">
        {threads.map((th) => (
          <ThreadItem key={th.root.id} thread={th} canPost={canPost} ownTeam={ownTeam} send={send} />
        ))}
      </ol>
      {canPost && !ownTeam && (
        <Composer
          label={t('posters.threads.newLabel')}
          placeholder={t('posters.threads.newPlaceholder')}
          submit={t('posters.threads.ask')}
          max={MAX}
          send={(text) => send(text)}
          testId="poster.ask"
        />
      )}
    </section>
  );
}

function ThreadItem({
  thread,
  canPost,
  ownTeam,
  send,
}: {
  thread: PosterThread;
  canPost: boolean;
  ownTeam: boolean;
  send: (text: string, replyTo: string) => ReturnType<typeof postComment>;
}) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  return (
    <li className="poster-thread" data-testid="poster.thread" data-thread-id={thread.root.id}>
      <Comment c={thread.root} />
      {thread.replies.length > 0 && (
        <ol className="poster-thread__replies">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <Comment c={r} />
            </li>
          ))}
        </ol>
      )}
      {canPost &&
        (replying ? (
          <Composer
            label={t('posters.threads.replyLabel', { name: thread.root.authorName })}
            placeholder={ownTeam ? t('posters.threads.answerPlaceholder') : t('posters.threads.replyPlaceholder')}
            submit={ownTeam ? t('posters.threads.answer') : t('posters.threads.reply')}
            max={MAX}
            rows={2}
            send={(text) => send(text, thread.root.id)}
            testId="poster.reply"
          />
        ) : (
          <button type="button" className="button button--small poster-thread__reply" onClick={() => setReplying(true)} data-testid="poster.reply-open">
            {ownTeam ? t('posters.threads.answer') : t('posters.threads.reply')}
          </button>
        ))}
    </li>
  );
}

function Comment({ c }: { c: PosterComment }) {
  const { t } = useTranslation();
  return (
    <article
      className={`poster-comment${c.answer ? ' poster-comment--answer' : ''}`}
      data-testid="poster.comment"
      data-answer={c.answer}
      data-comment-id={c.id}
    >
      <header className="poster-comment__head">
        <strong className="poster-comment__author">{c.authorName}</strong>
        {c.answer && (
          <span className="badge poster-comment__badge" data-testid="poster.answer-badge">
            {t('posters.threads.answerBadge')}
          </span>
        )}
        <time className="muted poster-comment__time" dateTime={new Date(c.at).toISOString()}>
          {new Date(c.at).toLocaleTimeString(currentLanguage(), { hour: '2-digit', minute: '2-digit' })}
        </time>
      </header>
      <p className="poster-comment__text">{c.text}</p>
    </article>
  );
}
