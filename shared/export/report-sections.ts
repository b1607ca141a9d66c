import type { Stage } from '../doc/agenda';
import { formatMark, formatScore } from '../championship/number-format';
import { FEEDBACK_LABELS } from './feedback-model';
import type { Lang } from './labels';
import { labelsFor } from './labels';
import { reportLabels } from './report-labels';
import type { ReportBlock, ReportExtras, ReportJuryRound } from './report-model';
import type { BoardOut, EventSnapshot } from './snapshot';

/**
 * The report's sections that depend on the event's format: the agenda with final statuses, a
 * championship's teams, cases, jury results and per-team feedback pages, a poster session's
 * nominations. Each section that has nothing to show says why.
 */

export type FinalStatus = 'done' | 'skipped' | 'notReached';

/** Whether anyone worked on a board: a card, a node, an opened passport, a poster text, an offer. */
export function boardHasWork(b: BoardOut): boolean {
  const c = b.content;
  switch (c.kind) {
    case 'cards':
      return c.cards.length > 0;
    case 'grid':
      return c.unplaced.length > 0 || c.cells.some((x) => x.cards.length > 0);
    case 'problem-tree':
    case 'goal-tree':
      return c.tree.nodes.some((n) => n.text.trim() !== '');
    case 'passport':
      return c.passport !== null;
    case 'poster':
      return Object.entries(c.poster).some(([k, v]) => (k === 'needs' ? (v as unknown[]).length > 0 : String(v).trim() !== '')) || c.threads.length > 0;
    case 'offers':
      return c.counts.length > 0;
    case 'questions':
      return c.questions.length > 0;
    case 'scale':
      return (c.distribution?.count ?? 0) > 0;
    case 'open-question':
      return c.cloud.length > 0;
    case 'matrix':
      return c.points.some((p) => p.count > 0);
  }
}

/**
 * A stage's status for the record, not the live one: held (it was started — including the one
 * running now — or its boards have work on them, or for a voting stage a vote was closed), skipped
 * (not held although a later stage was), not reached (after the last stage held).
 */
export function finalStatuses(s: EventSnapshot): FinalStatus[] {
  const closedVote = s.votes.some((v) => v.result !== null);
  const held = s.stages.map(
    (st) =>
      st.status !== 'pending' ||
      s.boards.some((b) => b.stageId === st.id && boardHasWork(b)) ||
      (st.method.kind === 'activity' && st.method.activity === 'voting' && closedVote),
  );
  const last = held.lastIndexOf(true);
  return held.map((h, i) => (h ? 'done' : i < last ? 'skipped' : 'notReached'));
}

export function agendaBlocks(s: EventSnapshot): ReportBlock[] {
  const L = labelsFor(s.lang);
  const R = reportLabels(s.lang);
  if (s.stages.length === 0) return [{ t: 'p', text: R.noAgenda, muted: true }];
  const what = (st: Stage) => (st.method.kind === 'board' ? L.boardKind[st.method.boardKind] : L.activity[st.method.activity]);
  const status = finalStatuses(s);
  const rows = s.stages.map((st, i) => [String(i + 1), st.title, what(st), `${st.durationMin} ${L.report.minutes}`, R.finalStatus[status[i]!]]);
  return [
    { t: 'table', header: ['№', L.report.stage, R.stageKind, L.report.minutes, L.report.status], rows },
    { t: 'p', text: R.statusNote, muted: true },
  ];
}

/** A championship's teams with their members, the captain marked, and the jury. */
export function teamBlocks(s: EventSnapshot, x: ReportExtras): ReportBlock[] {
  const R = reportLabels(s.lang);
  const out: ReportBlock[] = [{ t: 'h1', text: R.teamsHeading }];
  if (s.teams.length === 0) out.push({ t: 'p', text: R.noTeams, muted: true });
  else {
    const rows = s.teams.map((t) => {
      const members = s.people
        .filter((p) => p.teamId === t.id && p.role === 'participant')
        .map((p) => (x.captains?.[t.id] === p.id ? `${p.name} (${R.captain})` : p.name));
      return [t.name, members.length ? members.join(', ') : R.noMembers];
    });
    out.push({ t: 'table', header: [R.team, R.members], rows });
  }
  out.push({ t: 'h2', text: R.jury });
  const jurors = x.jurors ?? s.people.filter((p) => p.role === 'juror').map((p) => ({ name: p.name, chair: false }));
  const chair = R.chair;
  out.push(
    jurors.length === 0
      ? { t: 'p', text: R.noJurors, muted: true }
      : {
          t: 'list',
          items: [...jurors].sort((a, b) => Number(b.chair) - Number(a.chair)).map((j) => ({ text: j.chair ? `${j.name} (${chair})` : j.name, depth: 0 })),
        },
  );
  return out;
}

export function caseBlocks(lang: Lang, x: ReportExtras): ReportBlock[] {
  const R = reportLabels(lang);
  const out: ReportBlock[] = [{ t: 'h1', text: R.cases }];
  const cases = x.cases ?? [];
  if (cases.length === 0) return [...out, { t: 'p', text: R.noCases, muted: true }];
  cases.forEach((c, i) => {
    out.push({ t: 'h3', text: c.released && c.title ? `${i + 1}. ${c.title}` : `${i + 1}.` });
    out.push(c.released ? { t: 'p', text: c.text } : { t: 'p', text: R.caseNotReleased, muted: true });
  });
  return out;
}

const scored = (r: ReportJuryRound) => r.rows.some((x) => x.total !== null);

function roundBlocks(lang: Lang, r: ReportJuryRound, jurors: number): ReportBlock[] {
  const R = reportLabels(lang);
  if (!scored(r)) return [{ t: 'p', text: R.notScored, muted: true }];
  const w = r.kendallW !== null && r.wJurors >= 2 ? R.agreementOf(formatScore(r.kendallW, lang), r.wJurors, jurors) : R.agreementNone(jurors);
  return [
    { t: 'p', text: `${labelsFor(lang).report.status}: ${r.status}`, muted: true },
    {
      t: 'table',
      header: [R.place, R.team, R.total, R.tieBreak],
      rows: r.rows.map((x) => [String(x.rank), x.team, formatScore(x.total, lang), x.tieBreak ?? '']),
    },
    { t: 'p', text: `${R.method}: ${r.method}.` },
    { t: 'p', text: `${R.tieBreaks}: ${r.tieBreaks.length ? r.tieBreaks.join('; ') : R.noTies}.` },
    { t: 'p', text: `${R.agreement}: ${w}.` },
  ];
}

/** The leaderboard of each round with the method in words and Kendall's W with how many jurors it covers. */
export function juryResultBlocks(lang: Lang, x: ReportExtras): ReportBlock[] {
  const R = reportLabels(lang);
  const out: ReportBlock[] = [{ t: 'h1', text: R.results }];
  const rounds = x.rounds ?? [];
  if (rounds.length === 0) return [...out, { t: 'p', text: R.noRounds, muted: true }];
  const jurors = x.jurors?.length ?? 0;
  for (const r of rounds) out.push({ t: 'h2', text: r.title }, ...roundBlocks(lang, r, jurors));
  return out;
}

/** One page per team, to hand to the team: per round and criterion the mean mark and the jurors' comments. */
export function feedbackPages(s: EventSnapshot, x: ReportExtras): ReportBlock[] {
  const R = reportLabels(s.lang);
  const F = FEEDBACK_LABELS[s.lang];
  const out: ReportBlock[] = [];
  for (const d of x.feedback ?? []) {
    out.push({ t: 'pagebreak' }, { t: 'h1', text: R.feedbackFor(d.team) }, { t: 'p', text: `${s.title} · ${R.feedbackNote}`, muted: true });
    const rounds = d.rounds.filter((r) => r.criteria.some((c) => c.mean !== null));
    if (rounds.length === 0) out.push({ t: 'p', text: R.feedbackNone, muted: true });
    for (const r of rounds) {
      out.push({ t: 'h2', text: `${F.round}: ${r.title}${r.rank !== null ? ` · ${F.place}: ${r.rank}` : ''}` });
      for (const c of r.criteria) {
        out.push({ t: 'h3', text: `${c.title} — ${F.mean} ${formatMark(c.mean, s.lang)}` });
        out.push(
          c.comments.length === 0
            ? { t: 'p', text: F.none, muted: true }
            : { t: 'list', items: c.comments.map((m) => ({ text: `${m.text} (${m.juror})`, depth: 0 })) },
        );
      }
    }
  }
  return out;
}

/** The poster session's two prizes: the jury's (the posters' round) and the audience's (a dot vote), each with its winners and ties. */
export function nominationBlocks(s: EventSnapshot, x: ReportExtras): ReportBlock[] {
  const R = reportLabels(s.lang);
  const out: ReportBlock[] = [
    { t: 'h1', text: R.nominations },
    { t: 'h2', text: R.juryNomination },
  ];
  const round = (x.rounds ?? []).find((r) => r.id === x.posterRoundId) ?? null;
  if (!round || !scored(round)) out.push({ t: 'p', text: (x.jurors?.length ?? 0) === 0 ? R.noJurors : R.notScored, muted: true });
  else {
    const top = round.rows.filter((r) => r.rank === 1 && r.total !== null);
    const names = top.map((r) => `${r.team} (${formatScore(r.total, s.lang)})`).join(', ');
    out.push({ t: 'p', text: `${top.length > 1 ? R.winnersJury : R.winner}: ${names}${round.frozen ? '' : ` — ${R.preliminary}`}` });
    out.push(...roundBlocks(s.lang, round, x.jurors?.length ?? 0));
  }
  out.push({ t: 'h2', text: R.audienceNomination });
  const vote = s.votes.find((v) => v.id === x.audienceVoteId) ?? null;
  if (!vote) out.push({ t: 'p', text: R.noAudienceVote, muted: true });
  else if (!vote.result) out.push({ t: 'p', text: R.voteOpen(vote.progress?.voted ?? 0, vote.progress?.eligible ?? 0), muted: true });
  else {
    const items = vote.result.items;
    const best = Math.max(0, ...items.map((i) => i.total));
    const top = best > 0 ? items.filter((i) => i.total === best) : [];
    if (top.length === 0) out.push({ t: 'p', text: R.noDots, muted: true });
    else out.push({ t: 'p', text: `${top.length > 1 ? R.winners : R.winner}: ${top.map((i) => `${i.text} (${R.dots(i.total)})`).join(', ')}` });
    out.push({ t: 'table', header: [R.place, R.team, R.total], rows: items.map((i) => [String(i.rank), i.text, String(i.total)]) });
  }
  return out;
}
