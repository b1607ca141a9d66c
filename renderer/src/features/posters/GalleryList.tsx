import { useTranslation } from 'react-i18next';
import { posterNeeds } from '@shared/doc/poster';
import type { EventId } from '@shared/ids';
import { boardRoom } from '@shared/protocol/rooms';
import { useRoom } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import type { GalleryEntry } from './gallery-list';
import { useCommentCount, usePoster } from './use-poster';

type Props = { eventId: EventId; session: Session; results: Room | null; entries: GalleryEntry[]; onOpen: (posterId: string) => void };

/** All posters as a tap list: name, team, needs as chips, how many comments. */
export function GalleryList({ eventId, session, results, entries, onOpen }: Props) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="muted">{t('posters.gallery.empty')}</p>;
  return (
    <ul className="poster-gallery" data-testid="gallery.list">
      {entries.map((e) => (
        <GalleryItem key={e.board.id} eventId={eventId} session={session} results={results} entry={e} onOpen={onOpen} />
      ))}
    </ul>
  );
}

function GalleryItem({
  eventId,
  session,
  results,
  entry,
  onOpen,
}: {
  eventId: EventId;
  session: Session;
  results: Room | null;
  entry: GalleryEntry;
  onOpen: (posterId: string) => void;
}) {
  const { t } = useTranslation();
  const poster = usePoster(useRoom(session, boardRoom(eventId, entry.board.id)));
  const comments = useCommentCount(results, entry.board.id);
  const name = poster.name.trim() || entry.board.title;
  const team = entry.team?.name ?? '';
  const needs = posterNeeds(poster);
  return (
    <li>
      <button
        type="button"
        className={`poster-card${entry.mine ? ' poster-card--mine' : ''}`}
        onClick={() => onOpen(entry.board.id)}
        data-testid="gallery.item"
        data-poster-id={entry.board.id}
        data-mine={entry.mine}
      >
        <span className="poster-card__name" data-testid="gallery.item-name">
          {name}
        </span>
        {(team && team !== name) || entry.mine ? (
          <span className="poster-card__team">
            {team && team !== name ? team : null}
            {entry.mine && <span className="badge badge--mine">{t('posters.gallery.mine')}</span>}
          </span>
        ) : null}
        {needs.length > 0 && (
          <span className="poster-card__needs">
            {needs.map((n) => (
              <span key={n.category} className="poster-chip poster-chip--small" data-category={n.category}>
                {t(`posters.needs.${n.category}`)}
              </span>
            ))}
          </span>
        )}
        <span className="muted poster-card__comments" data-testid="gallery.item-comments" data-count={comments}>
          {t('posters.gallery.comments', { count: comments })}
        </span>
      </button>
    </li>
  );
}
