import type * as Y from 'yjs';
import type { BoardId } from '../ids';
import { bool, num, strOrNull } from './schema';

/**
 * What is happening right now, in the plan doc: the active stage, what the facilitator shows
 * (participants follow it when "follow me" is on), what the projector shows, and the stage timer.
 * Facilitators' clients write these through the accessors below; participants only read the plan.
 */

export const PROJECTOR_MODES = ['board', 'qr', 'results', 'timer'] as const;
export type ProjectorMode = (typeof PROJECTOR_MODES)[number];
/**
 * `page`: what the facilitator picked when the projector's content needs more than one screen at
 * the readable floor; null pages on by itself. The projector shows it modulo its own page count,
 * which only it can measure.
 */
export type ProjectorState = { boardId: BoardId | null; mode: ProjectorMode; voteId: string | null; page: number | null };

/** More pages than this is not a screen anyone reads; a bigger stored value is clamped, not trusted. */
export const MAX_PROJECTOR_PAGE = 999;

export type SessionState = {
  activeStageId: string | null;
  followMe: boolean;
  shownBoardId: BoardId | null;
  projector: ProjectorState;
};

export const TIMER_STATES = ['idle', 'running', 'paused', 'ended'] as const;
export type TimerStatus = (typeof TIMER_STATES)[number];

/** All times are the HOST's epoch ms (see shared/clock.ts), never a client's own clock. */
export type TimerState = {
  stageId: string | null;
  state: TimerStatus;
  /** When a running timer reaches zero. */
  endsAt: number | null;
  /** What was left when paused. */
  remainingMs: number | null;
  /** The full length, shown while idle. */
  durationMs: number;
};

const sessionOf = (doc: Y.Doc) => doc.getMap<unknown>('session');
const timerOf = (doc: Y.Doc) => doc.getMap<unknown>('timer');

const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T => (values.includes(v as T) ? (v as T) : fallback);
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

const pageOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? Math.min(v, MAX_PROJECTOR_PAGE) : null);

export function readSession(doc: Y.Doc): SessionState {
  const m = sessionOf(doc);
  return {
    activeStageId: strOrNull(m.get('activeStageId')),
    followMe: bool(m.get('followMe')),
    shownBoardId: strOrNull(m.get('shownBoardId')) as BoardId | null,
    projector: {
      boardId: strOrNull(m.get('projectorBoardId')) as BoardId | null,
      mode: oneOf<ProjectorMode>(PROJECTOR_MODES, m.get('projectorMode'), 'qr'),
      voteId: strOrNull(m.get('projectorVoteId')),
      page: pageOrNull(m.get('projectorPage')),
    },
  };
}

export function setActiveStageId(doc: Y.Doc, stageId: string | null, origin: unknown): void {
  doc.transact(() => sessionOf(doc).set('activeStageId', stageId), origin);
}

export function setFollowMe(doc: Y.Doc, on: boolean, origin: unknown): void {
  doc.transact(() => sessionOf(doc).set('followMe', on), origin);
}

/** The board the facilitator is looking at; with follow me on, participants' screens go there too. */
export function showBoard(doc: Y.Doc, boardId: BoardId | null, origin: unknown): void {
  doc.transact(() => sessionOf(doc).set('shownBoardId', boardId), origin);
}

/** Partial updates: switching the mode keeps the board chosen for it, and the other way round. */
export function setProjector(doc: Y.Doc, patch: Partial<ProjectorState>, origin: unknown): void {
  doc.transact(() => {
    const m = sessionOf(doc);
    if (patch.boardId !== undefined) m.set('projectorBoardId', patch.boardId);
    if (patch.mode !== undefined) m.set('projectorMode', patch.mode);
    if (patch.voteId !== undefined) m.set('projectorVoteId', patch.voteId);
    if (patch.page !== undefined) m.set('projectorPage', patch.page === null ? null : Math.max(0, Math.min(MAX_PROJECTOR_PAGE, Math.trunc(patch.page))));
    // Whatever else changes what is shown starts again from its first page, paging by itself.
    else if (patch.boardId !== undefined || patch.mode !== undefined || patch.voteId !== undefined) m.set('projectorPage', null);
  }, origin);
}

export function readTimer(doc: Y.Doc): TimerState {
  const m = timerOf(doc);
  return {
    stageId: strOrNull(m.get('stageId')),
    state: oneOf<TimerStatus>(TIMER_STATES, m.get('state'), 'idle'),
    endsAt: numOrNull(m.get('endsAt')),
    remainingMs: numOrNull(m.get('remainingMs')),
    durationMs: Math.max(0, num(m.get('durationMs'))),
  };
}

/** Milliseconds left at host time `hostNow`; never negative. Pure, so every screen computes the same. */
export function timerRemaining(t: TimerState, hostNow: number): number {
  switch (t.state) {
    case 'idle':
      return t.durationMs;
    case 'running':
      return t.endsAt === null ? 0 : Math.max(0, t.endsAt - hostNow);
    case 'paused':
      return Math.max(0, t.remainingMs ?? 0);
    case 'ended':
      return 0;
  }
}

/** Running and past its end: time is up even though nobody pressed "end". */
export const timerExpired = (t: TimerState, hostNow: number): boolean => t.state === 'ended' || (t.state === 'running' && timerRemaining(t, hostNow) === 0);

/**
 * Every timer write sets all five fields in one transaction. Two facilitators pressing buttons at
 * once then resolve per key by the same Yjs rule (the same client wins every key both wrote),
 * so the merged timer is always one of the two writes, never a mix.
 */
function writeTimer(doc: Y.Doc, t: TimerState, origin: unknown): void {
  doc.transact(() => {
    const m = timerOf(doc);
    m.set('stageId', t.stageId);
    m.set('state', t.state);
    m.set('endsAt', t.endsAt);
    m.set('remainingMs', t.remainingMs);
    m.set('durationMs', t.durationMs);
  }, origin);
}

/** Sets the timer up for a stage without starting it. */
export function resetTimer(doc: Y.Doc, stageId: string | null, durationMs: number, origin: unknown): void {
  writeTimer(doc, { stageId, state: 'idle', endsAt: null, remainingMs: null, durationMs: Math.max(0, durationMs) }, origin);
}

/** Starts from the full duration (or `durationMs` if given). */
export function startTimer(doc: Y.Doc, hostNow: number, origin: unknown, durationMs?: number): void {
  const t = readTimer(doc);
  const d = Math.max(0, durationMs ?? t.durationMs);
  writeTimer(doc, { ...t, state: 'running', endsAt: hostNow + d, remainingMs: null, durationMs: d }, origin);
}

export function pauseTimer(doc: Y.Doc, hostNow: number, origin: unknown): void {
  const t = readTimer(doc);
  if (t.state !== 'running') return;
  writeTimer(doc, { ...t, state: 'paused', endsAt: null, remainingMs: timerRemaining(t, hostNow) }, origin);
}

export function resumeTimer(doc: Y.Doc, hostNow: number, origin: unknown): void {
  const t = readTimer(doc);
  if (t.state !== 'paused') return;
  writeTimer(doc, { ...t, state: 'running', endsAt: hostNow + (t.remainingMs ?? 0), remainingMs: null }, origin);
}

/**
 * Adds (or with a negative number, takes away) minutes from whatever is left. An expired or ended
 * timer given more minutes runs again from now: "five more minutes" after the bell.
 */
export function addTimerMinutes(doc: Y.Doc, minutes: number, hostNow: number, origin: unknown): void {
  const t = readTimer(doc);
  const delta = minutes * 60_000;
  const durationMs = Math.max(0, t.durationMs + delta);
  if (t.state === 'paused') {
    return writeTimer(doc, { ...t, durationMs, remainingMs: Math.max(0, (t.remainingMs ?? 0) + delta) }, origin);
  }
  if (t.state === 'idle') return writeTimer(doc, { ...t, durationMs }, origin);
  if (t.state === 'ended' && delta <= 0) return;
  const left = Math.max(0, timerRemaining(t, hostNow) + delta);
  writeTimer(doc, { ...t, state: 'running', endsAt: hostNow + left, remainingMs: null, durationMs }, origin);
}

export function endTimer(doc: Y.Doc, origin: unknown): void {
  const t = readTimer(doc);
  writeTimer(doc, { ...t, state: 'ended', endsAt: null, remainingMs: null }, origin);
}

/** Calls `fn` after every change of the session or the timer; returns the unsubscribe. */
export function observeSession(doc: Y.Doc, fn: () => void): () => void {
  const s = sessionOf(doc);
  const t = timerOf(doc);
  s.observe(fn);
  t.observe(fn);
  return () => {
    s.unobserve(fn);
    t.unobserve(fn);
  };
}
