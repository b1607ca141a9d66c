import { z } from 'zod';
import { ID_PATTERN } from '../ids';
import type { PublishedLeaderboard, ScorerProgress } from './results-doc';
import type { CaseId, RoundId } from './model';
import { LIMITS, isHttpLink } from './model';

/** Bodies and answers of the championship endpoints (docs/protocol.md, "Championship"), parsed once at the host's edge. */

const id = z.string().regex(ID_PATTERN);
const link = z.string().max(LIMITS.link).refine(isHttpLink, 'links must be http(s) URLs');

export const CaseBody = z
  .object({
    title: z.string().trim().min(1).max(LIMITS.title),
    text: z.string().max(LIMITS.caseText).default(''),
    links: z.array(link).max(LIMITS.links).default([]),
  })
  .strict();
export type CaseBody = z.infer<typeof CaseBody>;
export const CasePatchBody = CaseBody.partial().strict();

/** Release now: every case, or the listed ones. */
export const ReleaseBody = z.object({ caseIds: z.array(id).max(100).optional() }).strict();

export const RevealBody = z.object({ mode: z.enum(['all', 'stepwise']), round: id }).strict();
export type RevealBody = z.infer<typeof RevealBody>;
export const RevealNextBody = z.object({ round: id }).strict();

/** Creates the round's solution boards (problem tree, goal tree, passport per team), idempotently. */
export const BoardsBody = z.object({ round: id }).strict();

/** A juror (or, in peer review, a team member) submits their sheet for a round. */
export const SubmitBody = z.object({ round: id }).strict();
/** The chair reopens a submitted sheet, or lifts a round's freeze; the reason goes to the audit log. */
export const ReopenBody = z.object({ round: id, person: id, reason: z.string().max(LIMITS.comment).default('') }).strict();
export const UnfreezeBody = z.object({ round: id, reason: z.string().trim().min(1).max(LIMITS.comment) }).strict();
export const RecusalBody = z.object({ round: id, person: id, team: id, recused: z.boolean() }).strict();
export const DecidingBody = z.object({ round: id, teamIds: z.array(id).max(500) }).strict();
export const ModerateBody = z
  .object({
    round: id,
    scorer: z.string().regex(/^(team:)?[A-Za-z0-9_-]{1,64}$/),
    team: id,
    criterion: id,
    score: z.number().finite().nullable(),
    reason: z.string().trim().min(1).max(LIMITS.comment),
  })
  .strict();
/** The final's teams from the qualifier's frozen places: its top N; `include` settles a tie at the cut. */
export const AdvanceBody = z.object({ from: id, to: id, top: z.number().int().min(1).max(500), include: z.array(id).max(500).optional() }).strict();

/** A case as the facilitator sees it (also before release). */
export type CaseRecord = { id: CaseId; title: string; text: string; links: string[]; released: boolean; releasedAt: number | null };
export type CasesResponse = { cases: CaseRecord[] };

export type OutlierFlag = { scorerId: string; scorerName: string; teamId: string; criterionId: string; score: number; median: number };

/** GET …/championship/status?round=<id> — facilitator only, before or after the reveal. */
export type ChampStatus = {
  roundId: RoundId;
  scorers: ScorerProgress[];
  /** Kendall's W over the scorers who scored every entry; null when fewer than 2 such scorers or 2 entries. */
  kendallW: number | null;
  kendallScorers: number;
  outliers: OutlierFlag[];
  revealed: boolean;
  /** The round's numbers are the reveal's frozen copy. */
  frozen: boolean;
  /** scorer → when they submitted their sheet. */
  submitted: Record<string, number>;
  /** Assigned recusals of this round (host-only): person → teamIds. */
  recusals: Record<string, string[]>;
  /** The chair's deciding order, best first. */
  deciding: string[];
  /** The score matrix: scorer → teamId → criterionId → mark (facilitator only, before and after the reveal). */
  matrix: Record<string, Record<string, Record<string, number>>>;
  /** scorer → teamId → criterionId → the juror's own mark the chair replaced, and why. */
  moderated: Record<string, Record<string, Record<string, { old: number | null; reason: string }>>>;
  /** Marks given so far per criterion (rounds not frozen): the console refuses a scale that would leave one outside. */
  markRanges: Record<string, { min: number; max: number }>;
};

export type RevealResponse = PublishedLeaderboard;
