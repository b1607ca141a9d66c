import * as Y from 'yjs';
import type { PersonId, TeamId } from '../ids';
import type { Aggregation, CriterionId, Normalisation, RoundId } from './model';

/**
 * What the host publishes in the results room's `championship` map (the host alone writes there):
 * - `progress.<roundId>`: counts per scorer, never a score;
 * - `leaderboard.<roundId>`: after a reveal, the aggregates only — the revealed part of it when the
 *   reveal is stepwise (from the last place up). Per-scorer detail only with `publishJurorScores`.
 * Each is one JSON value replaced whole, so a screen never reads half a leaderboard.
 */

export type ScorerProgress = { id: string; name: string; scored: number; total: number };
export type PublishedProgress = { roundId: RoundId; scorers: ScorerProgress[]; updatedAt: number };

export const TIE_RULES = ['criterion', 'chair', 'shared'] as const;
export type TieRule = (typeof TIE_RULES)[number];
/** A group of entries with equal totals and how the host separated them. */
/** `rules`: every rule applied to the group, in order (criterion, then the chair, then whatever stays shared). */
export type TieBreak = { teamIds: TeamId[]; rule: TieRule; rules?: TieRule[]; criterionId: CriterionId | null };

export type LeaderboardRow = {
  rank: number;
  teamId: TeamId;
  teamName: string;
  /** The jury's total (see docs/championship.md for the formula), before the audience share; null: nobody's total counted (shown "—", never 0). */
  juryTotal: number | null;
  /** What ranks: the jury total, or the weighted mix with the audience vote when the settings give it a weight; null as above. */
  total: number | null;
  /** Per criterion: the mean raw score of the counted scorers. */
  criteria: Record<string, number>;
  /** How many scorers' totals counted (after recusals, missing scores and trimming). */
  scorers: number;
  audience: number | null;
  tieBreak: TieRule | null;
};

export type PublishedCriterion = { id: CriterionId; title: string; weight: number; min: number; max: number };
export type JurorDetail = { id: PersonId | string; name: string; totals: Record<string, number>; criteria: Record<string, Record<string, number>> };

export type PublishedLeaderboard = {
  roundId: RoundId;
  roundTitle: string;
  mode: 'all' | 'stepwise';
  revealedAt: number;
  /** How many rows the full leaderboard has; `rows` holds the revealed ones, best first. */
  count: number;
  revealed: number;
  rows: LeaderboardRow[];
  criteria: PublishedCriterion[];
  tieBreaks: TieBreak[];
  normalisation: Normalisation;
  trim: number;
  /** How jurors' totals were combined (older frozen boards lack it: mean). */
  aggregation?: Aggregation;
  jurorScores: JurorDetail[] | null;
};

const champOf = (results: Y.Doc) => results.getMap<unknown>('championship');

function plainAt(results: Y.Doc, key: string): Record<string, unknown> | null {
  const v = champOf(results).get(key);
  return v && typeof v === 'object' && !(v instanceof Y.AbstractType) ? (v as Record<string, unknown>) : null;
}

export function readLeaderboard(results: Y.Doc, roundId: string): PublishedLeaderboard | null {
  const v = plainAt(results, `leaderboard.${roundId}`);
  return v && Array.isArray(v.rows) ? (v as unknown as PublishedLeaderboard) : null;
}

export function readProgress(results: Y.Doc, roundId: string): PublishedProgress | null {
  const v = plainAt(results, `progress.${roundId}`);
  return v && Array.isArray(v.scorers) ? (v as unknown as PublishedProgress) : null;
}

/** Host only. Skips writes that change nothing (progress is recomputed on every keystroke of a juror). */
export function writeChampResult(
  results: Y.Doc,
  key: `leaderboard.${string}` | `progress.${string}`,
  value: PublishedLeaderboard | PublishedProgress | null,
  origin: unknown,
): boolean {
  const before = champOf(results).get(key);
  if (JSON.stringify(before ?? null) === JSON.stringify(value)) return false;
  results.transact(() => (value === null ? champOf(results).delete(key) : champOf(results).set(key, value)), origin);
  return true;
}

export function observeChampResults(results: Y.Doc, fn: () => void): () => void {
  const m = champOf(results);
  m.observe(fn);
  return () => m.unobserve(fn);
}
