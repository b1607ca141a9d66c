import * as Y from 'yjs';
import { generateKeyBetween } from 'fractional-indexing';
import type { BoardId } from '../ids';
import { newId } from '../ids';
import type { ActivityKind, AgendaTemplateStage, StageMethod } from '../session/agenda-template';
import { ACTIVITY_KINDS } from '../session/agenda-template';
import type { Lang } from '../session/grid-templates';
import { labelIn } from '../session/grid-templates';
import { missingStageBoards } from '../session/stage-boards';
import type { BoardKind } from './plan';
import { BOARD_KINDS, addBoard, readPlan } from './plan';
import { bool, childMap, num, str, strOrNull } from './schema';
import { endTimer, readSession, readTimer, resetTimer, setActiveStageId, startTimer } from './session';

/**
 * The agenda: stages in the plan's `stages` map (id → Y.Map, one key per field, ordered by a
 * fractional index). Written by facilitators' clients; everyone reads it.
 */

export type StageId = string & { readonly __brand: 'StageId' };
export type { ActivityKind, StageMethod } from '../session/agenda-template';

export const STAGE_STATUSES = ['pending', 'active', 'done'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

export type Stage = { id: StageId; title: string; method: StageMethod; durationMin: number; order: string; status: StageStatus };
export type NewStage = { title: string; method: StageMethod; durationMin: number };
export type StagePatch = Partial<NewStage>;

export const MAX_STAGE_TITLE = 200;
export const MAX_STAGE_MINUTES = 24 * 60;

const stagesOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('stages');
const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T => (values.includes(v as T) ? (v as T) : fallback);
const minutes = (n: number) => Math.max(0, Math.min(MAX_STAGE_MINUTES, Math.round(n)));

function methodFromMap(m: Y.Map<unknown>): StageMethod {
  if (m.get('method') === 'board') {
    return {
      kind: 'board',
      boardKind: oneOf<BoardKind>(BOARD_KINDS, m.get('boardKind'), 'cards'),
      template: strOrNull(m.get('template')),
      perTeam: bool(m.get('perTeam'), true),
    };
  }
  return { kind: 'activity', activity: oneOf<ActivityKind>(ACTIVITY_KINDS, m.get('activity'), 'other') };
}

function stageFromMap(id: string, m: Y.Map<unknown>): Stage {
  return {
    id: id as StageId,
    title: str(m.get('title')),
    method: methodFromMap(m),
    durationMin: minutes(num(m.get('durationMin'))),
    order: str(m.get('order'), 'a0'),
    status: oneOf<StageStatus>(STAGE_STATUSES, m.get('status'), 'pending'),
  };
}

export function readStages(doc: Y.Doc): Stage[] {
  const out: Stage[] = [];
  stagesOf(doc).forEach((m, id) => {
    if (m instanceof Y.Map) out.push(stageFromMap(id, m));
  });
  return out.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));
}

export function readStage(doc: Y.Doc, id: string): Stage | null {
  const m = childMap(stagesOf(doc) as Y.Map<unknown>, id);
  return m ? stageFromMap(id, m) : null;
}

/** Writes every method key, so switching a stage from a board to an activity leaves nothing stale behind. */
function writeMethod(m: Y.Map<unknown>, method: StageMethod): void {
  m.set('method', method.kind);
  m.set('boardKind', method.kind === 'board' ? method.boardKind : null);
  m.set('template', method.kind === 'board' ? method.template : null);
  m.set('perTeam', method.kind === 'board' ? method.perTeam : null);
  m.set('activity', method.kind === 'activity' ? method.activity : null);
}

/** Appends a stage (or inserts it at `index`). */
export function addStage(doc: Y.Doc, stage: NewStage, origin: unknown, id: StageId = newId<StageId>(), index?: number): StageId {
  doc.transact(() => {
    const stages = readStages(doc);
    const i = Math.max(0, Math.min(stages.length, Math.trunc(index ?? stages.length)));
    const m = new Y.Map<unknown>();
    m.set('title', stage.title.trim().slice(0, MAX_STAGE_TITLE));
    writeMethod(m, stage.method);
    m.set('durationMin', minutes(stage.durationMin));
    m.set('status', 'pending');
    m.set('order', generateKeyBetween(stages[i - 1]?.order ?? null, stages[i]?.order ?? null));
    stagesOf(doc).set(id, m);
  }, origin);
  return id;
}

export function editStage(doc: Y.Doc, id: StageId, patch: StagePatch, origin: unknown): void {
  doc.transact(() => {
    const m = childMap(stagesOf(doc) as Y.Map<unknown>, id);
    if (!m) return;
    if (patch.title !== undefined) m.set('title', patch.title.trim().slice(0, MAX_STAGE_TITLE));
    if (patch.method !== undefined) writeMethod(m, patch.method);
    if (patch.durationMin !== undefined) m.set('durationMin', minutes(patch.durationMin));
  }, origin);
}

/** Moves a stage to position `toIndex` in the agenda. */
export function moveStage(doc: Y.Doc, id: StageId, toIndex: number, origin: unknown): void {
  doc.transact(() => {
    const m = childMap(stagesOf(doc) as Y.Map<unknown>, id);
    if (!m) return;
    const others = readStages(doc).filter((s) => s.id !== id);
    const i = Math.max(0, Math.min(others.length, Math.trunc(toIndex)));
    m.set('order', generateKeyBetween(others[i - 1]?.order ?? null, others[i]?.order ?? null));
  }, origin);
}

/** Removes a stage from the agenda; its boards stay (they hold the participants' work). */
export function removeStage(doc: Y.Doc, id: StageId, origin: unknown): void {
  doc.transact(() => {
    stagesOf(doc).delete(id);
    if (readSession(doc).activeStageId === id) setActiveStageId(doc, null, origin);
  }, origin);
}

/**
 * Makes `id` the active stage: the one active before is done, the timer is set to this stage's
 * duration (not started: the facilitator starts it when people are ready). Starting the stage that
 * is already active changes nothing, so a second click does not reset a running timer.
 * `timerFrom` (host time) starts the stage's timer in the same step, for stages that begin at once.
 */
export function startStage(doc: Y.Doc, id: StageId, origin: unknown, timerFrom?: number): void {
  doc.transact(() => {
    const target = childMap(stagesOf(doc) as Y.Map<unknown>, id);
    if (!target) return;
    if (target.get('status') === 'active' && readSession(doc).activeStageId === id) return;
    stagesOf(doc).forEach((m, other) => {
      if (other !== id && m instanceof Y.Map && m.get('status') === 'active') m.set('status', 'done');
    });
    target.set('status', 'active');
    setActiveStageId(doc, id, origin);
    resetTimer(doc, id, minutes(num(target.get('durationMin'))) * 60_000, origin);
    if (timerFrom !== undefined && Number.isFinite(timerFrom) && readTimer(doc).durationMs > 0) startTimer(doc, timerFrom, origin);
  }, origin);
}

/** Marks the stage done; if it was the active one, no stage is active and its timer ends. */
export function endStage(doc: Y.Doc, id: StageId, origin: unknown): void {
  doc.transact(() => {
    const m = childMap(stagesOf(doc) as Y.Map<unknown>, id);
    if (!m) return;
    m.set('status', 'done');
    if (readSession(doc).activeStageId === id) setActiveStageId(doc, null, origin);
    if (readTimer(doc).stageId === id) endTimer(doc, origin);
  }, origin);
}

/** Puts a stage back to pending (a mistaken "end"). */
export function reopenStage(doc: Y.Doc, id: StageId, origin: unknown): void {
  doc.transact(() => childMap(stagesOf(doc) as Y.Map<unknown>, id)?.set('status', 'pending'), origin);
}

/** Appends a ready agenda in one language; the titles become the facilitator's own text. */
export function applyAgendaTemplate(doc: Y.Doc, template: readonly AgendaTemplateStage[], lang: Lang, origin: unknown): StageId[] {
  const ids: StageId[] = [];
  doc.transact(() => {
    for (const s of template) {
      ids.push(addStage(doc, { title: labelIn(s.title, lang), method: s.method, durationMin: s.durationMin }, origin));
    }
  }, origin);
  return ids;
}

/**
 * Creates the stage's boards that do not exist yet (one per team, or one shared) and returns
 * all of the stage's board ids. Idempotent: see shared/session/stage-boards.ts.
 */
export function createStageBoards(doc: Y.Doc, id: StageId, origin: unknown): BoardId[] {
  let out: BoardId[] = [];
  doc.transact(() => {
    const stage = readStage(doc, id);
    if (!stage) return;
    const plan = readPlan(doc);
    for (const b of missingStageBoards(stage, plan.teams, plan.boards)) addBoard(doc, b.board, origin, b.id);
    out = readPlan(doc)
      .boards.filter((b) => b.stageId === id)
      .map((b) => b.id);
  }, origin);
  return out;
}

/** Calls `fn` after every change of the agenda; returns the unsubscribe. */
export function observeStages(doc: Y.Doc, fn: () => void): () => void {
  const map = stagesOf(doc);
  map.observeDeep(fn);
  return () => map.unobserveDeep(fn);
}
