import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { BoardInfo } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { BoardId, EventId } from '@shared/ids';
import type { FillReport } from '@shared/passport/generate';
import { fillFromGoalTree } from '@shared/passport/generate';
import { boardRoom } from '@shared/protocol/rooms';
import { useRoom, useRoomState } from '../../collab/hooks';
import type { Session } from '../../collab/rooms';

type Props = { eventId: EventId; session: Session | null; passport: BoardInfo; boards: readonly BoardInfo[]; doc: Y.Doc };

/**
 * The goal trees this passport can be filled from: the one it points at first, then its team's,
 * then the event's shared ones (no team) — a passport written from the plenary's tree is common.
 */
export function goalTreesFor(passport: BoardInfo, boards: readonly BoardInfo[]): BoardInfo[] {
  const rank = (b: BoardInfo) => (b.id === passport.sourceBoardId ? 0 : b.teamId === passport.teamId ? 1 : 2);
  const usable = boards.filter((b) => b.kind === 'goal-tree' && (b.id === passport.sourceBoardId || b.teamId === passport.teamId || b.teamId === null));
  return usable
    .map((b, i) => ({ b, i }))
    .sort((x, y) => rank(x.b) - rank(y.b) || x.i - y.i)
    .map(({ b }) => b);
}

/**
 * "Fill from goal tree": opens the chosen goal tree's room and its problem tree's, and once both
 * have synced fills what is empty (shared/passport/generate.ts never overwrites the team's text).
 */
export function FillFromGoalTree({ eventId, session, passport, boards, doc }: Props) {
  const { t } = useTranslation();
  const trees = goalTreesFor(passport, boards);
  const [picked, setPicked] = useState<BoardId | null>(null);
  const goalBoard = trees.find((b) => b.id === picked) ?? trees[0] ?? null;
  const goalRoom = useRoom(session, goalBoard ? boardRoom(eventId, goalBoard.id) : null);
  const problemRoom = useRoom(session, goalBoard?.sourceBoardId ? boardRoom(eventId, goalBoard.sourceBoardId) : null);
  const goalState = useRoomState(goalRoom);
  const problemState = useRoomState(problemRoom);
  const [report, setReport] = useState<FillReport | null>(null);
  if (!goalBoard)
    return (
      <p className="muted passport-fill" data-testid="passport.fill-none">
        {t('passport.fill.none')}
      </p>
    );

  // Filling from a half-loaded tree would miss nodes; offline, the cached copy is what there is.
  const loaded = (s: typeof goalState) => s.ready && (s.synced || s.status !== 'connecting');
  const ready = goalRoom !== null && loaded(goalState) && (!goalBoard.sourceBoardId || (problemRoom !== null && loaded(problemState)));
  const fill = () => {
    if (!goalRoom || !ready) return;
    setReport(fillFromGoalTree(doc, goalRoom.doc, problemRoom?.doc ?? null, LOCAL_ORIGIN));
  };
  return (
    <div className="passport-fill">
      {trees.length > 1 && (
        <label className="passport-fill__pick">
          <span className="passport-sr">{t('passport.fill.pick')}</span>
          <select className="input" value={goalBoard.id} onChange={(e) => setPicked(e.target.value as BoardId)} data-testid="passport.fill-pick">
            {trees.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" className="button button--small" onClick={fill} disabled={!ready} data-testid="passport.fill">
        {ready ? t('passport.fill.button') : t('passport.fill.busy')}
      </button>
      {report && <FillMessage report={report} />}
    </div>
  );
}

function FillMessage({ report }: { report: FillReport }) {
  const { t } = useTranslation();
  const none = report.filled.length === 0 && report.tasksAdded === 0 && report.calendarAdded === 0;
  return (
    <span className="passport-fill__report" role="status" data-testid="passport.fill-report">
      {none ? t('passport.fill.nothing') : t('passport.fill.done', { fields: report.filled.length, tasks: report.tasksAdded, rows: report.calendarAdded })}
      {report.unworded > 0 && ` ${t('passport.fill.unworded', { count: report.unworded })}`}
    </span>
  );
}
