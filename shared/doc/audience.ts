import * as Y from 'yjs';
import { isId, newId } from '../ids';
import type { ScaleDistribution } from '../audience/scale-stats';
import type { CloudWord } from '../audience/word-cloud';
import { num, str } from './schema';

/**
 * The audience instruments in three rooms:
 * - person `questions`: questionId → Y.Map {boardId, text, anonymous, createdAt} — one person's own questions;
 *   person `upvotes`: questionId → boardId — at most one upvote per question, because a map has one key;
 *   person `scale`: boardId → number; person `openAnswers`: boardId → string. Only that person and the host read them.
 * - board `config`: {prompt, min, max} — written by facilitators (participants only read audience boards);
 *   board `questions`: questionId → one JSON value (PublicQuestion), board `state`: {now, scale, cloud} —
 *   written by the host, and only what everyone may see: approved and answered questions, the author's
 *   name only when they did not ask anonymously, never a person id.
 * - the host's own room keeps who asked what and the moderation status (electron/host/session/audience.ts).
 */

export const MAX_QUESTION_TEXT = 300;
export const MAX_OPEN_ANSWER = 200;
/** Questions one person may have on one board; more are not published (a flood costs them, not the hall). */
export const MAX_QUESTIONS_PER_PERSON = 20;
export const SCALE_LIMITS = { lowest: 0, highest: 100, maxSteps: 20 } as const;

export const QUESTION_STATUSES = ['pending', 'approved', 'hidden', 'answered'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export type MyQuestion = { id: string; boardId: string; text: string; anonymous: boolean; createdAt: number };
export type PublicQuestion = { id: string; text: string; author: string | null; votes: number; status: 'approved' | 'answered'; createdAt: number };
/** What the facilitator's moderation queue shows: every question, the author still withheld when anonymous. */
export type QueuedQuestion = { id: string; text: string; author: string | null; anonymous: boolean; votes: number; status: QuestionStatus; createdAt: number };
export type AudienceConfig = { prompt: string; min: number; max: number };

const personQuestions = (d: Y.Doc) => d.getMap<unknown>('questions');
const personUpvotes = (d: Y.Doc) => d.getMap<unknown>('upvotes');
const personScale = (d: Y.Doc) => d.getMap<unknown>('scale');
const personOpen = (d: Y.Doc) => d.getMap<unknown>('openAnswers');
const boardConfig = (d: Y.Doc) => d.getMap<unknown>('config');
const boardQuestions = (d: Y.Doc) => d.getMap<unknown>('questions');
const boardState = (d: Y.Doc) => d.getMap<unknown>('state');

const cleanText = (v: unknown, max: number): string | null => {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t.length > 0 && t.length <= max ? t : null;
};

// ---- person room: the participant writes, the host reads ----

/** One person's questions on a board, oldest first, as the host will read them (bad entries skipped). */
export function readMyQuestions(person: Y.Doc, boardId: string): MyQuestion[] {
  const out: MyQuestion[] = [];
  personQuestions(person).forEach((v, id) => {
    if (!(v instanceof Y.Map) || !isId(id) || v.get('boardId') !== boardId) return;
    const text = cleanText(v.get('text'), MAX_QUESTION_TEXT);
    if (text === null) return;
    out.push({ id, boardId, text, anonymous: v.get('anonymous') === true, createdAt: num(v.get('createdAt')) });
  });
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)).slice(0, MAX_QUESTIONS_PER_PERSON);
}

export function askQuestion(person: Y.Doc, boardId: string, text: string, anonymous: boolean, origin: unknown, now = Date.now()): string | null {
  const t = cleanText(text, MAX_QUESTION_TEXT);
  if (t === null || readMyQuestions(person, boardId).length >= MAX_QUESTIONS_PER_PERSON) return null;
  const id = newId();
  person.transact(() => {
    const m = new Y.Map<unknown>();
    m.set('boardId', boardId);
    m.set('text', t);
    m.set('anonymous', anonymous);
    m.set('createdAt', now);
    personQuestions(person).set(id, m);
  }, origin);
  return id;
}

/** The questions this person upvoted on a board. */
export function readMyUpvotes(person: Y.Doc, boardId: string): Set<string> {
  const out = new Set<string>();
  personUpvotes(person).forEach((v, id) => {
    if (v === boardId) out.add(id);
  });
  return out;
}

export function setUpvote(person: Y.Doc, boardId: string, questionId: string, on: boolean, origin: unknown): void {
  person.transact(() => (on ? personUpvotes(person).set(questionId, boardId) : personUpvotes(person).delete(questionId)), origin);
}

/** The person's raw scale answer (the host checks the range). */
export const readMyScale = (person: Y.Doc, boardId: string): unknown => personScale(person).get(boardId);
export function setMyScale(person: Y.Doc, boardId: string, value: number, origin: unknown): void {
  person.transact(() => personScale(person).set(boardId, value), origin);
}

export const readMyOpenAnswer = (person: Y.Doc, boardId: string): string | null => cleanText(personOpen(person).get(boardId), MAX_OPEN_ANSWER);
export function setMyOpenAnswer(person: Y.Doc, boardId: string, text: string, origin: unknown): boolean {
  const t = cleanText(text, MAX_OPEN_ANSWER);
  if (t === null) return false;
  person.transact(() => personOpen(person).set(boardId, t), origin);
  return true;
}

/** A scale answer that counts: an integer inside the board's range. */
export function validScale(v: unknown, config: AudienceConfig): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= config.min && v <= config.max ? v : null;
}

// ---- board room: config by facilitators, the rest by the host ----

export const DEFAULT_CONFIG: AudienceConfig = { prompt: '', min: 1, max: 10 };

/** The board's config, hostile values replaced by defaults: a range is whole numbers, at most 20 steps. */
export function readAudienceConfig(board: Y.Doc): AudienceConfig {
  const m = boardConfig(board);
  const prompt = str(m.get('prompt')).slice(0, MAX_QUESTION_TEXT);
  const min = num(m.get('min'), DEFAULT_CONFIG.min);
  const max = num(m.get('max'), DEFAULT_CONFIG.max);
  const ok =
    Number.isInteger(min) &&
    Number.isInteger(max) &&
    min >= SCALE_LIMITS.lowest &&
    max <= SCALE_LIMITS.highest &&
    max > min &&
    max - min <= SCALE_LIMITS.maxSteps;
  return ok ? { prompt, min, max } : { prompt, min: DEFAULT_CONFIG.min, max: DEFAULT_CONFIG.max };
}

export function writeAudienceConfig(board: Y.Doc, config: Partial<AudienceConfig>, origin: unknown): void {
  board.transact(() => {
    const m = boardConfig(board);
    for (const [k, v] of Object.entries(config)) if (m.get(k) !== v) m.set(k, v);
  }, origin);
}

function publicQuestion(id: string, v: unknown): PublicQuestion | null {
  if (!v || typeof v !== 'object' || v instanceof Y.AbstractType) return null;
  const q = v as Record<string, unknown>;
  const text = cleanText(q.text, MAX_QUESTION_TEXT);
  if (text === null || (q.status !== 'approved' && q.status !== 'answered')) return null;
  return { id, text, author: typeof q.author === 'string' ? q.author : null, votes: num(q.votes), status: q.status, createdAt: num(q.createdAt) };
}

/** Published questions: open ones by votes (then oldest first), answered ones after them. */
export function readPublicQuestions(board: Y.Doc): PublicQuestion[] {
  const out: PublicQuestion[] = [];
  boardQuestions(board).forEach((v, id) => {
    const q = publicQuestion(id, v);
    if (q) out.push(q);
  });
  const rank = (q: PublicQuestion) => (q.status === 'answered' ? 1 : 0);
  return out.sort((a, b) => rank(a) - rank(b) || b.votes - a.votes || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export type AudienceState = { now: string | null; scale: ScaleDistribution | null; cloud: CloudWord[] };

export function readAudienceState(board: Y.Doc): AudienceState {
  const s = boardState(board);
  const now = s.get('now');
  const scale = s.get('scale');
  const cloud = s.get('cloud');
  return {
    now: typeof now === 'string' ? now : null,
    scale: scale && typeof scale === 'object' && Array.isArray((scale as ScaleDistribution).overall) ? (scale as ScaleDistribution) : null,
    cloud: Array.isArray(cloud) ? (cloud as unknown[]).filter((w): w is CloudWord => !!w && typeof (w as CloudWord).word === 'string').slice(0, 200) : [],
  };
}

/** The question now being answered, if it is published. */
export function nowAnswering(board: Y.Doc): PublicQuestion | null {
  const now = readAudienceState(board).now;
  return now === null ? null : (readPublicQuestions(board).find((q) => q.id === now) ?? null);
}

/** Host: replaces what changed, as whole values, in one transaction; skips writes that change nothing. */
export function publishAudience(board: Y.Doc, questions: PublicQuestion[] | null, state: Partial<AudienceState>, origin: unknown): void {
  const qs = boardQuestions(board);
  const st = boardState(board);
  const changes: (() => void)[] = [];
  if (questions) {
    const keep = new Set(questions.map((q) => q.id));
    for (const id of qs.keys()) if (!keep.has(id)) changes.push(() => qs.delete(id));
    for (const q of questions) {
      const value = { text: q.text, author: q.author, votes: q.votes, status: q.status, createdAt: q.createdAt };
      if (JSON.stringify(qs.get(q.id)) !== JSON.stringify(value)) changes.push(() => qs.set(q.id, value));
    }
  }
  for (const [k, v] of Object.entries(state)) {
    if (JSON.stringify(st.get(k) ?? null) !== JSON.stringify(v ?? null)) changes.push(() => st.set(k, v ?? null));
  }
  if (changes.length > 0) board.transact(() => changes.forEach((c) => c()), origin);
}
