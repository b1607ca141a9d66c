import './gallery.css';
import { useTranslation } from 'react-i18next';
import type { BoardInfo, TeamInfo } from '@shared/doc/plan';
import type { BoardId, EventId } from '@shared/ids';
import { boardRoom } from '@shared/protocol/rooms';
import { useCards, useRoom } from '../../collab/hooks';
import type { Session } from '../../collab/rooms';

type Props = {
  eventId: EventId;
  session: Session;
  boards: BoardInfo[];
  teams: TeamInfo[];
  projectedId: BoardId | null;
  onOpen(id: BoardId): void;
  onProject(id: BoardId): void;
};

/** Every team's board of one stage side by side: how far each team got, one click to open or project it. */
export function StageGallery(props: Props) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('gallery.title')} className="gallery" data-testid="gallery">
      {props.boards.map((b) => (
        <BoardPreview key={b.id} {...props} board={b} team={props.teams.find((tm) => tm.id === b.teamId) ?? null} />
      ))}
    </section>
  );
}

const PREVIEW_CARDS = 4;

function BoardPreview({ eventId, session, board, team, projectedId, onOpen, onProject }: Props & { board: BoardInfo; team: TeamInfo | null }) {
  const { t } = useTranslation();
  // Tree boards keep nodes, not cards: their preview is the title and the open button.
  const isCards = board.kind === 'cards' || board.kind === 'grid';
  const cards = useCards(useRoom(session, isCards ? boardRoom(eventId, board.id) : null));
  return (
    <article
      className="preview"
      data-testid="gallery.board"
      data-board-id={board.id}
      data-count={cards.length}
      style={team ? { borderTopColor: team.color } : undefined}
    >
      <h3 className="preview__team">{team?.name ?? t('console.sharedBoard')}</h3>
      <p className="preview__title">{board.title}</p>
      {isCards && (
        <>
          <p className="preview__count" data-testid="gallery.count">
            {t('board.count', { count: cards.length })}
          </p>
          <ul className="preview__cards">
            {cards.slice(-PREVIEW_CARDS).map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ul>
        </>
      )}
      <div className="preview__actions">
        <button type="button" className="button button--small button--primary" onClick={() => onOpen(board.id)} data-testid="gallery.open">
          {t('gallery.open')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={projectedId === board.id}
          onClick={() => onProject(board.id)}
          data-testid="gallery.project"
        >
          {projectedId === board.id ? t('console.onProjector') : t('gallery.project')}
        </button>
        {board.locked && <span className="badge">{t('gallery.locked')}</span>}
      </div>
    </article>
  );
}
