import { weightedTotal } from '@shared/championship/aggregate';
import type { ChampionshipSnapshot, Criterion, Entry, EntryKey, Round } from '@shared/doc/championship';
import { entryKey, onPanel, roundTeamIds } from '@shared/doc/championship';
import type { PersonId, TeamId } from '@shared/ids';

/** Pure rules of the juror's screen, kept apart from React so they are tested without a browser. */

/**
 * Every entry (team × round) a scorer is due to score, in round then team order: the round's teams as
 * the host reads them (all teams when the round lists none), only the juror's panel, and never a peer's
 * own team.
 */
export function dueEntries(
  rounds: readonly Round[],
  teams: readonly { id: string }[],
  champ: Pick<ChampionshipSnapshot, 'panels'>,
  personId: PersonId,
  ownTeam: TeamId | null = null,
): Entry[] {
  return rounds.flatMap((r) =>
    roundTeamIds(r, teams)
      .filter((t) => t !== ownTeam && (ownTeam !== null || onPanel(champ, r.id, personId, t)))
      .map((t) => ({ key: entryKey(r.id, t), roundId: r.id, teamId: t })),
  );
}

/** Recusals that apply to this scorer: their own and those the facilitator assigned (the host mirrors those into their room). */
export function recusedFor(own: readonly EntryKey[], assigned: readonly EntryKey[]): Set<EntryKey> {
  return new Set<EntryKey>([...own, ...assigned]);
}

/** Steps of a criterion's scale. Integral scales get every point (big tap targets); wide ones get a tenth. */
export function scaleStep(c: Pick<Criterion, 'min' | 'max'>): number {
  const span = c.max - c.min;
  if (span <= 0) return 1;
  if (Number.isInteger(c.min) && Number.isInteger(c.max) && span <= 20) return 1;
  return span / 10;
}

/** A stepper press: one step up or down, held on the scale, on the step grid from the minimum. */
export function stepScore(c: Pick<Criterion, 'min' | 'max'>, current: number | null, dir: 1 | -1): number {
  const step = scaleStep(c);
  if (current === null) return dir > 0 ? c.min : c.max;
  const n = Math.round((current - c.min) / step) + dir;
  return clampScore(c, c.min + n * step);
}

export function clampScore(c: Pick<Criterion, 'min' | 'max'>, v: number): number {
  // Rounded to 2 decimals: 0.1 steps must not store 0.30000000000000004.
  return Math.round(Math.min(c.max, Math.max(c.min, v)) * 100) / 100;
}

/**
 * A juror's weighted total for one entry, as a preview on their own screen: the host's own formula
 * (shared/championship/aggregate.ts) on the same 0..Σw scale the leaderboard prints, so the two read alike.
 */
export function weightedPreview(marks: Record<string, { score: number }> | undefined, criteria: readonly Criterion[]): number | null {
  if (!marks) return null;
  return weightedTotal(criteria, Object.fromEntries(Object.entries(marks).map(([c, m]) => [c, m.score])));
}
