import type { Marks, ScoreTable } from '../../../shared/championship/aggregate';
import type { Criterion, Entry, Round } from '../../../shared/championship/model';
import { entryKey } from '../../../shared/championship/model';
import { peerSheets } from '../../../shared/championship/peer';
import { readMyRecusals, readScoresFrom } from '../../../shared/championship/scores-doc';
import type { ChampionshipSnapshot } from '../../../shared/doc/championship';
import { readChampionship, readRound } from '../../../shared/doc/championship';
import { readPlan } from '../../../shared/doc/plan';
import type { TeamId } from '../../../shared/ids';
import { AppError } from '../../../shared/errors';
import type { HostedEvent } from '../events/hosted-event';

/**
 * The host reads the scorers' person rooms (which only it and each owner can sync) into one table for
 * the pure aggregation. Nothing here is ever written anywhere public: callers publish aggregates.
 */

export type Scorer = { id: string; name: string; chair: boolean };
export type RoundData = {
  round: Round;
  champ: ChampionshipSnapshot;
  criteria: Criterion[];
  entries: Entry[];
  teamNames: Record<string, string>;
  scorers: Scorer[];
  table: ScoreTable;
  /** scorer → entry → criterion → comment (jury mode; peer review has no per-team comment). */
  comments: Record<string, Record<string, Record<string, string>>>;
};

export function roundEntries(event: HostedEvent, round: Round): Entry[] {
  const teams = readPlan(event.doc('plan')).teams.filter((t) => round.teamIds.length === 0 || round.teamIds.includes(t.id));
  return teams.map((t) => ({ key: entryKey(round.id, t.id), roundId: round.id, teamId: t.id }));
}

type Sheets = { marks: Record<string, Record<string, Marks>>; recused: Record<string, string[]>; comments: RoundData['comments'] };

function readSheets(event: HostedEvent, people: readonly { id: string; teamId: string | null }[], champ: ChampionshipSnapshot, peer: boolean): Sheets {
  const out: Sheets = { marks: {}, recused: {}, comments: {} };
  for (const p of people) {
    const doc = event.docs.get(`person/${p.id}`);
    const scores = doc ? readScoresFrom(doc, champ.criteria, peer ? (p.teamId as TeamId | null) : null) : {};
    out.marks[p.id] = {};
    out.comments[p.id] = {};
    for (const [entry, marks] of Object.entries(scores)) {
      out.marks[p.id]![entry] = Object.fromEntries(Object.entries(marks).map(([c, m]) => [c, m.score]));
      out.comments[p.id]![entry] = Object.fromEntries(Object.entries(marks).map(([c, m]) => [c, m.comment]));
    }
    out.recused[p.id] = [...(doc ? readMyRecusals(doc) : []), ...(champ.recusals[p.id] ?? [])];
  }
  return out;
}

export function collectRound(event: HostedEvent, roundId: string): RoundData {
  const plan = event.doc('plan');
  const round = readRound(plan, roundId);
  if (!round) throw new AppError('not_found', `no round ${roundId}`);
  const champ = readChampionship(plan);
  const entries = roundEntries(event, round);
  const teamNames = Object.fromEntries(readPlan(plan).teams.map((t) => [t.id, t.name]));
  const keys = entries.map((e) => e.key);
  const base = { round, champ, criteria: champ.criteria, entries, teamNames };
  if (champ.settings.mode === 'jury') {
    const jurors = event.people.filter((p) => p.role === 'juror');
    const s = readSheets(event, jurors, champ, false);
    const scorers = jurors.map((p) => ({ id: p.id, name: p.name, chair: p.id === champ.settings.chairId }));
    return { ...base, scorers, comments: s.comments, table: { criteria: champ.criteria, entries: keys, scorers: jurors.map((j) => j.id), marks: s.marks, recused: s.recused } };
  }
  const teamIds = entries.map((e) => e.teamId);
  const members = event.people.filter((p) => p.role === 'participant' && p.teamId !== null && teamIds.includes(p.teamId));
  const s = readSheets(event, members, champ, true);
  const useCaptain = champ.settings.peerAggregate === 'captain';
  const peer = peerSheets(teamIds, members.map((m) => ({ personId: m.id, teamId: m.teamId! })), champ.captains, useCaptain, keys, champ.criteria, s.marks, s.recused);
  const scorers = teamIds.map((t, i) => ({ id: peer.scorers[i]!, name: teamNames[t] ?? t, chair: false }));
  return { ...base, scorers, comments: {}, table: { criteria: champ.criteria, entries: keys, ...peer } };
}
