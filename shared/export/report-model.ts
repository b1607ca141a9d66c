import type { Stage } from '../doc/agenda';
import type { Lang } from './labels';
import { labelsFor } from './labels';
import type { BoardOut, EventSnapshot } from './snapshot';
import type { TreeExport } from './tree-data';
import { treeOutlineItems } from './report-outline';
import { voteTables } from './votes-table';
import { matrixLabels } from '../posters/matrix';

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
  | { t: 'tree'; tree: TreeExport };

/** Blocks for a passport board; the passport export owns their content (see report-passport.ts). */
export type PassportHook = (board: BoardOut, lang: Lang) => ReportBlock[];

export function reportBlocks(s: EventSnapshot, passport: PassportHook | null, generatedAt: string): ReportBlock[] {
  const L = labelsFor(s.lang).report;
  const out: ReportBlock[] = [{ t: 'title', text: s.title || labelsFor(s.lang).untitled, sub: `${L.title} · ${L.generated} ${generatedAt}` }];
  out.push({ t: 'h1', text: L.participants }, participantsTable(s));
  out.push({ t: 'h1', text: L.agenda }, agendaTable(s.stages, s.lang));
  out.push({ t: 'h1', text: L.boards });
  if (s.boards.length === 0) out.push({ t: 'p', text: L.noBoards, muted: true });
  for (const [team, boards] of boardsByTeam(s)) {
    out.push({ t: 'h2', text: team });
    for (const b of boards) out.push({ t: 'h3', text: b.title || labelsFor(s.lang).untitled }, ...boardBlocks(b, s.lang, passport));
  }
  out.push({ t: 'h1', text: L.votes });
  if (s.votes.length === 0) out.push({ t: 'p', text: L.noVotes, muted: true });
  for (const t of voteTables(s)) {
    out.push({ t: 'h3', text: t.title }, { t: 'p', text: t.note, muted: true });
    out.push({ t: 'table', header: t.header, rows: t.rows.map((r) => r.map((c) => (c === null ? '' : String(c)))) });
  }
  out.push(...decisionBlocks(s), ...signatureBlocks(s));
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
    const items = t.rows.slice(0, 3).map((r) => {
      const split = groups
        .map((g, i) => [g, Number(r[5 + i] ?? 0)] as const)
        .filter(([, n]) => n > 0)
        .map(([g, n]) => `${g} ${n}`)
        .join(' · ');
      return { text: `${r[0]}. ${r[1]} — ${r[3]} ${L.points}${split ? ` (${split})` : ''}`, depth: 0 };
    });
    out.push({ t: 'h3', text: t.title }, { t: 'list', items });
  }
  return out;
}

/** A block to sign the report by hand: the facilitators by name, the organiser's line blank. */
function signatureBlocks(s: EventSnapshot): ReportBlock[] {
  const L = labelsFor(s.lang).report;
  const line = '____________________';
  const facilitators = s.people.filter((p) => p.role === 'facilitator' || p.role === 'cofacilitator');
  const rows = [...(facilitators.length ? facilitators : [{ name: '' }]).map((p) => [L.facilitator, p.name, line]), [L.organiser, '', line]];
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

function agendaTable(stages: readonly Stage[], lang: Lang): ReportBlock {
  const L = labelsFor(lang);
  const what = (st: Stage) => (st.method.kind === 'board' ? L.boardKind[st.method.boardKind] : L.activity[st.method.activity]);
  const rows = stages.map((st, i) => [String(i + 1), st.title, what(st), `${st.durationMin} ${L.report.minutes}`, L.stageStatus[st.status]]);
  return { t: 'table', header: ['№', L.report.stage, '', L.report.minutes, L.report.status], rows };
}

/** Shared boards first, then each team's in the plan's team order; boards keep the plan's order. */
function boardsByTeam(s: EventSnapshot): [string, BoardOut[]][] {
  const L = labelsFor(s.lang).report;
  const groups: [string, BoardOut[]][] = [[L.allTeams, s.boards.filter((b) => b.teamId === null || b.teamName === null)]];
  for (const t of s.teams) groups.push([`${L.team}: ${t.name}`, s.boards.filter((b) => b.teamId === t.id)]);
  return groups.filter(([, boards]) => boards.length > 0);
}

function boardBlocks(b: BoardOut, lang: Lang, passport: PassportHook | null): ReportBlock[] {
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
      return posterBlocks(c, lang);
    case 'offers':
      return offersBlocks(c, lang);
  }
}

function posterBlocks(c: Extract<BoardOut['content'], { kind: 'poster' }>, lang: Lang): ReportBlock[] {
  const L = labelsFor(lang).report;
  const cat = NEEDS_LABELS[lang];
  const p = c.poster;
  const out: ReportBlock[] = [];
  const field = (label: string, text: string) => {
    if (text.trim()) out.push({ t: 'h4', text: label }, { t: 'p', text });
  };
  field(L.poster.name, p.name);
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
