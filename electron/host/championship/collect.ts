import type { Marks, ScoreTable } from '@shared/championship/aggregate';
import type { Criterion, Entry, EntryScores, Round } from '@shared/championship/model';
import { entryKey, roundTeamIds } from '@shared/championship/model';
import { peerSheets } from '@shared/championship/peer';
import { readMyRecusals, readScoresFrom, validScore } from '@shared/championship/scores-doc';
import type { ChampionshipSnapshot } from '@shared/doc/championship';
import { onPanel, readChampionship, readRound } from '@shared/doc/championship';
import { readPlan } from '@shared/doc/plan';
import type { TeamId } from '@shared/ids';
import { AppError } from '@shared/errors';
import type { HostedEvent } from '../events/hosted-event';
import { assignedRecusals, moderationsOf, readDeciding, readSheet } from './ledger';
import { readFrozen } from './vault';

/**
 * The host reads the scorers' person rooms (which only it and each owner can sync) into one table for
 * the pure aggregation. A submitted sheet is read from the vault, not the room; the chair's moderated
 * marks replace the juror's; a revealed round is read from what the reveal froze, so the protocol,
 * the projector and the results all come from one set. Nothing here is written anywhere public.
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
  /** The chair's deciding order for this round, best first. */
  deciding: TeamId[];
  /** scorer → when they submitted their sheet for this round. */
  submitted: Record<string, number>;
  /** scorer → entry → criterion → the juror's own mark the chair replaced, and why. */
  moderated: Record<string, Record<string, Record<string, { old: number | null; reason: string }>>>;
  /** Read from the reveal's frozen copy, not from the rooms. */
  frozen: boolean;
};

export function roundEntries(event: HostedEvent, round: Round): Entry[] {
  return roundTeamIds(round, readPlan(event.doc('plan')).teams).map((t) => ({ key: entryKey(round.id, t), roundId: round.id, teamId: t }));
}

type Sheets = {
  marks: Record<string, Record<string, Marks>>;
  recused: Record<string, string[]>;
  comments: RoundData['comments'];
  submitted: Record<string, number>;
};

/** A person's marks for the round: their submitted sheet when there is one, else their room. */
function marksOf(
  event: HostedEvent,
  personId: string,
  round: Round,
  criteria: readonly Criterion[],
  ownTeam: TeamId | null,
): { scores: Record<string, EntryScores>; at: number | null; recused: string[] } {
  const sheet = readSheet(event, personId, round.id);
  if (sheet) {
    const scores: Record<string, EntryScores> = {};
    for (const [entry, byC] of Object.entries(sheet.marks)) {
      const marks: EntryScores = {};
      for (const c of criteria) {
        const s = validScore(c, byC[c.id]);
        if (s) marks[c.id] = s;
      }
      if (Object.keys(marks).length > 0) scores[entry] = marks;
    }
    return { scores, at: sheet.at, recused: Array.isArray(sheet.recused) ? sheet.recused.filter((k) => typeof k === 'string') : [] };
  }
  const doc = event.docs.get(`person/${personId}`);
  return { scores: doc ? readScoresFrom(doc, criteria, ownTeam) : {}, at: null, recused: doc ? readMyRecusals(doc) : [] };
}

function readSheets(
  event: HostedEvent,
  round: Round,
  people: readonly { id: string; teamId: string | null }[],
  champ: ChampionshipSnapshot,
  peer: boolean,
): Sheets {
  const out: Sheets = { marks: {}, recused: {}, comments: {}, submitted: {} };
  const assigned = assignedRecusals(event);
  const prefix = `${round.id}:`;
  for (const p of people) {
    const { scores, at, recused } = marksOf(event, p.id, round, champ.criteria, peer ? (p.teamId as TeamId | null) : null);
    if (at !== null) out.submitted[p.id] = at;
    out.marks[p.id] = {};
    out.comments[p.id] = {};
    for (const [entry, marks] of Object.entries(scores)) {
      if (!entry.startsWith(prefix)) continue;
      out.marks[p.id]![entry] = Object.fromEntries(Object.entries(marks).map(([c, m]) => [c, m.score]));
      out.comments[p.id]![entry] = Object.fromEntries(Object.entries(marks).map(([c, m]) => [c, m.comment]));
    }
    out.recused[p.id] = [...recused, ...(assigned[p.id] ?? [])];
  }
  return out;
}

/** The chair's moderated marks replace the scorer's own (the original stays in `moderated` and the audit log). */
function applyModerations(event: HostedEvent, roundId: string, table: ScoreTable, criteria: readonly Criterion[]): RoundData['moderated'] {
  const out: RoundData['moderated'] = {};
  const marks = table.marks as Record<string, Record<string, Marks>>;
  for (const [scorer, byEntry] of Object.entries(moderationsOf(event, roundId))) {
    if (!marks[scorer]) continue;
    for (const [entry, byC] of Object.entries(byEntry)) {
      for (const [cId, m] of Object.entries(byC)) {
        const c = criteria.find((x) => x.id === cId);
        if (!c || m.score < c.min || m.score > c.max) continue;
        ((out[scorer] ??= {})[entry] ??= {})[cId] = { old: marks[scorer]![entry]?.[cId] ?? null, reason: m.reason };
        (marks[scorer]![entry] ??= {})[cId] = m.score;
      }
    }
  }
  return out;
}

function liveRound(event: HostedEvent, round: Round): RoundData {
  const plan = event.doc('plan');
  const champ = readChampionship(plan);
  const entries = roundEntries(event, round);
  const teamNames = Object.fromEntries(readPlan(plan).teams.map((t) => [t.id, t.name]));
  const keys = entries.map((e) => e.key);
  const base = { round, champ: { ...champ, cases: [] }, criteria: champ.criteria, entries, teamNames, deciding: readDeciding(event, round.id), frozen: false };
  if (champ.settings.mode === 'jury') {
    const jurors = event.people.filter((p) => p.role === 'juror');
    const s = readSheets(event, round, jurors, champ, false);
    // A juror outside a team's panel does not score it: for the sums that is a recusal.
    for (const j of jurors) for (const e of entries) if (!onPanel(champ, round.id, j.id, e.teamId)) s.recused[j.id]!.push(e.key);
    const scorers = jurors.map((p) => ({ id: p.id, name: p.name, chair: p.id === champ.settings.chairId }));
    const table: ScoreTable = { criteria: champ.criteria, entries: keys, scorers: jurors.map((j) => j.id), marks: s.marks, recused: s.recused };
    return { ...base, scorers, comments: s.comments, table, submitted: s.submitted, moderated: applyModerations(event, round.id, table, champ.criteria) };
  }
  const teamIds = entries.map((e) => e.teamId);
  const members = event.people.filter((p) => p.role === 'participant' && p.teamId !== null && teamIds.includes(p.teamId));
  const s = readSheets(event, round, members, champ, true);
  const useCaptain = champ.settings.peerAggregate === 'captain';
  const peer = peerSheets(
    teamIds,
    members.map((m) => ({ personId: m.id, teamId: m.teamId! })),
    champ.captains,
    useCaptain,
    keys,
    champ.criteria,
    s.marks,
    s.recused,
  );
  const scorers = teamIds.map((t, i) => ({ id: peer.scorers[i]!, name: teamNames[t] ?? t, chair: false }));
  const table: ScoreTable = { criteria: champ.criteria, entries: keys, ...peer };
  return { ...base, scorers, comments: {}, table, submitted: s.submitted, moderated: applyModerations(event, round.id, table, champ.criteria) };
}

/** What the round's numbers are read from now: its frozen copy once revealed, else the rooms. */
export function collectRound(event: HostedEvent, roundId: string): RoundData {
  const frozen = readFrozen(event, roundId);
  if (frozen?.data) return { ...frozen.data, frozen: true };
  return collectLive(event, roundId);
}

/** The rooms as they stand, ignoring any freeze (the reveal reads this once). */
export function collectLive(event: HostedEvent, roundId: string): RoundData {
  const round = readRound(event.doc('plan'), roundId);
  if (!round) throw new AppError('not_found', `no round ${roundId}`);
  return liveRound(event, round);
}
