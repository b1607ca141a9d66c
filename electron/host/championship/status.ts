import type { ChampStatus, OutlierFlag } from '@shared/championship/api';
import { agreement } from '@shared/championship/aggregate';
import type { RoundId } from '@shared/championship/model';
import { parseEntryKey } from '@shared/championship/model';
import { findOutliers } from '@shared/championship/outliers';
import type { HostedEvent } from '../events/hosted-event';
import type { RoundData } from './collect';
import { progressOf } from './leaderboard';
import { assignedRecusals } from './ledger';
import { marksOn } from './scale-guard';

/**
 * The facilitator's view of a round (GET …/championship/status): progress and submissions per juror,
 * W, outliers, the full score matrix, assigned recusals and the chair's order — everything a
 * participant must never receive, which is why it is fetched and not synced.
 */

const byTeam = <T>(o: Record<string, T> | undefined): Record<string, T> =>
  Object.fromEntries(Object.entries(o ?? {}).flatMap(([k, v]) => (parseEntryKey(k) ? [[parseEntryKey(k)!.teamId, v]] : [])));

export function statusOf(event: HostedEvent, data: RoundData, revealed: boolean): ChampStatus {
  const names = new Map(data.scorers.map((s) => [s.id, s.name]));
  const { w, scorers } = agreement(data.table);
  const outliers: OutlierFlag[] = findOutliers(data.table).map((o) => ({
    scorerId: o.scorer,
    scorerName: names.get(o.scorer) ?? o.scorer,
    teamId: o.entry.split(':')[1]!,
    criterionId: o.criterionId,
    score: o.score,
    median: o.median,
  }));
  const prefix = `${data.round.id}:`;
  const recusals: Record<string, string[]> = {};
  for (const [p, keys] of Object.entries(assignedRecusals(event))) {
    const teams = keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    if (teams.length) recusals[p] = teams;
  }
  const markRanges: ChampStatus['markRanges'] = {};
  for (const c of data.criteria) {
    const xs = marksOn(event, c.id);
    if (xs.length) markRanges[c.id] = { min: xs.reduce((a, b) => Math.min(a, b)), max: xs.reduce((a, b) => Math.max(a, b)) };
  }
  return {
    roundId: data.round.id as RoundId,
    scorers: progressOf(data),
    kendallW: w,
    kendallScorers: scorers,
    outliers,
    revealed,
    frozen: data.frozen,
    submitted: data.submitted,
    recusals,
    deciding: data.deciding,
    matrix: Object.fromEntries(data.scorers.map((s) => [s.id, byTeam(data.table.marks[s.id])])),
    moderated: Object.fromEntries(Object.entries(data.moderated).map(([s, m]) => [s, byTeam(m)])),
    markRanges,
  };
}
