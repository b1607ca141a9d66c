import type * as Y from 'yjs';
import { isAudienceKind } from '@shared/audience/kinds';
import { scaleDistribution } from '@shared/audience/scale-stats';
import { wordCloud } from '@shared/audience/word-cloud';
import type { PublicQuestion, QuestionStatus, QueuedQuestion } from '@shared/doc/audience';
import {
  QUESTION_STATUSES,
  publishAudience,
  readAudienceConfig,
  readMyOpenAnswer,
  readMyQuestions,
  readMyScale,
  readMyUpvotes,
  validScale,
} from '@shared/doc/audience';
import type { BoardInfo } from '@shared/doc/plan';
import { readBoard, readPlan } from '@shared/doc/plan';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import type { BoardId } from '@shared/ids';
import { HOST_ROOM, counts } from '../events/host-doc';
import type { HostPerson } from '../events/host-doc';
import type { HostedEvent } from '../events/hosted-event';
import { PROGRESS_INTERVAL_MS, throttle } from './voting-progress';

/**
 * The host's side of the audience instruments (shared/doc/audience.ts): reads every person's room,
 * keeps who asked which question and its moderation status in its own room (never synced), and
 * publishes to each audience board only what everyone may see. One upvote per person per question
 * holds by construction (a person's upvotes are keys of one map in their own room), and only people
 * who count (checked-in participants, not voided or merged) are counted.
 */

type Record_ = { owner: string; boardId: string; status: QuestionStatus };

const recordsOf = (event: HostedEvent) => event.doc(HOST_ROOM).getMap<unknown>('audienceQuestions');
const nowOf = (event: HostedEvent) => event.doc(HOST_ROOM).getMap<unknown>('audienceNow');

function readRecord(v: unknown): Record_ | null {
  if (!v || typeof v !== 'object') return null;
  const r = v as Record<string, unknown>;
  if (typeof r.owner !== 'string' || typeof r.boardId !== 'string') return null;
  const status = (QUESTION_STATUSES as readonly unknown[]).includes(r.status) ? (r.status as QuestionStatus) : 'pending';
  return { owner: r.owner, boardId: r.boardId, status };
}

const personDoc = (event: HostedEvent, p: HostPerson): Y.Doc | undefined => event.docs.get(`person/${p.id}`);

/** Every question of a board with its owner's registration; a question id first used by someone else is not theirs. */
function collectQuestions(event: HostedEvent, boardId: string): QueuedQuestion[] {
  const records = recordsOf(event);
  const fresh: [string, Record_][] = [];
  const out: QueuedQuestion[] = [];
  const voters = new Map<string, number>();
  for (const p of event.people) {
    const doc = personDoc(event, p);
    if (!doc) continue;
    if (counts(p)) for (const id of readMyUpvotes(doc, boardId)) voters.set(id, (voters.get(id) ?? 0) + 1);
    if (p.status === 'removed' || p.mergedInto) continue;
    for (const q of readMyQuestions(doc, boardId)) {
      let rec = readRecord(records.get(q.id));
      if (!rec) {
        rec = { owner: p.id, boardId, status: 'pending' };
        fresh.push([q.id, rec]);
      }
      if (rec.owner !== p.id || rec.boardId !== boardId) continue;
      out.push({ id: q.id, text: q.text, author: q.anonymous ? null : p.name, anonymous: q.anonymous, votes: 0, status: rec.status, createdAt: q.createdAt });
    }
  }
  if (fresh.length > 0) event.doc(HOST_ROOM).transact(() => fresh.forEach(([id, rec]) => records.set(id, rec)), HOST_ORIGIN);
  for (const q of out) q.votes = voters.get(q.id) ?? 0;
  return out.sort((a, b) => b.votes - a.votes || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

const isPublic = (q: QueuedQuestion): q is QueuedQuestion & { status: PublicQuestion['status'] } => q.status === 'approved' || q.status === 'answered';

function currentNow(event: HostedEvent, boardId: string, questions: QueuedQuestion[]): string | null {
  const now = nowOf(event).get(boardId);
  return typeof now === 'string' && questions.some((q) => q.id === now && q.status === 'approved') ? now : null;
}

function publishQuestions(event: HostedEvent, board: BoardInfo): void {
  const questions = collectQuestions(event, board.id);
  const published: PublicQuestion[] = questions.filter(isPublic).map((q) => ({
    id: q.id,
    text: q.text,
    author: q.author,
    votes: q.votes,
    status: q.status,
    createdAt: q.createdAt,
  }));
  publishAudience(event.doc(`board/${board.id}`), published, { now: currentNow(event, board.id, questions) }, HOST_ORIGIN);
}

function publishScale(event: HostedEvent, board: BoardInfo): void {
  const doc = event.doc(`board/${board.id}`);
  const config = readAudienceConfig(doc);
  const answers = event.people.flatMap((p) => {
    const person = counts(p) ? personDoc(event, p) : undefined;
    const value = person ? validScale(readMyScale(person, board.id), config) : null;
    return value === null ? [] : [{ value, group: p.group }];
  });
  const groups = readPlan(event.doc('plan')).groups.map((g) => g.id);
  publishAudience(doc, null, { scale: scaleDistribution(answers, config.min, config.max, groups) }, HOST_ORIGIN);
}

function publishCloud(event: HostedEvent, board: BoardInfo): void {
  const answers = event.people.flatMap((p) => {
    const person = counts(p) ? personDoc(event, p) : undefined;
    const text = person ? readMyOpenAnswer(person, board.id) : null;
    return text === null ? [] : [text];
  });
  publishAudience(event.doc(`board/${board.id}`), null, { cloud: wordCloud(answers) }, HOST_ORIGIN);
}

/** Publishes one audience board from the rooms as they are now. */
export function publishAudienceBoard(event: HostedEvent, board: BoardInfo): void {
  if (board.kind === 'questions') publishQuestions(event, board);
  else if (board.kind === 'scale') publishScale(event, board);
  else if (board.kind === 'open-question') publishCloud(event, board);
}

function questionsBoard(event: HostedEvent, boardId: string): BoardInfo {
  const board = readBoard(event.doc('plan'), boardId);
  if (!board || board.kind !== 'questions') throw new AppError('not_found', `no question board ${boardId}`);
  return board;
}

/** The facilitator's moderation queue: every question, pending and hidden ones too; anonymous authors stay unnamed. */
export function questionQueue(event: HostedEvent, boardId: BoardId): { questions: QueuedQuestion[]; now: string | null } {
  questionsBoard(event, boardId);
  const questions = collectQuestions(event, boardId);
  return { questions, now: currentNow(event, boardId, questions) };
}

export function moderateQuestion(event: HostedEvent, boardId: BoardId, questionId: string, status: QuestionStatus): void {
  const board = questionsBoard(event, boardId);
  const rec = readRecord(recordsOf(event).get(questionId));
  if (!rec || rec.boardId !== boardId) throw new AppError('not_found', `no question ${questionId}`);
  event.doc(HOST_ROOM).transact(() => {
    recordsOf(event).set(questionId, { ...rec, status });
    if (status !== 'approved' && nowOf(event).get(boardId) === questionId) nowOf(event).delete(boardId);
  }, HOST_ORIGIN);
  publishQuestions(event, board);
}

/** "Now answering" is one approved question, or none. */
export function setNowAnswering(event: HostedEvent, boardId: BoardId, questionId: string | null): void {
  const board = questionsBoard(event, boardId);
  if (questionId !== null) {
    const rec = readRecord(recordsOf(event).get(questionId));
    if (!rec || rec.boardId !== boardId) throw new AppError('not_found', `no question ${questionId}`);
    if (rec.status !== 'approved') throw new AppError('conflict', 'only an approved question can be answered now');
  }
  event.doc(HOST_ROOM).transact(() => (questionId === null ? nowOf(event).delete(boardId) : nowOf(event).set(boardId, questionId)), HOST_ORIGIN);
  publishQuestions(event, board);
}

/**
 * Keeps every audience board of the event published: watches the plan, the roster, every person room
 * and the audience boards' config (its own writes are skipped by origin). Throttled like vote progress.
 */
export function attachAudience(event: HostedEvent, interval = PROGRESS_INTERVAL_MS): () => void {
  const watched = new Map<Y.Doc, () => void>();
  const publish = throttle(() => {
    for (const board of readPlan(event.doc('plan')).boards) if (isAudienceKind(board.kind)) publishAudienceBoard(event, board);
  }, interval);
  const schedule = () => publish.schedule();
  const onUpdate = (_u: Uint8Array, origin: unknown) => {
    if (origin !== HOST_ORIGIN) schedule();
  };
  // Card and tree boards change all the time; only an audience board's config matters here.
  const onBoard = (boardId: string) => (_u: Uint8Array, origin: unknown) => {
    if (origin !== HOST_ORIGIN && isAudienceKind(readBoard(event.doc('plan'), boardId)?.kind)) schedule();
  };
  const watch = (doc: Y.Doc, fn: (u: Uint8Array, origin: unknown) => void) => {
    if (watched.has(doc)) return;
    doc.on('update', fn);
    watched.set(doc, () => doc.off('update', fn));
  };
  const watchRel = (rel: string, doc: Y.Doc) => {
    if (rel.startsWith('board/')) watch(doc, onBoard(rel.slice('board/'.length)));
    else if (rel.startsWith('person/') || rel === 'plan') watch(doc, onUpdate);
    // People join, are checked in or voided by the host itself: its own room is watched whatever the origin.
    else if (rel === HOST_ROOM) watch(doc, schedule);
  };
  for (const [rel, doc] of event.docs) watchRel(rel, doc);
  const stop = event.onNewDoc((rel, doc) => {
    watchRel(rel, doc);
    schedule();
  });
  schedule();
  return () => {
    publish.cancel();
    stop();
    for (const off of watched.values()) off();
    watched.clear();
  };
}
