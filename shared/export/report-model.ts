import type { Lang } from './labels';
import { labelsFor } from './labels';
import type { BoardOut, EventSnapshot } from './snapshot';
import type { TreeExport } from './tree-data';
import { treeOutlineItems } from './report-outline';
import { voteTables } from './votes-table';
import { formatCell } from './locale-format';
import { matrixLabels } from '../posters/matrix';
import { formatDate } from '../championship/number-format';
import type { FeedbackData } from './feedback-model';
import { reportLabels } from './report-labels';
import { agendaBlocks, caseBlocks, feedbackPages, juryResultBlocks, nominationBlocks, teamBlocks } from './report-sections';
import { audienceBlocks } from './audience-report';

const NEEDS_LABELS = { ru: matrixLabels('ru').category, en: matrixLabels('en').category } as const;

/**
 * The session report as a list of format-neutral blocks: DOCX (shared/export/report-docx.ts) and
 * PDF (electron/host/export/report-pdf.ts) lay out the same blocks, so they never disagree on what
 * is in the report. Blocks hold plain user text; escaping is each renderer's job.
 */
export type ListItem = { text: string; depth: number };
export type ReportBlock =
  | { t: 'title'; text: string; sub: string }
  | { t: 'h1' | 'h2' | 'h3' | 'h4'; text: string }
  | { t: 'p'; text: string; muted?: boolean }
  | { t: 'list'; items: ListItem[] }
  | { t: 'table'; header: string[]; rows: string[][] }
  | { t: 'tree'; tree: TreeExport }
  /** The next block starts a new page (a team's feedback page). */
  | { t: 'pagebreak' };

/** Blocks for a passport board; the passport export owns their content (see report-passport.ts). */
export type PassportHook = (board: BoardOut, lang: Lang) => ReportBlock[];

/**
 * What the host adds from rooms the snapshot does not read: the championship's cases (its vault
 * releases them into the plan), the jury's leaderboard per round (frozen at the reveal, or computed
 * live and marked preliminary), and each team's jury feedback. Absent for an event without a jury.
 */
export type ReportJuryRow = { rank: number; team: string; total: number | null; tieBreak: string | null };
export type ReportJuryRound = {
  id: string;
  title: string;
  /** The protocol's status line: frozen at the reveal (with when), or preliminary. */
  status: string;
  frozen: boolean;
  /** How the totals and places were computed, in words. */
  method: string;
  rows: ReportJuryRow[];
  tieBreaks: string[];
  kendallW: number | null;
  /** How many jurors Kendall's W covers (those who scored every team of the round). */
  wJurors: number;
};
export type ReportExtras = {
  cases?: { title: string; text: string; released: boolean }[];
  jurors?: { name: string; chair: boolean }[];
  rounds?: ReportJuryRound[];
  feedback?: FeedbackData[];
  /** teamId → the captain's person id. */
  captains?: Record<string, string>;
  /** The poster session's audience nomination (a dot vote) and the round the jury scores. */
  audienceVoteId?: string | null;
  posterRoundId?: string | null;
};

export function reportBlocks(s: EventSnapshot, passport: PassportHook | null, generatedAt: string, extras: ReportExtras = {}): ReportBlock[] {
  const L = labelsFor(s.lang).report;
  const R = reportLabels(s.lang);
  const sub = `${R.reportTitle[s.format] ?? L.title} · ${L.generated} ${isoDay(generatedAt, s.lang)}`;
  const out: ReportBlock[] = [{ t: 'title', text: s.title || labelsFor(s.lang).untitled, sub }];
  out.push(...metaBlocks(s));
  if (s.format === 'championship') out.push(...teamBlocks(s, extras));
  else out.push({ t: 'h1', text: L.participants }, participantsTable(s));
  out.push({ t: 'h1', text: L.agenda }, ...agendaBlocks(s));
  if (s.format === 'championship') {
    out.push(...caseBlocks(s.lang, extras), ...juryResultBlocks(s.lang, extras));
    out.push({ t: 'h1', text: R.solutions }, ...boardSections(s, passport));
    out.push(...voteBlocks(s, extras, true), ...signatureBlocks(s));
    out.push(...feedbackPages(s, extras));
    return out;
  }
  if (s.format === 'posters') {
    out.push({ t: 'h1', text: R.posters }, ...boardSections(s, passport, extras));
    out.push(...nominationBlocks(s, extras), ...voteBlocks(s, extras, true), ...signatureBlocks(s));
    return out;
  }
  out.push({ t: 'h1', text: L.boards }, ...boardSections(s, passport));
  out.push(...voteBlocks(s, extras, false), ...decisionBlocks(s), ...signatureBlocks(s));
  return out;
}

/** yyyy-mm-dd (a calendar day, no time zone) in the language's form. */
function isoDay(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? formatDate(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), lang) : iso;
}

function metaBlocks(s: EventSnapshot): ReportBlock[] {
  const R = reportLabels(s.lang);
  const v = (x: string) => x || `— (${R.meta.notSet})`;
  const rows = [
    [R.meta.date, s.meta.date ? isoDay(s.meta.date, s.lang) : v('')],
    [R.meta.place, v(s.meta.place)],
    [R.meta.organiser, v(s.meta.organiser)],
    [R.meta.facilitator, v(s.meta.facilitator)],
    [R.meta.format, R.format[s.format] ?? s.format],
  ];
  return [{ t: 'h1', text: R.meta.heading }, ...rows.map(([k, x]): ReportBlock => ({ t: 'p', text: `${k}: ${x}` }))];
}

/**
 * The boards, shared ones first then each team's; a poster session shows the initiatives' posters
 * first and its other boards after them, without the audience's ballot (its result is a nomination).
 */
function boardSections(s: EventSnapshot, passport: PassportHook | null, x: ReportExtras = {}): ReportBlock[] {
  const out: ReportBlock[] = [];
  if (s.boards.length === 0) out.push({ t: 'p', text: labelsFor(s.lang).report.noBoards, muted: true });
  let groups = boardsByTeam(s);
  if (s.format === 'posters') {
    const ballot = new Set(s.votes.filter((v) => v.id === x.audienceVoteId).flatMap((v) => v.items.map((i) => i.boardId)));
    const shared = s.boards.filter((b) => (b.teamId === null || b.teamName === null) && !ballot.has(b.id));
    groups = groups.filter(([, boards]) => boards[0]!.teamName !== null && boards[0]!.teamId !== null);
    if (shared.length) groups.push([reportLabels(s.lang).otherBoards, shared]);
  }
  for (const [team, boards] of groups) {
    out.push({ t: 'h2', text: team });
    for (const b of boards) out.push({ t: 'h3', text: b.title || labelsFor(s.lang).untitled }, ...boardBlocks(b, s.lang, passport, s.groups));
  }
  return out;
}

/** The votes section; `others`: leave out the nomination vote (shown under nominations) and skip the section when nothing else was voted on. */
function voteBlocks(s: EventSnapshot, x: ReportExtras, others: boolean): ReportBlock[] {
  const L = labelsFor(s.lang).report;
  const tables = voteTables(s).filter((t) => t.id !== x.audienceVoteId);
  if (others && tables.length === 0) return [];
  const out: ReportBlock[] = [{ t: 'h1', text: L.votes }];
  if (tables.length === 0) out.push({ t: 'p', text: reportLabels(s.lang).noVotesHeld, muted: true });
  for (const t of tables) {
    out.push({ t: 'h3', text: t.title }, { t: 'p', text: t.note, muted: true });
    out.push({ t: 'table', header: t.header, rows: t.rows.map((r) => r.map((c) => formatCell(c, s.lang))) });
  }
  return out;
}

/** The decisions: each closed vote's top three options with how each group voted (the columns after "voters"). */
function decisionBlocks(s: EventSnapshot): ReportBlock[] {
  const L = labelsFor(s.lang).report;
  const closed = voteTables(s).filter((t) => t.closed && t.rows.length > 0);
  if (closed.length === 0)
    return [
      { t: 'h1', text: L.decisions },
      { t: 'p', text: L.noDecisions, muted: true },
    ];
  const out: ReportBlock[] = [
    { t: 'h1', text: L.decisions },
    { t: 'p', text: L.decisionsNote, muted: true },
  ];
  for (const t of closed) {
    const groups = t.header.slice(5);
    // The first three places, and whoever ties with the third.
    const items = t.rows
      .filter((r) => Number(r[0]) <= 3)
      .map((r) => {
        const split = groups
          .map((g, i) => [g, Number(r[5 + i] ?? 0)] as const)
          .filter(([, n]) => n > 0)
          .map(([g, n]) => `${g} ${n}`)
          .join(' · ');
        return { text: `${r[0]}. ${r[1]} — ${reportLabels(s.lang).dots(Number(r[3]))}${split ? ` (${split})` : ''}`, depth: 0 };
      });
    out.push({ t: 'h3', text: t.title }, { t: 'list', items });
  }
  return out;
}

/** A block to sign the report by hand: the facilitator (from the event settings, else the roster's facilitators) and the organiser. */
function signatureBlocks(s: EventSnapshot): ReportBlock[] {
  const L = labelsFor(s.lang).report;
  const line = '____________________';
  const roster = s.people.filter((p) => p.role === 'facilitator' || p.role === 'cofacilitator').map((p) => p.name);
  const facilitators = s.meta.facilitator ? [s.meta.facilitator] : roster.length ? roster : [''];
  const rows = [...facilitators.map((name) => [L.facilitator, name, line]), [L.organiser, s.meta.organiser, line]];
  return [
    { t: 'h1', text: L.signatures },
    { t: 'table', header: [L.role, L.fullName, L.signature], rows },
    { t: 'p', text: `${L.signDate}: «____» ______________ 20___` },
  ];
}

/** The 2×2 matrix: each idea's averaged impact and effort, and how many placed it; highest impact, then lowest effort, first. */
function matrixBlocks(c: Extract<BoardOut['content'], { kind: 'matrix' }>, lang: Lang): ReportBlock[] {
  const M = labelsFor(lang).matrix;
  if (c.points.length === 0) return [{ t: 'p', text: M.empty, muted: true }];
  const fmt = (n: number) => n.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 1 });
  const rows = [...c.points]
    .sort((a, b) => b.impact - a.impact || a.effort - b.effort || (a.ideaId < b.ideaId ? -1 : 1))
    .map((p, i) => [String(i + 1), p.text, p.count ? fmt(p.impact) : '—', p.count ? fmt(p.effort) : '—', String(p.count)]);
  return [{ t: 'table', header: ['№', M.idea, M.impact, M.effort, M.placed], rows }];
}

function participantsTable(s: EventSnapshot): ReportBlock {
  const L = labelsFor(s.lang).report;
  const rows = s.participantsByGroup.map((g) => [g.label, String(g.count)]);
  rows.push([L.total, String(s.participantsByGroup.reduce((n, g) => n + g.count, 0))]);
  return { t: 'table', header: [L.group, L.people], rows };
}

/** Shared boards first, then each team's in the plan's team order; boards keep the plan's order. */
function boardsByTeam(s: EventSnapshot): [string, BoardOut[]][] {
  const L = labelsFor(s.lang).report;
  const groups: [string, BoardOut[]][] = [[L.allTeams, s.boards.filter((b) => b.teamId === null || b.teamName === null)]];
  for (const t of s.teams) groups.push([`${L.team}: ${t.name}`, s.boards.filter((b) => b.teamId === t.id)]);
  return groups.filter(([, boards]) => boards.length > 0);
}

export function boardBlocks(b: BoardOut, lang: Lang, passport: PassportHook | null, groups: EventSnapshot['groups'] = []): ReportBlock[] {
  const L = labelsFor(lang).report;
  const c = b.content;
  const withAuthor = (x: { text: string; author: string | null }) => (x.author ? `${x.text} — ${x.author}` : x.text);
  switch (c.kind) {
    case 'cards':
      return c.cards.length ? [{ t: 'list', items: c.cards.map((x) => ({ text: withAuthor(x), depth: 0 })) }] : [{ t: 'p', text: L.emptyCards, muted: true }];
    case 'grid': {
      const single = c.rows.length === 1 && c.rows[0]!.label === '';
      const header = [...(single ? [] : ['']), ...c.columns.map((x) => x.label)];
      const rows = c.rows.map((r) => [
        ...(single ? [] : [r.label]),
        ...c.columns.map((col) => (c.cells.find((x) => x.row === r.id && x.column === col.id)?.cards ?? []).map((x) => `• ${withAuthor(x)}`).join('\n')),
      ]);
      const unplaced: ReportBlock[] = c.unplaced.length
        ? [
            { t: 'p', text: `${L.unplaced}:` },
            { t: 'list', items: c.unplaced.map((x) => ({ text: withAuthor(x), depth: 0 })) },
          ]
        : [];
      return [{ t: 'table', header, rows }, ...unplaced];
    }
    case 'matrix':
      return matrixBlocks(c, lang);
    case 'problem-tree':
    case 'goal-tree':
      if (c.tree.nodes.length === 0) return [{ t: 'p', text: L.emptyTree, muted: true }];
      return [
        { t: 'list', items: treeOutlineItems(c.tree, lang) },
        { t: 'tree', tree: c.tree },
      ];
    case 'passport':
      if (!c.passport) return [{ t: 'p', text: L.emptyPassport, muted: true }];
      return passport ? passport(b, lang) : [{ t: 'p', text: L.passportPending, muted: true }];
    case 'poster':
      return posterBlocks(c, lang, b.title);
    case 'offers':
      return offersBlocks(c, lang);
    case 'questions':
    case 'scale':
    case 'open-question':
      return audienceBlocks(c, lang, groups);
  }
}

function posterBlocks(c: Extract<BoardOut['content'], { kind: 'poster' }>, lang: Lang, title: string): ReportBlock[] {
  const L = labelsFor(lang).report;
  const cat = NEEDS_LABELS[lang];
  const p = c.poster;
  const out: ReportBlock[] = [];
  const field = (label: string, text: string) => {
    if (text.trim()) out.push({ t: 'h4', text: label }, { t: 'p', text });
  };
  // The board's heading already says the name when they agree.
  if (p.name.trim() !== title.trim()) field(L.poster.name, p.name);
  field(L.poster.who, p.who);
  field(L.poster.problem, p.problem);
  field(L.poster.doing, p.doing);
  field(L.poster.results, p.results);
  if (p.needs.length)
    out.push({ t: 'h4', text: L.poster.needs }, { t: 'list', items: p.needs.map((n) => ({ text: `${cat[n.category]}: ${n.text}`, depth: 0 })) });
  field(L.poster.contacts, p.contacts);
  if (out.length === 0) out.push({ t: 'p', text: L.posterEmpty, muted: true });
  out.push({ t: 'h4', text: L.questions });
  if (c.threads.length === 0) out.push({ t: 'p', text: L.noQuestions, muted: true });
  else {
    const items: ListItem[] = [];
    for (const t of c.threads) {
      items.push({ text: `${t.question} — ${t.author}`, depth: 0 });
      for (const r of t.replies) items.push({ text: `${r.text} — ${r.author}${r.answer ? ` (${L.answer})` : ''}`, depth: 1 });
    }
    out.push({ t: 'list', items });
  }
  return out;
}

function offersBlocks(c: Extract<BoardOut['content'], { kind: 'offers' }>, lang: Lang): ReportBlock[] {
  const L = labelsFor(lang).report;
  const cat = NEEDS_LABELS[lang];
  if (c.counts.length === 0) return [{ t: 'p', text: L.noOffers, muted: true }];
  const out: ReportBlock[] = [{ t: 'table', header: [L.offersByCategory, L.offersCount], rows: c.counts.map((x) => [cat[x.category], String(x.count)]) }];
  out.push({ t: 'h4', text: L.consented });
  if (c.consented.length === 0) out.push({ t: 'p', text: L.noConsented, muted: true });
  else out.push({ t: 'list', items: c.consented.map((o) => ({ text: `${cat[o.category]}: ${o.text} — ${o.from}, ${o.contact}`, depth: 0 })) });
  return out;
}
