import type * as Y from 'yjs';
import type { TeamId } from '../ids';
import { isId } from '../ids';
import { seededRandom, shuffled } from '../session/teams';
import { endTimer, resetTimer, startTimer } from '../doc/session';
import { num } from '../doc/schema';
import type { PitchPhase, PitchState, RoundId } from './model';
import { PITCH_PHASES } from './model';

/**
 * The pitch queue in the plan's `champPitch` map, for the projector's "now presenting / next".
 * The countdown itself is the plan's one timer (shared/doc/session.ts), so every screen that already
 * shows the stage timer shows the pitch's; the timer's stageId is `pitch:<teamId>:<phase>`.
 */

const pitchOf = (plan: Y.Doc) => plan.getMap<unknown>('champPitch');

export const DEFAULT_PRESENT_SEC = 7 * 60;
export const DEFAULT_QUESTIONS_SEC = 3 * 60;

export function readPitch(plan: Y.Doc): PitchState {
  const m = pitchOf(plan);
  const queue = Array.isArray(m.get('queue')) ? ([...new Set((m.get('queue') as unknown[]).filter(isId))] as TeamId[]) : [];
  const phase = m.get('phase');
  const current = Math.floor(num(m.get('current'), -1));
  const roundId = m.get('roundId');
  const seed = m.get('seed');
  return {
    roundId: isId(roundId) ? (roundId as RoundId) : null,
    queue,
    current: current >= -1 && current < queue.length ? current : -1,
    phase: PITCH_PHASES.includes(phase as PitchPhase) ? (phase as PitchPhase) : 'idle',
    presentSec: Math.max(0, num(m.get('presentSec'), DEFAULT_PRESENT_SEC)),
    questionsSec: Math.max(0, num(m.get('questionsSec'), DEFAULT_QUESTIONS_SEC)),
    seed: typeof seed === 'number' ? seed : null,
  };
}

/** Who is presenting now and who is next (null when nobody). */
export function pitchNowNext(p: PitchState): { now: TeamId | null; next: TeamId | null } {
  const now = p.current >= 0 && p.phase !== 'done' ? (p.queue[p.current] ?? null) : null;
  const next = p.phase === 'done' ? null : (p.queue[p.current + 1] ?? null);
  return { now, next };
}

/**
 * Where a team stands in the pitch queue: presenting now, waiting (its place, 1-based, of how many),
 * or done — once it has presented or the pitches are over, "3rd of 4" would be wrong.
 */
export type QueueStatus = { kind: 'now' } | { kind: 'waiting'; place: number; total: number } | { kind: 'done' } | null;

export function queueStatus(p: PitchState, teamId: string | null): QueueStatus {
  const i = teamId ? p.queue.indexOf(teamId as TeamId) : -1;
  if (i < 0) return null;
  if (p.phase === 'done' || (p.current >= 0 && i < p.current)) return { kind: 'done' };
  if (i === p.current && p.phase !== 'idle') return { kind: 'now' };
  return { kind: 'waiting', place: i + 1, total: p.queue.length };
}

function write(plan: Y.Doc, patch: Partial<PitchState>, origin: unknown): void {
  plan.transact(() => {
    const m = pitchOf(plan);
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) m.set(k, v);
  }, origin);
}

/** Sets the queue by hand (also how a reorder is written); resets to "before the first pitch". */
export function setPitchQueue(plan: Y.Doc, roundId: RoundId, queue: TeamId[], origin: unknown): void {
  write(plan, { roundId, queue: [...new Set(queue.filter(isId))], current: -1, phase: 'idle' }, origin);
}

/** A random draw that anyone can re-check: the same seed and teams give the same order. */
export function drawPitchQueue(plan: Y.Doc, roundId: RoundId, teamIds: readonly TeamId[], seed: number, origin: unknown): TeamId[] {
  const queue = shuffled([...teamIds].sort(), seededRandom(seed));
  setPitchQueue(plan, roundId, queue, origin);
  write(plan, { seed }, origin);
  return queue;
}

export function movePitch(plan: Y.Doc, from: number, to: number, origin: unknown): void {
  const p = readPitch(plan);
  if (from < 0 || from >= p.queue.length || to < 0 || to >= p.queue.length) return;
  const queue = [...p.queue];
  const [t] = queue.splice(from, 1);
  queue.splice(to, 0, t!);
  const currentTeam = p.queue[p.current];
  write(plan, { queue, current: currentTeam ? queue.indexOf(currentTeam) : -1 }, origin);
}

export function setPitchDurations(plan: Y.Doc, presentSec: number, questionsSec: number, origin: unknown): void {
  write(plan, { presentSec: Math.max(0, Math.round(presentSec)), questionsSec: Math.max(0, Math.round(questionsSec)) }, origin);
}

/** Starts pitch `index` (presenting) with its timer running, in host time. */
export function startPitch(plan: Y.Doc, index: number, hostNow: number, origin: unknown): void {
  const p = readPitch(plan);
  const team = p.queue[index];
  if (!team) return;
  plan.transact(() => {
    write(plan, { current: index, phase: 'presenting' }, origin);
    resetTimer(plan, `pitch:${team}:presenting`, p.presentSec * 1000, origin);
    startTimer(plan, hostNow, origin);
  }, origin);
}

export function startQuestions(plan: Y.Doc, hostNow: number, origin: unknown): void {
  const p = readPitch(plan);
  const team = p.queue[p.current];
  if (!team) return;
  plan.transact(() => {
    write(plan, { phase: 'questions' }, origin);
    resetTimer(plan, `pitch:${team}:questions`, p.questionsSec * 1000, origin);
    startTimer(plan, hostNow, origin);
  }, origin);
}

/** Next team presents; after the last one the queue is done. */
export function nextPitch(plan: Y.Doc, hostNow: number, origin: unknown): void {
  const p = readPitch(plan);
  if (p.current + 1 < p.queue.length) return startPitch(plan, p.current + 1, hostNow, origin);
  plan.transact(() => {
    write(plan, { phase: 'done' }, origin);
    endTimer(plan, origin);
  }, origin);
}
