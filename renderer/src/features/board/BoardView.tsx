import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import { boardRoom, planRoom } from '@shared/protocol/rooms';
import { usePlanVotes } from '../voting/use-voting';
import { useRoom } from '../../collab/hooks';
import type { Session } from '../../collab/rooms';
import type { Viewer } from './board-access';
import { canWriteBoard } from './board-access';
import { CardBoard } from './CardBoard';
import { CardWall } from './CardWall';

// Trees (d3, dnd-kit), grids (dnd-kit), the passport and posters are each their own chunk: a phone on
// a card board downloads none of them, and one on a tree only the tree's.
const loadTree = () => import('../tree/TreeBoard');
const loadGrid = () => import('../grid/GridBoard');
const loadPassport = () => import('../passport/PassportBoard');
const loadPoster = () => import('../posters/PosterBoard');
const loadAudience = () => import('../audience/AudienceBoard');
const loadMatrix = () => import('../matrix/MatrixBoard');
const TreeBoard = lazy(() => loadTree().then((m) => ({ default: m.TreeBoard })));
const GridBoard = lazy(() => loadGrid().then((m) => ({ default: m.GridBoard })));
const PassportBoard = lazy(() => loadPassport().then((m) => ({ default: m.PassportBoard })));
const PosterBoard = lazy(() => loadPoster().then((m) => ({ default: m.PosterBoard })));
const AudienceBoard = lazy(() => loadAudience().then((m) => ({ default: m.AudienceBoard })));
const MatrixBoard = lazy(() => loadMatrix().then((m) => ({ default: m.MatrixBoard })));

/**
 * The console and the projector (on the facilitator's machine, where bytes are free) fetch every
 * board kind up front, so switching to a tree shows it without waiting for its chunk.
 */
export function preloadBoardKinds(): void {
  for (const load of [loadTree, loadGrid, loadPassport, loadPoster, loadAudience, loadMatrix]) void load().catch(() => undefined);
}

export type BoardMode = 'console' | 'participant' | 'projector';

type Props = {
  eventId: EventId;
  session: Session;
  board: BoardInfo;
  viewer: Viewer;
  mode: BoardMode;
  showAuthors: boolean;
  /** Read-only whatever the policy says: a participant's board during a private round, where new cards must stay private. */
  readOnly?: boolean;
};

/**
 * One board, whatever its kind (cards, grid, trees, passport, poster). The projector never writes, whoever opened it; elsewhere the
 * board's policy decides (a locked board turns read-only for participants, never for facilitators).
 */
export function BoardView(props: Props) {
  return (
    <Suspense fallback={<BoardLoading />}>
      <BoardOfKind {...props} />
    </Suspense>
  );
}

function BoardLoading() {
  const { t } = useTranslation();
  return <p className="muted">{t('board.loading')}</p>;
}

function BoardOfKind(props: Props) {
  const { board } = props;
  const writable = isWritable(props);
  if (board.kind === 'problem-tree' || board.kind === 'goal-tree') {
    return <TreeBoard key={board.id} eventId={props.eventId} boardId={board.id} board={board} writable={writable} mode={props.mode} />;
  }
  if (board.kind === 'passport') {
    return <PassportBoard key={board.id} eventId={props.eventId} boardId={board.id} board={board} writable={writable} mode={props.mode} />;
  }
  if (board.kind === 'poster') {
    return (
      <PosterBoard key={board.id} eventId={props.eventId} session={props.session} board={board} viewer={props.viewer} mode={props.mode} writable={writable} />
    );
  }
  if (board.audience) {
    return <AudienceBoard key={board.id} eventId={props.eventId} session={props.session} board={board} viewer={props.viewer} mode={props.mode} />;
  }
  if (board.kind === 'matrix') {
    return <MatrixBoard key={board.id} eventId={props.eventId} session={props.session} board={board} viewer={props.viewer} mode={props.mode} />;
  }
  return <RoomBoard key={board.id} {...props} />;
}

/** Card and grid boards read their own board room through the shared room cache. */
const isWritable = (p: Props) => !p.readOnly && p.mode !== 'projector' && canWriteBoard(p.board, p.viewer);

function RoomBoard(props: Props) {
  const { eventId, session, board, viewer, mode, showAuthors } = props;
  const room = useRoom(session, boardRoom(eventId, board.id));
  const plan = useRoom(session, planRoom(eventId));
  const voteOpen = usePlanVotes(plan).some((v) => v.state === 'open' && v.items.some((i) => i.boardId === board.id));
  const writable = isWritable(props);
  if (board.kind === 'grid') {
    return <GridBoard room={room} board={board} viewer={viewer} writable={writable} mode={mode} showAuthors={showAuthors} />;
  }
  if (mode === 'projector') return <CardWall room={room} board={board} showAuthors={showAuthors} />;
  return (
    <CardBoard room={room} board={board} me={viewer} writable={writable} showAuthors={showAuthors} newestFirst={mode === 'participant'} voteOpen={voteOpen} />
  );
}
