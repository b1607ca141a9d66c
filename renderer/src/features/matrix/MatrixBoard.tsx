import './matrix.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readCards } from '@shared/doc/board';
import type { MatrixIdea, MatrixInfo, MatrixResults, Placement } from '@shared/doc/matrix';
import { MATRIX_MAX, MAX_IDEA_TEXT, myPlacements, placeIdea, readMatrix, readMatrixResults, setMatrix } from '@shared/doc/matrix';
import type { BoardInfo } from '@shared/doc/plan';
import { readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { BoardId, EventId } from '@shared/ids';
import { newId } from '@shared/ids';
import { boardRoom, personRoom, planRoom, resultsRoom } from '@shared/protocol/rooms';
import { useDocValue, useRoom, useRoomState } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import type { Viewer } from '../board/board-access';
import type { BoardMode } from '../board/BoardView';

type Props = { eventId: EventId; session: Session; board: BoardInfo; viewer: Viewer; mode: BoardMode };

const ready = (room: Room | null, state: { ready: boolean }) => (state.ready && room ? room.doc : null);

/**
 * The 2×2 matrix (impact × effort, shared/doc/matrix.ts). Phones place each idea with two sliders, in
 * the person's own room; the console and the projector show the host's averaged positions, numbered,
 * with a legend in projector type. The facilitator picks the ideas: a board's cards and typed ones.
 */
export function MatrixBoard({ eventId, session, board, viewer, mode }: Props) {
  const plan = useRoom(session, planRoom(eventId));
  const planDoc = ready(plan, useRoomState(plan));
  const def = useDocValue(planDoc, (d) => readMatrix(d, board.id), null, board.id);
  const source = useRoom(session, def?.sourceBoardId ? boardRoom(eventId, def.sourceBoardId as BoardId) : null);
  const sourceDoc = ready(source, useRoomState(source));
  const sourceKey = `${board.id}|${def?.sourceBoardId ?? ''}|${def?.ideas.map((i) => i.id).join(',') ?? ''}`;
  const ideas = useDocValue(sourceDoc, (d) => ideasOf(def, d), ideasOf(def, null), sourceKey);
  if (mode === 'participant' && !viewer.facilitator && viewer.personId)
    return <MatrixPhone eventId={eventId} session={session} board={board} ideas={ideas} personId={viewer.personId} />;
  return (
    <section className={`matrix matrix--${mode}`} data-testid="matrix" data-mode={mode}>
      {mode === 'console' && planDoc && <MatrixSetup planDoc={planDoc} board={board} def={def} />}
      <MatrixChart eventId={eventId} session={session} board={board} mode={mode} />
    </section>
  );
}

function ideasOf(def: MatrixInfo | null, source: Y.Doc | null): MatrixIdea[] {
  if (!def) return [];
  const out = [...def.ideas];
  if (source) for (const c of readCards(source)) if (c.text.trim() && !out.some((i) => i.id === c.id)) out.push({ id: c.id, text: c.text });
  return out;
}

function MatrixSetup({ planDoc, board, def }: { planDoc: Y.Doc; board: BoardInfo; def: MatrixInfo | null }) {
  const { t } = useTranslation();
  const boards = useDocValue(planDoc, (d) => readPlan(d).boards.filter((b) => b.kind === 'cards'), []);
  const [text, setText] = useState('');
  const save = (next: Partial<MatrixInfo>) =>
    setMatrix(planDoc, { boardId: board.id, title: board.title, sourceBoardId: def?.sourceBoardId ?? null, ideas: def?.ideas ?? [], ...next }, LOCAL_ORIGIN);
  return (
    <div className="matrix__setup">
      <label>
        {t('matrix.source')}{' '}
        <select
          className="input"
          value={def?.sourceBoardId ?? ''}
          onChange={(e) => save({ sourceBoardId: e.target.value || null })}
          data-testid="matrix.source"
        >
          <option value="">{t('matrix.noSource')}</option>
          {boards.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title}
            </option>
          ))}
        </select>
      </label>
      <form
        className="matrix__add"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          save({ ideas: [...(def?.ideas ?? []), { id: newId(), text: text.trim() }] });
          setText('');
        }}
      >
        <input
          className="input"
          value={text}
          maxLength={MAX_IDEA_TEXT}
          placeholder={t('matrix.ideaPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          data-testid="matrix.idea-input"
        />
        <button type="submit" className="button" data-testid="matrix.idea-add">
          {t('matrix.addIdea')}
        </button>
      </form>
    </div>
  );
}

function MatrixPhone({
  eventId,
  session,
  board,
  ideas,
  personId,
}: {
  eventId: EventId;
  session: Session;
  board: BoardInfo;
  ideas: MatrixIdea[];
  personId: string;
}) {
  const { t } = useTranslation();
  const person = useRoom(session, personRoom(eventId, personId as never));
  const doc = ready(person, useRoomState(person));
  const mine = useDocValue(doc, (d) => myPlacements(d, board.id), {} as Record<string, Placement>, board.id);
  const put = (ideaId: string, p: Placement) => doc && placeIdea(doc, board.id, ideaId, p, LOCAL_ORIGIN);
  return (
    <section className="matrix matrix--phone" data-testid="matrix.phone">
      <h2 className="board__title">{board.title}</h2>
      <p className="muted">{t('matrix.phoneHint')}</p>
      {ideas.length === 0 && <p className="muted">{t('matrix.noIdeas')}</p>}
      <ul className="matrix__ideas">
        {ideas.map((i) => {
          const p = mine[i.id];
          const cur = p ?? { impact: MATRIX_MAX / 2, effort: MATRIX_MAX / 2 };
          return (
            <li key={i.id} className={p ? 'matrix__idea matrix__idea--placed' : 'matrix__idea'} data-testid="matrix.idea" data-idea-id={i.id} data-placed={!!p}>
              <p className="matrix__idea-text">{i.text}</p>
              {(['impact', 'effort'] as const).map((axis) => (
                <label key={axis} className="matrix__slider">
                  <span>
                    {t(`matrix.${axis}`)}: <strong>{cur[axis]}</strong>
                  </span>
                  <input
                    type="range"
                    min={0}
                    max={MATRIX_MAX}
                    step={1}
                    value={cur[axis]}
                    onChange={(e) => put(i.id, { ...cur, [axis]: Number(e.target.value) })}
                    data-testid={`matrix.${axis}`}
                  />
                </label>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function MatrixChart({ eventId, session, board, mode }: { eventId: EventId; session: Session; board: BoardInfo; mode: BoardMode }) {
  const { t } = useTranslation();
  const results = useRoom(session, resultsRoom(eventId));
  const doc = ready(results, useRoomState(results));
  const res = useDocValue<MatrixResults | null>(doc, (d) => readMatrixResults(d, board.id), null, board.id);
  const points = res?.points ?? [];
  const pct = (v: number) => `${(v / MATRIX_MAX) * 100}%`;
  return (
    <div className="matrix__body">
      <div className="matrix__chart" data-testid="matrix.chart" role="img" aria-label={t('matrix.chartLabel')}>
        <span className="matrix__q matrix__q--tl">{t('matrix.quickWins')}</span>
        <span className="matrix__q matrix__q--tr">{t('matrix.bigBets')}</span>
        <span className="matrix__q matrix__q--bl">{t('matrix.fillIns')}</span>
        <span className="matrix__q matrix__q--br">{t('matrix.moneyPits')}</span>
        <span className="matrix__axis matrix__axis--x">{t('matrix.effortAxis')}</span>
        <span className="matrix__axis matrix__axis--y">{t('matrix.impactAxis')}</span>
        {points
          .filter((p) => p.count > 0)
          .map((p) => (
            <span
              key={p.ideaId}
              className="matrix__point"
              style={{ left: pct(p.effort), bottom: pct(p.impact) }}
              data-testid="matrix.point"
              data-idea-id={p.ideaId}
              data-impact={p.impact}
              data-effort={p.effort}
            >
              {points.indexOf(p) + 1}
            </span>
          ))}
      </div>
      <ol className="matrix__legend">
        {points.map((p, i) => (
          <li key={p.ideaId} className="matrix__legend-item" data-testid="matrix.legend-item" data-count={p.count} data-pj-item="">
            <span className="matrix__num">{i + 1}</span> {p.text}
            <span className="muted">
              {' '}
              {p.count > 0 ? t('matrix.position', { impact: p.impact, effort: p.effort, count: p.count }) : mode === 'projector' ? '' : t('matrix.notPlaced')}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
