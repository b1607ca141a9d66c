import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '@shared/doc/agenda';
import type { PlanSnapshot } from '@shared/doc/plan';
import type { SessionState } from '@shared/doc/session';
import { setProjector } from '@shared/doc/session';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { BoardId, EventId } from '@shared/ids';
import { stageGallery } from '@shared/session/stage-boards';
import type { Room, Session } from '../../collab/rooms';
import { BoardView } from '../board/BoardView';
import { pickSharedBoard } from '../board/shared-board';
import { StageGallery } from '../gallery/StageGallery';
import type { MainView } from './BoardNavigator';
import { BoardNavigator } from './BoardNavigator';
import { ConsoleToolbar } from './ConsoleToolbar';

type Props = {
  eventId: EventId;
  session: Session;
  plan: Room;
  snapshot: PlanSnapshot;
  live: SessionState;
  stage: Stage | null;
  onOpen(id: BoardId): void;
};

/**
 * The console's centre: toolbar, navigator, then the open board or the stage's gallery. The open
 * board is session.shownBoardId, so "follow me" sends participants exactly where the facilitator looks.
 */
export function ConsoleMain({ eventId, session, plan, snapshot, live, stage, onOpen }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<MainView>('board');
  const board = snapshot.boards.find((b) => b.id === live.shownBoardId) ?? pickSharedBoard(snapshot);
  const gallery = stage ? stageGallery(snapshot.boards, stage.id) : [];
  const project = (id: BoardId) => setProjector(plan.doc, { boardId: id, mode: 'board' }, LOCAL_ORIGIN);
  const projectedId = live.projector.mode === 'board' ? live.projector.boardId : null;
  return (
    <div className="console-main">
      <ConsoleToolbar eventId={eventId} plan={plan} session={live} board={board} />
      <BoardNavigator doc={plan.doc} plan={snapshot} stage={stage} board={board} view={view} onView={setView} onOpen={onOpen} />
      {view === 'gallery' && gallery.length > 0 ? (
        <StageGallery
          eventId={eventId}
          session={session}
          boards={gallery}
          teams={snapshot.teams}
          projectedId={projectedId}
          onOpen={(id) => (onOpen(id), setView('board'))}
          onProject={project}
        />
      ) : board ? (
        <BoardView
          eventId={eventId}
          session={session}
          board={board}
          viewer={{ personId: null, name: t('console.facilitatorName'), facilitator: true, teamId: null }}
          mode="console"
          showAuthors
        />
      ) : (
        <p className="muted">{t('participant.noBoard')}</p>
      )}
    </div>
  );
}
