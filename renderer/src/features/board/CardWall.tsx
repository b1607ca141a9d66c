import type { BoardInfo } from '@shared/doc/plan';
import { useTranslation } from 'react-i18next';
import { visibleAuthor } from '@shared/doc/grid';
import { useCards } from '../../collab/hooks';
import { authorLabel } from './author-label';
import type { Room } from '../../collab/rooms';

/** A card board for the projector: big type, no controls. */
export function CardWall({ room, board, showAuthors }: { room: Room | null; board: BoardInfo; showAuthors: boolean }) {
  const { t } = useTranslation();
  const cards = useCards(room);
  return (
    <section className="wall" aria-label={board.title} data-testid="board.wall" data-board-id={board.id}>
      {cards.length === 0 ? (
        <p className="wall__empty">{t('projector.noCards')}</p>
      ) : (
        <ul className="wall__cards">
          {cards.map((c) => (
            <li key={c.id} className="wall__card" data-testid="projector.card" data-pj-item="" style={c.color ? { borderColor: c.color } : undefined}>
              <p className="wall__text">{c.text}</p>
              {visibleAuthor(c, showAuthors) && <p className="wall__author">{authorLabel(c, t)}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
