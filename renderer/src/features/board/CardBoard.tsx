import './board.css';
import { useTranslation } from 'react-i18next';
import { addCard } from '@shared/doc/board';
import type { BoardInfo } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PersonId } from '@shared/ids';
import { useCards, useRoomState } from '../../collab/hooks';
import type { Room } from '../../collab/rooms';
import { AddCardForm } from './AddCardForm';
import { GroupedCards } from '../groups/GroupedCards';

export type Author = { personId: PersonId | null; name: string; facilitator: boolean };

type Props = {
  room: Room | null;
  board: BoardInfo;
  me: Author;
  showAuthors: boolean;
  /** Defaults to "facilitator, or the board is not locked"; BoardView passes the full board rule. */
  writable?: boolean;
  /** On a phone a new card must appear where the thumb just was, above the fold. */
  newestFirst?: boolean;
  /** A vote with an item on this board is open: only facilitators group cards (features/groups). */
  voteOpen?: boolean;
};

/**
 * The interactive card board (participant and console). Writes go straight into the local doc:
 * they show at once, are cached, and reach the host whenever the socket is up.
 */
export function CardBoard({ room, board, me, showAuthors, writable: writableProp, newestFirst = false, voteOpen = false }: Props) {
  const { t } = useTranslation();
  const state = useRoomState(room);
  const docCards = useCards(room);
  const cards = newestFirst ? [...docCards].reverse() : docCards;
  if (!room || !state.ready) return <p className="muted">{t('board.loading')}</p>;

  const doc = room.doc;
  const writable = writableProp ?? (me.facilitator || !board.locked);
  return (
    <section className="board" aria-label={board.title} data-testid="board" data-board-id={board.id}>
      <div className="row-between board__head">
        <h2 className="board__title">{board.title}</h2>
        <span className="muted" data-testid="board.count">
          {t('board.count', { count: cards.length })}
        </span>
      </div>
      {writable ? (
        <AddCardForm onAdd={(text) => addCard(doc, { text, authorId: me.personId, authorName: me.name }, LOCAL_ORIGIN)} />
      ) : (
        <p className="notice" data-testid="board.locked">
          {t('board.locked')}
        </p>
      )}
      {cards.length === 0 && <p className="muted board__empty">{t('board.empty')}</p>}
      <GroupedCards doc={doc} cards={cards} me={me} writable={writable} voteOpen={voteOpen} showAuthors={showAuthors} />
    </section>
  );
}
