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
 * - `recusals`: entryKey → true — "I have a conflict of interest with this entry";
 * - `submitted`: roundId → host epoch ms — written by the host when the sheet is submitted (the host
 *   counts its vault copy from then on and puts back whatever the room changes);
 * - `assigned`: entryKey → true — recusals the facilitator assigned, mirrored by the host so only this
 *   person sees them (the vault holds the real list).
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

const submittedOf = (person: Y.Doc) => person.getMap<unknown>('submitted');
const assignedOf = (person: Y.Doc) => person.getMap<unknown>('assigned');

/** roundId → when the host accepted this person's sheet for it. */
export function readSubmitted(person: Y.Doc): Record<string, number> {
  const out: Record<string, number> = {};
  submittedOf(person).forEach((v, k) => {
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  });
  return out;
}

export function readAssignedRecusals(person: Y.Doc): EntryKey[] {
  const out: EntryKey[] = [];
  assignedOf(person).forEach((v, k) => {
    if (v === true && parseEntryKey(k)) out.push(k as EntryKey);
  });
  return out.sort();
}

/** Host only: mirrors the submitted rounds and the assigned recusals into the person's room. */
export function mirrorHostFlags(person: Y.Doc, submitted: Record<string, number>, assigned: readonly string[], origin: unknown): void {
  const want = new Set(assigned);
  const s = submittedOf(person);
  const a = assignedOf(person);
  const stale = [...s.keys()].some((k) => submitted[k] !== s.get(k)) || Object.keys(submitted).some((k) => s.get(k) !== submitted[k]);
  const staleA = [...a.keys()].some((k) => !want.has(k) || a.get(k) !== true) || [...want].some((k) => a.get(k) !== true);
  if (!stale && !staleA) return;
  person.transact(() => {
    for (const k of [...s.keys()]) if (submitted[k] === undefined) s.delete(k);
    for (const [k, v] of Object.entries(submitted)) if (s.get(k) !== v) s.set(k, v);
    for (const k of [...a.keys()]) if (!want.has(k)) a.delete(k);
    for (const k of want) if (a.get(k) !== true) a.set(k, true);
  }, origin);
}

/**
 * Host only: puts a submitted sheet back into the room — the entries of that round become exactly the
 * sheet's marks and recusals. Returns whether anything had to be put back (a write after submit).
 */
export function restoreSheet(
  person: Y.Doc,
  roundId: string,
  marks: Record<string, Record<string, CriterionScore>>,
  recused: readonly string[],
  origin: unknown,
): boolean {
  const prefix = `${roundId}:`;
  const all = scoresOf(person);
  const rec = recusalsOf(person);
  const same = (a: unknown, b: CriterionScore | undefined) =>
    !!b && !!a && typeof a === 'object' && (a as CriterionScore).score === b.score && (a as CriterionScore).comment === b.comment;
  let changed = false;
  person.transact(() => {
    for (const k of [...all.keys()]) {
      if (!k.startsWith(prefix)) continue;
      const want = marks[k];
      const m = all.get(k);
      if (!want) {
        all.delete(k);
        changed = true;
      } else if (!(m instanceof Y.Map)) {
        all.delete(k);
      } else {
        for (const c of [...m.keys()]) {
          if (want[c]) continue;
          m.delete(c);
          changed = true;
        }
        for (const [c, v] of Object.entries(want)) {
          if (same(m.get(c), v)) continue;
          m.set(c, { ...v });
          changed = true;
        }
      }
    }
    for (const [k, want] of Object.entries(marks)) {
      if (all.get(k) instanceof Y.Map) continue;
      const m = new Y.Map<unknown>();
      all.set(k, m);
      for (const [c, v] of Object.entries(want)) m.set(c, { ...v });
      changed = true;
    }
    const wantRec = new Set(recused);
    for (const k of [...rec.keys()]) {
      if (!k.startsWith(prefix) || wantRec.has(k)) continue;
      rec.delete(k);
      changed = true;
    }
    for (const k of wantRec) {
      if (rec.get(k) === true) continue;
      rec.set(k, true);
      changed = true;
    }
  }, origin);
  return changed;
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
  const maps = [scoresOf(person), recusalsOf(person), submittedOf(person), assignedOf(person)];
  for (const m of maps) m.observeDeep(fn);
  return () => {
    for (const m of maps) m.unobserveDeep(fn);
  };
}
