import './posters.css';
import { useTranslation } from 'react-i18next';
import type { Poster } from '@shared/doc/poster';
import { isPosterImage, posterNeeds } from '@shared/doc/poster';
import type { BoardInfo } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import { boardRoom, planRoom } from '@shared/protocol/rooms';
import { usePlan, useRoom, useRoomState } from '../../collab/hooks';
import type { Session } from '../../collab/rooms';
import { usePoster } from './use-poster';

export type PosterSize = 'phone' | 'projector';

/**
 * One poster read-only: on a visitor's phone (one column) and on the projector (1920×1080, read
 * from the back of the hall: huge type, no controls). Everything a team typed is React text; the
 * image is shown only when it is a validated data: URL, so a poster can neither inject markup nor
 * make a visitor's phone fetch from the internet.
 */
export function PosterView(props: { eventId: EventId; session: Session; board: BoardInfo; size: PosterSize }) {
  const { eventId, session, board, size } = props;
  const { t } = useTranslation();
  const room = useRoom(session, boardRoom(eventId, board.id));
  const state = useRoomState(room);
  const plan = usePlan(useRoom(session, planRoom(eventId)));
  const poster = usePoster(room);
  const teamName = plan.teams.find((tm) => tm.id === board.teamId)?.name ?? '';
  if (!state.ready) {
    return (
      <p className="muted" data-testid="poster.view" data-poster-id={board.id} data-loading="true">
        {t('posters.loading')}
      </p>
    );
  }
  return <PosterBody poster={poster} teamName={teamName} fallbackTitle={board.title} size={size} posterId={board.id} />;
}

export function PosterBody(props: { poster: Poster; teamName: string; fallbackTitle: string; size: PosterSize; posterId: string }) {
  const { poster: p, teamName, size } = props;
  const { t } = useTranslation();
  const needs = posterNeeds(p);
  const name = p.name.trim() || props.fallbackTitle || t('posters.untitled');
  const text = (field: 'who' | 'problem' | 'doing' | 'results') =>
    p[field].trim() ? (
      <section className="poster-view__section" data-field={field}>
        <h3 className="poster-view__label">{t(`posters.fields.${field}`)}</h3>
        <p className="poster-view__text">{p[field]}</p>
      </section>
    ) : null;
  const empty = !p.who.trim() && !p.problem.trim() && !p.doing.trim() && !p.results.trim() && needs.length === 0 && !p.contacts.trim();
  const image = p.image && isPosterImage(p.image) ? <img className="poster-view__image" src={p.image} alt={t('posters.imageAlt', { name })} /> : null;
  const needList = needs.length > 0 && (
    <section className="poster-view__section poster-view__needs" data-testid="poster.view.needs">
      <h3 className="poster-view__label">{t('posters.fields.needs')}</h3>
      <ul className="poster-needs">
        {needs.map((n) => (
          <li key={n.category} className="poster-need" data-category={n.category}>
            <span className="poster-chip">{t(`posters.needs.${n.category}`)}</span>
            <span className="poster-need__text">{n.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
  const contacts = p.contacts.trim() && (
    <section className="poster-view__section poster-view__contacts" data-field="contacts">
      <h3 className="poster-view__label">{t('posters.fields.contacts')}</h3>
      <p className="poster-view__text">{p.contacts}</p>
    </section>
  );
  const texts = (
    <>
      {empty && <p className="muted">{t('posters.emptyPoster')}</p>}
      {text('who')}
      {text('problem')}
      {text('doing')}
      {text('results')}
    </>
  );
  return (
    <article className={`poster-view poster-view--${size}`} data-testid="poster.view" data-poster-id={props.posterId}>
      <header className="poster-view__head">
        <h2 className="poster-view__name" data-testid="poster.view.name">
          {name}
        </h2>
        {teamName && teamName !== name && <p className="poster-view__team">{teamName}</p>}
      </header>
      {size === 'projector' ? (
        // The hall reads it in two columns: the picture and what the initiative needs beside its story.
        <div className="poster-view__columns">
          <div className="poster-view__side">
            {image}
            {needList}
            {contacts}
          </div>
          <div className="poster-view__body">{texts}</div>
        </div>
      ) : (
        <>
          {image}
          <div className="poster-view__body">
            {texts}
            {needList}
            {contacts}
          </div>
        </>
      )}
    </article>
  );
}
