import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Stage } from '@shared/doc/agenda';
import { createStageBoards } from '@shared/doc/agenda';
import type { BoardInfo, PlanSnapshot } from '@shared/doc/plan';
import { setBoardField } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { BoardId } from '@shared/ids';
import { missingStageBoards, stageGallery } from '@shared/session/stage-boards';
import { AddBoardForm } from './AddBoardForm';

export type MainView = 'board' | 'gallery';

type Props = {
  doc: Y.Doc;
  plan: PlanSnapshot;
  stage: Stage | null;
  board: BoardInfo | null;
  view: MainView;
  onView(v: MainView): void;
  onOpen(id: BoardId): void;
};

/** Stage → its boards (one tab per team), every other board, lock, and the stage's team copies. */
export function BoardNavigator({ doc, plan, stage, board, view, onView, onOpen }: Props) {
  const { t } = useTranslation();
  const ofStage = stage ? stageGallery(plan.boards, stage.id) : [];
  const missing = stage ? missingStageBoards(stage, plan.teams, plan.boards) : [];
  const teamName = (b: BoardInfo) => plan.teams.find((tm) => tm.id === b.teamId)?.name ?? t('console.sharedBoard');
  return (
    <div className="navigator panel">
      <div className="navigator__row">
        <h2 className="navigator__stage" data-testid="console.stage-title">
          {stage ? stage.title : t('console.noStageSelected')}
        </h2>
        {stage && missing.length > 0 && (
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => createStageBoards(doc, stage.id, LOCAL_ORIGIN)}
            data-testid="console.create-boards"
          >
            {stage.method.kind === 'board' && stage.method.perTeam ? t('console.createTeamBoards', { count: missing.length }) : t('console.createBoard')}
          </button>
        )}
        {stage && stage.method.kind === 'board' && stage.method.perTeam && plan.teams.length === 0 && <span className="muted">{t('console.needTeams')}</span>}
        {ofStage.length > 1 && (
          <button
            type="button"
            className="button button--small"
            aria-pressed={view === 'gallery'}
            onClick={() => onView(view === 'gallery' ? 'board' : 'gallery')}
            data-testid="console.gallery"
          >
            {view === 'gallery' ? t('console.backToBoard') : t('console.gallery')}
          </button>
        )}
      </div>
      {ofStage.length > 0 && (
        <div className="tabs" role="tablist" aria-label={t('console.teamBoards')}>
          {ofStage.map((b) => (
            <button
              key={b.id}
              type="button"
              role="tab"
              className="tab"
              aria-selected={view === 'board' && board?.id === b.id}
              onClick={() => (onOpen(b.id), onView('board'))}
              data-testid="console.board-tab"
              data-board-id={b.id}
            >
              {teamName(b)}
              {b.locked && ' 🔒'}
            </button>
          ))}
        </div>
      )}
      <div className="navigator__row">
        <select
          className="input navigator__all"
          value={board?.id ?? ''}
          aria-label={t('console.allBoards')}
          onChange={(e) => (onOpen(e.target.value as BoardId), onView('board'))}
          data-testid="console.board-select"
        >
          {!board && <option value="">{t('console.allBoards')}</option>}
          {plan.boards.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title}
            </option>
          ))}
        </select>
        {board && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setBoardField(doc, board.id, 'locked', !board.locked, LOCAL_ORIGIN)}
            data-testid="console.lock"
            data-locked={board.locked}
          >
            {board.locked ? t('console.unlock') : t('console.lock')}
          </button>
        )}
      </div>
      <details className="navigator__add">
        <summary>{t('console.addBoard')}</summary>
        <AddBoardForm doc={doc} teams={plan.teams} stageId={null} onAdded={(id) => (onOpen(id), onView('board'))} />
      </details>
    </div>
  );
}
