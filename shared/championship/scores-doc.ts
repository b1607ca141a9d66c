import * as Y from 'yjs';
import type { Result } from '../errors';
import { fail, ok } from '../errors';
import type { TeamId } from '../ids';
import { childMap } from '../doc/schema';
import type { Criterion, CriterionScore, Entry, EntryKey, EntryScores } from './model';
import { LIMITS, parseEntryKey } from './model';

/**
 * A scorer's own marks, in their person room — only they and the host can sync it, so nobody else
 * sees a score before the reveal:
 * - `scores`: entryKey → Y.Map criterionId → {score, comment} (one key per criterion, so a phone and a
 *   laptop of the same juror editing different criteria merge);
 * - `recusals`: entryKey → true — "I have a conflict of interest with this entry".
 * The host applies the same checks when it reads (scale, own team in peer review), so a hand-written
 * room cannot sneak in what these accessors refuse.
 */

const scoresOf = (person: Y.Doc) => person.getMap<unknown>('scores');
const recusalsOf = (person: Y.Doc) => person.getMap<unknown>('recusals');

/** Who is writing: a juror (teamId null) or, in peer review, a member of a team. */
export type ScorerContext = { teamId: TeamId | null; peer: boolean };

export function validScore(c: Criterion, v: unknown): CriterionScore | null {
  if (!v || typeof v !== 'object' || v instanceof Y.AbstractType) return null;
  const { score, comment } = v as Record<string, unknown>;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < c.min || score > c.max) return null;
  return { score, comment: typeof comment === 'string' ? comment.slice(0, LIMITS.comment) : '' };
}

/** What of a person's marks counts: known entries and criteria, on the scale; never their own team's entry in peer review. */
export function readScoresFrom(person: Y.Doc, criteria: readonly Criterion[], ownTeam: TeamId | null = null): Record<EntryKey, EntryScores> {
  const out: Record<EntryKey, EntryScores> = {};
  scoresOf(person).forEach((v, key) => {
    const entry = parseEntryKey(key);
    if (!entry || !(v instanceof Y.Map) || (ownTeam !== null && entry.teamId === ownTeam)) return;
    const marks: EntryScores = {};
    for (const c of criteria) {
      const s = validScore(c, v.get(c.id));
      if (s) marks[c.id] = s;
    }
    if (Object.keys(marks).length > 0) out[entry.key] = marks;
  });
  return out;
}

export function readMyRecusals(person: Y.Doc): EntryKey[] {
  const out: EntryKey[] = [];
  recusalsOf(person).forEach((v, key) => {
    if (v === true && parseEntryKey(key)) out.push(key as EntryKey);
  });
  return out.sort();
}

/**
 * Writes one mark (or, with `score` null, takes it back) in the scorer's own room. Refuses what the host
 * would ignore: a score off the scale, a comment too long, and in peer review the scorer's own team.
 */
export function setScore(person: Y.Doc, who: ScorerContext, entry: Entry, c: Criterion, score: number | null, comment: string, origin: unknown): Result<void> {
  if (who.peer && who.teamId !== null && entry.teamId === who.teamId) return fail('forbidden', 'a team never scores itself');
  if (who.peer && who.teamId === null) return fail('forbidden', 'only team members score in peer review');
  if (score !== null && (!Number.isFinite(score) || score < c.min || score > c.max)) return fail('bad_request', `the score must be within ${c.min}–${c.max}`);
  if (comment.length > LIMITS.comment) return fail('bad_request', `a comment is at most ${LIMITS.comment} characters`);
  person.transact(() => {
    const all = scoresOf(person);
    let m = childMap(all, entry.key);
    if (!m) {
      m = new Y.Map<unknown>();
      all.set(entry.key, m);
    }
    if (score === null) m.delete(c.id);
    else m.set(c.id, { score, comment });
  }, origin);
  return ok(undefined);
}

export function setMyRecusal(person: Y.Doc, key: EntryKey, recused: boolean, origin: unknown): void {
  person.transact(() => (recused ? recusalsOf(person).set(key, true) : recusalsOf(person).delete(key)), origin);
}

/** An entry counts as scored when every criterion has a mark. */
export const entryComplete = (marks: EntryScores | undefined, criteria: readonly Criterion[]): boolean =>
  criteria.length > 0 && criteria.every((c) => marks?.[c.id] !== undefined);

/** "12 of 20 scored": entries fully scored among those the scorer is due to score (recused ones not due). */
export function scoringProgress(
  scores: Record<string, EntryScores>,
  due: readonly EntryKey[],
  recused: ReadonlySet<string>,
  criteria: readonly Criterion[],
): { scored: number; total: number } {
  const mine = due.filter((k) => !recused.has(k));
  return { scored: mine.filter((k) => entryComplete(scores[k], criteria)).length, total: mine.length };
}

export function observeMyScores(person: Y.Doc, fn: () => void): () => void {
  const s = scoresOf(person);
  const r = recusalsOf(person);
  s.observeDeep(fn);
  r.observe(fn);
  return () => {
    s.unobserveDeep(fn);
    r.unobserve(fn);
  };
}
