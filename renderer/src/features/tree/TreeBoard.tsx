import './tree.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import { useDeadlineLock } from '../championship/use-championship';
import type { BoardId, EventId } from '@shared/ids';
import { boardRoom } from '@shared/protocol/rooms';
import { useRoom, useRoomState } from '../../collab/hooks';
import { BuildGoalTreeButton } from './BuildGoalTreeButton';
import { NO_GOAL_INFO, readGoalInfo } from './goal-info';
import { PullNewNodesButton, StaleBar } from './GoalTools';
import { ProjectorTree } from './ProjectorTree';
import { TreeEditor } from './TreeEditor';
import { TreeOutline } from './TreeOutline';
import { useNarrow, useTree, useTreeInit, useTwoDocValue, useUndo } from './use-tree';
import { useTreeEditing } from './use-tree-editing';
import { useTreeSession } from './use-tree-session';

export type TreeBoardMode = 'console' | 'participant' | 'projector';
export type TreeBoardProps = {
  eventId: EventId;
  boardId: BoardId;
  board: BoardInfo;
  writable: boolean;
  mode: TreeBoardMode;
  /** Where "build goal tree" goes; by default the plan's shown board. */
  onOpenBoard?: (id: BoardId) => void;
};

/**
 * A problem tree or goal tree board, for every place a board shows: the console and laptops get the
 * canvas, phones an outline, the projector a fitted, control-free drawing. A goal tree also opens its
 * problem tree's room, for the source hints' freshness and for pulling new nodes.
 */
export function TreeBoard({ eventId, boardId, board, writable, mode, onOpenBoard }: TreeBoardProps) {
  const { t } = useTranslation();
  const who = useTreeSession(eventId, mode);
  const room = useRoom(who.session, boardRoom(eventId, boardId));
  const state = useRoomState(room);
  const isGoal = board.kind === 'goal-tree';
  const sourceRoom = useRoom(who.session, isGoal && board.sourceBoardId ? boardRoom(eventId, board.sourceBoardId) : null);
  const sourceReady = useRoomState(sourceRoom).ready;
  const goal = useTwoDocValue(state.ready ? (room?.doc ?? null) : null, sourceReady ? (sourceRoom?.doc ?? null) : null, readGoalInfo, NO_GOAL_INFO);
  const tree = useTree(room);
  useTreeInit(room, board.kind, writable, tree.rootId !== null);
  const ed = useTreeEditing(room?.doc ?? null, tree, who.personId);
  const undo = useUndo(room?.doc ?? null);
  const narrow = useNarrow();
  const [outline, setOutline] = useState<boolean | null>(null);
  const projector = mode === 'projector';
  const asOutline = !projector && (outline ?? narrow);
  const k = isGoal ? 'goal' : 'problem';
  const deadline = useDeadlineLock(who.session, eventId, board.id);

  if (!room || !state.ready) return <p className="muted">{t('tree.loading')}</p>;
  const stale = ed.selected ? goal.stale.get(ed.selected) : undefined;
  return (
    <section
      className={`tree-board tree-board--${mode}`}
      aria-label={board.title}
      data-testid="tree.board"
      data-board-id={board.id}
      data-tree-kind={board.kind}
      data-writable={writable}
    >
      {!projector && (
        <header className="tree-board__head">
          <h2 className="tree-board__title">
            {board.title} <span className="badge">{t(`tree.boardKind.${k}`)}</span>
          </h2>
          <span className="muted" data-testid="tree.count">
            {t('tree.count', { count: tree.flat.length })}
          </span>
          {!writable && (
            <span className="badge" data-testid="tree.read-only">
              {board.locked ? (deadline ? t('tree.lockedDeadline') : t('tree.locked')) : t('tree.readOnly')}
            </span>
          )}
          {isGoal && goal.stale.size > 0 && (
            <span className="badge tree-board__stale-count" data-testid="tree.stale-count">
              {t('tree.stale.count', { count: goal.stale.size })}
            </span>
          )}
          <span className="tree-board__spacer" />
          {mode === 'console' && isGoal && sourceRoom && sourceReady && (
            <PullNewNodesButton problemDoc={sourceRoom.doc} goalDoc={room.doc} pending={goal.pending} />
          )}
          {mode === 'console' && !isGoal && <BuildGoalTreeButton eventId={eventId} problemBoard={board} onOpen={onOpenBoard} />}
          <button type="button" className="button button--small" aria-pressed={asOutline} onClick={() => setOutline(!asOutline)} data-testid="tree.view-toggle">
            {asOutline ? t('tree.asCanvas') : t('tree.asOutline')}
          </button>
        </header>
      )}
      {stale && sourceRoom && !projector && <StaleBar stale={stale} problemDoc={sourceRoom.doc} goalDoc={room.doc} writable={writable} />}
      {tree.rootId === null ? (
        <p className="notice" data-testid="tree.empty">
          {isGoal ? t('tree.goalEmpty') : t('tree.loading')}
        </p>
      ) : projector ? (
        <ProjectorTree tree={tree} />
      ) : asOutline ? (
        <TreeOutline tree={tree} ed={ed} undo={undo} writable={writable} stale={goal.stale} />
      ) : (
        <TreeEditor room={room} tree={tree} ed={ed} undo={undo} writable={writable && !projector} projector={projector} stale={goal.stale} />
      )}
    </section>
  );
}
