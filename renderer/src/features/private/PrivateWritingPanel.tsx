import './private.css';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import type { PrivateRound } from '@shared/doc/private';
import { MAX_PRIVATE_CARDS, editPrivateCard, readPrivateCards, removePrivateCard, writePrivateCard } from '@shared/doc/private';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventId, PersonId } from '@shared/ids';
import { boardRoom, personRoom } from '@shared/protocol/rooms';
import { useCards, useRoom } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import type { ParticipantSlotProps } from '../participant/slots';
import { isTreeBoard } from '../voting/vote-items';
import { PrivateCardItem } from './PrivateCardItem';
import { PrivateCardForm } from './PrivateCardForm';
import { cellOptions, pendingCards } from './private-rules';
import { useGridLayout, usePrivateCards, usePrivateRound } from './use-private';

/**
 * The participant's side of a private round on the board they are on: new cards go to their own
 * person room (nobody else can sync it) until the facilitator reveals the round.
 */
export function PrivateWritingPanel({ eventId, session, personId, plan, board }: ParticipantSlotProps) {
  const round = usePrivateRound(plan, board?.id ?? null);
  if (!board || !round || isTreeBoard(board)) return null;
  return <Panel key={board.id} eventId={eventId} session={session} personId={personId} board={board} round={round} />;
}

type PanelProps = { eventId: EventId; session: Session; personId: PersonId; board: BoardInfo; round: PrivateRound };

function Panel({ eventId, session, personId, board, round }: PanelProps) {
  const { t } = useTranslation();
  const person = useRoom(session, personRoom(eventId, personId));
  const boardHandle = useRoom(session, boardRoom(eventId, board.id));
  const mine = usePrivateCards(person, board.id);
  const boardCards = useCards(boardHandle);
  const waiting = pendingCards(mine, boardCards, personId, round.anonymous);

  if (round.state === 'revealed') {
    return mine.length > 0 ? (
      <p className="notice private-panel__revealed" data-testid="private.revealed">
        {t('privateRound.revealed')}
      </p>
    ) : null;
  }
  return (
    <section className="private-panel" aria-labelledby="private-panel-title" data-testid="private.panel" data-board-id={board.id}>
      <h2 id="private-panel-title" className="private-panel__title">
        {t('privateRound.panelTitle')}
      </h2>
      <p className="private-panel__hint">{t('privateRound.panelHint')}</p>
      <p className="muted private-panel__hint">{round.anonymous ? t('privateRound.anonymousNote') : t('privateRound.namedNote')}</p>
      {person && <Writer person={person} board={board} boardRoom={boardHandle} full={waiting.length >= MAX_PRIVATE_CARDS} />}
      <ul className="private-panel__cards">
        {[...waiting].reverse().map((c) => (
          <PrivateCardItem
            key={c.id}
            card={c}
            onEdit={(text) => person && editPrivateCard(person.doc, board.id, c.id, text, LOCAL_ORIGIN)}
            onDelete={() => person && removePrivateCard(person.doc, board.id, c.id, LOCAL_ORIGIN)}
          />
        ))}
      </ul>
    </section>
  );
}

function Writer({ person, board, boardRoom: room, full }: { person: Room; board: BoardInfo; boardRoom: Room | null; full: boolean }) {
  const { t, i18n } = useTranslation();
  const layout = useGridLayout(board.kind === 'grid' ? room : null, board.template, i18n.language === 'en' ? 'en' : 'ru');
  const cells = layout ? cellOptions(layout) : [];
  if (full) return <p className="notice">{t('privateRound.tooMany', { max: MAX_PRIVATE_CARDS })}</p>;
  return (
    <PrivateCardForm
      cells={cells}
      onAdd={(text, cell) => {
        // The host reveals at most MAX_PRIVATE_CARDS per person and board: do not let a phone write more.
        if (readPrivateCards(person.doc, board.id).length >= MAX_PRIVATE_CARDS) return;
        writePrivateCard(person.doc, board.id, { text, row: cell?.row ?? null, column: cell?.column ?? null }, LOCAL_ORIGIN);
      }}
    />
  );
}
