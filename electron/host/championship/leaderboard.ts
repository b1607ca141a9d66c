import { aggregate, maxTotal, mixAudience, scorerTotals } from '@shared/championship/aggregate';
import { rankEntries } from '@shared/championship/ranking';
import type { JurorDetail, LeaderboardRow, PublishedLeaderboard, ScorerProgress, TieBreak } from '@shared/championship/results-doc';
import { entryComplete } from '@shared/championship/scores-doc';
import { readVoteResults } from '@shared/doc/voting';
import { readBoard } from '@shared/doc/plan';
import type { TeamId } from '@shared/ids';
import type { HostedEvent } from '../events/hosted-event';
import type { RoundData } from './collect';

/** The audience vote's dots per team: an item counts for the team whose id it is (one card per team) or whose board it sits on. */
export function audienceDots(event: HostedEvent, data: RoundData): Record<string, number> | null {
  const voteId = data.champ.settings.audienceVoteId;
  const result = voteId ? readVoteResults(event.doc('results'), voteId) : null;
  if (!result) return null;
  const out: Record<string, number> = {};
  for (const item of result.items) {
    const team = data.teamNames[item.itemId] !== undefined ? item.itemId : readBoard(event.doc('plan'), item.boardId)?.teamId;
    if (team) out[team] = (out[team] ?? 0) + item.total;
  }
  return out;
}

function jurorDetail(data: RoundData): JurorDetail[] {
  const totals = scorerTotals(data.table);
  return data.scorers.map((s) => {
    const byTeam = (f: (entry: string) => unknown) => Object.fromEntries(data.entries.flatMap((e) => (f(e.key) === undefined ? [] : [[e.teamId, f(e.key)]])));
    return {
      id: s.id,
      name: s.name,
      totals: byTeam((k) => totals[s.id]?.[k]) as Record<string, number>,
      criteria: byTeam((k) => (totals[s.id]?.[k] !== undefined ? data.table.marks[s.id]?.[k] : undefined)) as Record<string, Record<string, number>>,
    };
  });
}

/** The whole leaderboard of a round, best first: what a reveal freezes. Aggregates only, unless the settings publish per-juror detail. */
export function computeLeaderboard(event: HostedEvent, data: RoundData, now: number): PublishedLeaderboard {
  const s = data.champ.settings;
  const agg = aggregate(data.table, { normalisation: s.normalisation, trim: s.trim, aggregation: s.aggregation });
  const dots = audienceDots(event, data);
  const totals = mixAudience(
    agg.map((a) => a.total),
    data.entries.map((e) => dots?.[e.teamId] ?? 0),
    dots ? s.audienceWeight : 0,
    maxTotal(data.criteria),
    s.normalisation === 'zscore' || s.aggregation === 'borda',
  );
  const deciding = data.deciding.map((t) => `${data.round.id}:${t}`);
  const { ranked, ties } = rankEntries(
    agg.map((a, i) => ({ key: a.entry, total: totals[i]!, criteria: a.criteria })),
    { tieCriterionId: s.tieCriterionId, decidingOrder: deciding },
  );
  const byKey = new Map(data.entries.map((e, i) => [e.key as string, { e, a: agg[i]!, total: totals[i]! }]));
  const rows: LeaderboardRow[] = ranked.map((r) => {
    const { e, a, total } = byKey.get(r.key)!;
    return {
      rank: r.rank,
      teamId: e.teamId,
      teamName: data.teamNames[e.teamId] ?? e.teamId,
      juryTotal: a.total,
      total,
      criteria: a.criteria,
      scorers: a.scorers,
      audience: dots ? (dots[e.teamId] ?? 0) : null,
      tieBreak: r.tieBreak,
    };
  });
  const team = (k: string) => byKey.get(k)!.e.teamId;
  const tieBreaks: TieBreak[] = ties.map((t) => ({
    teamIds: t.keys.map(team),
    rule: t.rule,
    rules: t.rules,
    criterionId: t.criterionId as TieBreak['criterionId'],
  }));
  return {
    roundId: data.round.id,
    roundTitle: data.round.title,
    mode: 'all',
    revealedAt: now,
    count: rows.length,
    revealed: rows.length,
    rows,
    criteria: data.criteria.map((c) => ({ id: c.id, title: c.title, weight: c.weight, min: c.min, max: c.max })),
    tieBreaks,
    normalisation: s.normalisation,
    trim: s.trim,
    aggregation: s.aggregation,
    jurorScores: s.publishJurorScores ? jurorDetail(data) : null,
  };
}

/** The revealed tail of a frozen leaderboard: the last `revealed` places, best first, and only what concerns them. */
export function revealedPart(full: PublishedLeaderboard, revealed: number, mode: 'all' | 'stepwise'): PublishedLeaderboard {
  const n = Math.max(0, Math.min(full.count, revealed));
  const rows = full.rows.slice(full.count - n);
  const shown = new Set<TeamId>(rows.map((r) => r.teamId));
  const only = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).filter(([t]) => shown.has(t as TeamId)));
  return {
    ...full,
    mode,
    revealed: n,
    rows,
    tieBreaks: full.tieBreaks.filter((t) => t.teamIds.every((id) => shown.has(id))),
    jurorScores: full.jurorScores?.map((j) => ({ ...j, totals: only(j.totals), criteria: only(j.criteria) })) ?? null,
  };
}

export function progressOf(data: RoundData): ScorerProgress[] {
  const keys = data.entries.map((e) => e.key as string);
  return data.scorers.map((s) => {
    const recused = new Set(data.table.recused[s.id] ?? []);
    const due = keys.filter((k) => !recused.has(k));
    const scored = due.filter((k) => entryComplete(wrap(data.table.marks[s.id]?.[k]), data.criteria)).length;
    return { id: s.id, name: s.name, scored, total: due.length };
  });
}

const wrap = (m: Record<string, number> | undefined) =>
  m ? Object.fromEntries(Object.entries(m).map(([c, score]) => [c, { score, comment: '' }])) : undefined;
