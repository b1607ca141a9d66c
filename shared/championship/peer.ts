import type { Marks } from './aggregate';
import type { Criterion } from './model';
import { parseEntryKey } from './model';
import { mean } from './stats';

/**
 * Peer review: every team is one scorer (`team:<teamId>`). Its marks for an entry are, per criterion,
 * the mean of its members' marks (members recused from the entry left out) — or only the captain's,
 * when the settings say `captain`. A team's marks for its own entry are never read: the accessor
 * refuses them and this drops them, whatever a person room holds.
 */

export type Member = { personId: string; teamId: string };
export type PeerSheets = { scorers: string[]; marks: Record<string, Record<string, Marks>>; recused: Record<string, string[]> };

export const teamScorer = (teamId: string) => `team:${teamId}`;

function teamMarks(
  members: readonly string[],
  entry: string,
  criteria: readonly Criterion[],
  marks: Record<string, Record<string, Marks>>,
  recused: Record<string, readonly string[]>,
): Marks | null {
  const voters = members.filter((p) => !(recused[p] ?? []).includes(entry) && marks[p]?.[entry]);
  const out: Marks = {};
  for (const c of criteria) {
    const xs = voters.map((p) => marks[p]![entry]![c.id]).filter((x): x is number => x !== undefined);
    if (xs.length > 0) out[c.id] = mean(xs);
  }
  return Object.keys(out).length > 0 ? out : null;
}

export function peerSheets(
  teams: readonly string[],
  members: readonly Member[],
  captains: Readonly<Record<string, string>>,
  useCaptain: boolean,
  entries: readonly string[],
  criteria: readonly Criterion[],
  marks: Record<string, Record<string, Marks>>,
  recused: Record<string, readonly string[]>,
): PeerSheets {
  const out: PeerSheets = { scorers: [], marks: {}, recused: {} };
  for (const team of teams) {
    const scorer = teamScorer(team);
    const all = members.filter((m) => m.teamId === team).map((m) => m.personId);
    const who = useCaptain ? all.filter((p) => p === captains[team]) : all;
    out.scorers.push(scorer);
    out.marks[scorer] = {};
    out.recused[scorer] = [];
    for (const entry of entries) {
      if (parseEntryKey(entry)?.teamId === team) {
        out.recused[scorer].push(entry);
        continue;
      }
      const m = teamMarks(who, entry, criteria, marks, recused);
      if (m) out.marks[scorer][entry] = m;
    }
  }
  return out;
}
