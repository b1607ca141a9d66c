import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { BoardInfo } from '@shared/doc/plan';
import { addBoard } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { showBoard } from '@shared/doc/session';
import { mirrorProblemTree } from '@shared/tree/goal-tree';
import type { BoardId, EventId } from '@shared/ids';
import { boardRoom, planRoom } from '@shared/protocol/rooms';
import { usePlan, useRoom, useRoomState } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import { acquireRoom } from '../../collab/rooms';
import { facilitatorSession } from '../../collab/session';
import { MIRROR_ORIGIN } from './GoalTools';

type Props = {
  eventId: EventId;
  problemBoard: BoardInfo;
  /** Where to go afterwards; by default the console's shown board (plan session) becomes the goal tree. */
  onOpen?: (id: BoardId) => void;
};

/**
 * Facilitator: turn a problem tree into its goal tree. The goal board copies the problem board's
 * team and access; pressing it again (or on another console) opens the existing goal tree instead
 * of making a second one. The mirror is written into the goal room once its cache is loaded; the
 * room then stays open until the host has it (the mirror's ids are derived from the sources, so
 * a repeat by another facilitator converges instead of duplicating).
 */
export function BuildGoalTreeButton({ eventId, problemBoard, onOpen }: Props) {
  const { t } = useTranslation();
  const session = useMemo(() => facilitatorSession(eventId), [eventId]);
  const planRoomHandle = useRoom(session, planRoom(eventId));
  const plan = usePlan(planRoomHandle);
  const problemRoom = useRoom(session, boardRoom(eventId, problemBoard.id));
  const problemState = useRoomState(problemRoom);
  const [busy, setBusy] = useState(false);
  const existing = plan.boards.find((b) => b.kind === 'goal-tree' && b.sourceBoardId === problemBoard.id);
  if (!session || !planRoomHandle || problemBoard.kind !== 'problem-tree') return null;

  const open = (id: BoardId) => (onOpen ? onOpen(id) : showBoard(planRoomHandle.doc, id, LOCAL_ORIGIN));
  const build = () => {
    if (existing) return open(existing.id);
    if (!problemRoom) return;
    setBusy(true);
    const id = addBoard(
      planRoomHandle.doc,
      {
        title: t('tree.goalTitle', { title: problemBoard.title }),
        kind: 'goal-tree',
        sourceBoardId: problemBoard.id,
        teamId: problemBoard.teamId,
        writers: problemBoard.writers,
        visibility: problemBoard.visibility,
      },
      LOCAL_ORIGIN,
    );
    mirrorInto(session, boardRoom(eventId, id), problemRoom.doc, () => setBusy(false));
    open(id);
  };
  // The problem tree must have arrived from the host, or the mirror would miss what others wrote.
  const ready = problemState.ready && (problemState.synced || !!existing);
  return (
    <button
      type="button"
      className="button button--small button--primary"
      disabled={!ready || busy}
      onClick={build}
      data-testid="tree.build-goal"
      data-exists={existing ? 'true' : 'false'}
    >
      {existing ? t('tree.openGoal') : t('tree.buildGoal')}
    </button>
  );
}

function mirrorInto(session: Session, name: string, problemDoc: Y.Doc, done: () => void): void {
  const { room, release } = acquireRoom(session, name);
  let mirrored = false;
  const step = (r: Room) => {
    const s = r.getState();
    if (s.ready && !mirrored) {
      mirrored = true;
      mirrorProblemTree(problemDoc, r.doc, MIRROR_ORIGIN);
      done();
    }
    if (mirrored && s.synced) {
      unsubscribe();
      release();
    }
  };
  const unsubscribe = room.subscribe(() => step(room));
  step(room);
}
