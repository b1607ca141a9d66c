import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudWord } from '@shared/audience/word-cloud';
import { MAX_OPEN_ANSWER, setMyOpenAnswer } from '@shared/doc/audience';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { Room } from '../../collab/rooms';
import { PJ_ITEM } from '../projector/ProjectorFit';
import { AudienceConfigForm } from './AudienceConfigForm';
import { useAudienceConfig, useAudienceState, useMyOpenAnswer } from './use-audience';

/** A participant writes one short answer; sending again replaces it. */
export function OpenPhone({ board, person, boardId }: { board: Room | null; person: Room | null; boardId: string }) {
  const { t } = useTranslation();
  const config = useAudienceConfig(board);
  const mine = useMyOpenAnswer(person, boardId);
  const [text, setText] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (person && setMyOpenAnswer(person.doc, boardId, text, LOCAL_ORIGIN)) setText('');
  };
  return (
    <section className="aud aud--phone" data-testid="open.phone">
      {config.prompt && <p className="aud__prompt">{config.prompt}</p>}
      <form className="aud-ask" onSubmit={submit}>
        <label className="aud-ask__label" htmlFor="aud-open-text">
          {t('audience.open.yourAnswer')}
        </label>
        <input
          id="aud-open-text"
          className="input"
          value={text}
          maxLength={MAX_OPEN_ANSWER}
          placeholder={t('audience.open.placeholder')}
          onChange={(e) => setText(e.target.value)}
          data-testid="open.text"
        />
        <button type="submit" className="button button--primary button--block" disabled={!person || !text.trim()} data-testid="open.send">
          {t('audience.open.send')}
        </button>
      </form>
      {mine !== null && (
        <p className="notice" role="status" data-testid="open.saved">
          {t('audience.open.saved')}: «{mine}»
        </p>
      )}
    </section>
  );
}

export function OpenConsole({ board }: { board: Room | null }) {
  const { t } = useTranslation();
  const state = useAudienceState(board);
  return (
    <section className="aud aud--console" data-testid="open.console">
      <AudienceConfigForm board={board} withRange={false} />
      <Cloud words={state.cloud} projector={false} />
      {state.cloud.length > 0 && (
        <table className="aud-cloud__table">
          <caption className="aud-scale__caption">{t('audience.open.words')}</caption>
          <tbody>
            {state.cloud.map((w) => (
              <tr key={w.stem}>
                <th scope="row">{w.word}</th>
                <td>{w.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function OpenProjector({ board }: { board: Room | null }) {
  const config = useAudienceConfig(board);
  const state = useAudienceState(board);
  return (
    <section className="aud-pj" data-testid="open.projector">
      {config.prompt && (
        <p className="aud-pj__prompt" {...{ [PJ_ITEM]: '' }}>
          {config.prompt}
        </p>
      )}
      <Cloud words={state.cloud} projector />
    </section>
  );
}

/** Sizes from 1em (the floor) to 2.6em by how many people used the word; the biggest words first. */
function Cloud({ words, projector }: { words: CloudWord[]; projector: boolean }) {
  const { t } = useTranslation();
  if (words.length === 0) return <p className={projector ? 'aud-pj__empty' : 'muted'}>{t('audience.waiting')}</p>;
  const top = Math.max(...words.map((w) => w.count));
  const low = Math.min(...words.map((w) => w.count));
  const size = (n: number) => (top === low ? 1.8 : 1 + (1.6 * (n - low)) / (top - low));
  return (
    <ul className={`aud-cloud${projector ? ' aud-cloud--pj' : ''}`} data-testid="open.cloud">
      {words.map((w) => (
        <li
          key={w.stem}
          className="aud-cloud__word"
          style={{ fontSize: `${size(w.count)}em` }}
          data-testid="open.word"
          data-count={w.count}
          {...(projector ? { [PJ_ITEM]: '' } : {})}
        >
          {w.word}
        </li>
      ))}
    </ul>
  );
}
