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
};

export type RevealResponse = PublishedLeaderboard;
