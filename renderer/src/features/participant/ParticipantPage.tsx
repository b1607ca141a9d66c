import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@shared/ids';
import type { BoardId } from '@shared/ids';
import { planRoom } from '@shared/protocol/rooms';
import type { BoardPick } from '@shared/session/follow';
import { followedBoard, pickHolds } from '@shared/session/follow';
import { Layout } from '../../app/Layout';
import { usePlan, useRoom } from '../../collab/hooks';
import type { StoredIdentity } from '../../collab/identity';
import { getIdentity } from '../../collab/identity';
import { sessionOf } from '../../collab/session';
import { useSession, useStages, useTimer } from '../../collab/session-hooks';
import { StageBanner } from '../agenda/StageBanner';
import type { Viewer } from '../board/board-access';
import { visibleBoards } from '../board/board-access';
import { BoardView } from '../board/BoardView';
import { BoardPicker } from './BoardPicker';
import { defaultBoard } from './default-board';
import { usePrivateRoundOpen } from '../private/use-private';
import { PosterHome } from '../posters/PosterHome';
import { usePosterSession } from '../posters/use-poster';
import { PARTICIPANT_PANELS } from './slots';

/** `/p/<eventId>`: the participant's phone. One column; works offline from the cache after the first visit. */
export function ParticipantPage({ eventId }: { eventId: EventId }) {
  const { t } = useTranslation();
  const identity = useMemo(() => getIdentity(eventId, 'participant'), [eventId]);
  if (!identity) {
    return (
      <Layout>
        <p className="notice" data-testid="participant.not-joined">
          {t('participant.notJoined')}
        </p>
      </Layout>
    );
  }
  return <Participant identity={identity} />;
}

function Participant({ identity }: { identity: StoredIdentity }) {
  const { t } = useTranslation();
  const session = useMemo(() => sessionOf(identity), [identity]);
  const planHandle = useRoom(session, planRoom(identity.eventId));
  const plan = usePlan(planHandle);
  const live = useSession(planHandle);
  const timer = useTimer(planHandle);
  const stages = useStages(planHandle);
  const [pick, setPick] = useState<BoardPick | null>(null);
  // The stage that took this participant back from a board they had picked (for the banner).
  const [movedBy, setMovedBy] = useState<string | null>(null);
  if (pick !== null && !pickHolds(pick, live.activeStageId)) {
    setPick(null);
    setMovedBy(live.activeStageId);
  }
  const onPick = (id: BoardId | null) => {
    setPick(id === null ? null : { boardId: id, stageId: live.activeStageId });
    setMovedBy(null);
  };
  const me = plan.people.find((p) => p.id === identity.personId);
  const teamId = me?.teamId ?? null;
  const team = plan.teams.find((tm) => tm.id === teamId);
  const viewer: Viewer = { personId: identity.personId, name: identity.name, facilitator: false, teamId, role: identity.role };
  const boards = visibleBoards(plan.boards, viewer);
  // A poster session: the gallery takes the place of the board; other boards stay one pick away.
  const posterSlots = usePosterSession(planHandle).slots;
  const posterMode = plan.format === 'posters' && posterSlots.length > 0;
  const pickable = posterMode ? boards.filter((b) => b.kind !== 'poster') : boards;
  // Follow me wins over the participant's own pick; when it is off, their pick (or a sensible default) stays.
  const followed = followedBoard(live, boards, teamId);
  const pickedBoard = pick && pickable.some((b) => b.id === pick.boardId) ? pick.boardId : null;
  const boardId = followed ?? pickedBoard ?? (posterMode ? null : defaultBoard(plan, live, teamId));
  const board = boards.find((b) => b.id === boardId) ?? null;
  const gallery = posterMode && (board === null || board.kind === 'poster');
  const stage = stages.find((s) => s.id === live.activeStageId) ?? null;
  const privateRound = usePrivateRoundOpen(planHandle, board?.id ?? null);
  const panels =
    planHandle &&
    PARTICIPANT_PANELS.map((Panel, i) => (
      <Panel key={i} eventId={identity.eventId} session={session} personId={identity.personId} teamId={teamId} plan={planHandle} board={board} />
    ));
  return (
    <Layout title={plan.title}>
      <div className="phone">
        <StageBanner stage={stage} timer={timer} />
        <p className="phone__me">
          <span data-testid="participant.name">{t('participant.you', { name: identity.name })}</span>
          {team && (
            <span className="team-chip" style={{ borderColor: team.color }} data-testid="participant.team" data-team-id={team.id}>
              {team.name}
            </span>
          )}
        </p>
        {movedBy !== null && movedBy === live.activeStageId && stage && (
          <p className="notice" role="status" data-testid="participant.moved">
            {t('participant.movedToStage', { stage: stage.title })}{' '}
            <button type="button" className="button button--small" onClick={() => setMovedBy(null)} data-testid="participant.moved-ok">
              {t('participant.movedOk')}
            </button>
          </p>
        )}
        {followed ? (
          <p className="muted" data-testid="participant.following">
            {t('participant.following')}
          </p>
        ) : posterMode ? (
          pickable.length > 0 && <BoardPicker boards={pickable} teams={plan.teams} value={pickedBoard} onPick={onPick} none={t('posters.gallery.title')} />
        ) : (
          boards.length > 1 && <BoardPicker boards={boards} teams={plan.teams} value={board?.id ?? null} onPick={onPick} />
        )}
        {!gallery && panels}
        {gallery && planHandle ? (
          <PosterHome
            eventId={identity.eventId}
            session={session}
            viewer={viewer}
            planRoom={planHandle}
            plan={plan}
            followed={board?.id ?? null}
            panels={panels}
          />
        ) : board ? (
          <BoardView
            eventId={identity.eventId}
            session={session}
            board={board}
            viewer={viewer}
            mode="participant"
            showAuthors={plan.showAuthors}
            readOnly={privateRound}
          />
        ) : (
          <p className="muted">{t('participant.noBoard')}</p>
        )}
      </div>
    </Layout>
  );
}
