import type * as Y from 'yjs';
import type { Stage } from '../doc/agenda';
import { readStages } from '../doc/agenda';
import { readCards } from '../doc/board';
import type { EventMeta } from '../doc/event-meta';
import { readEventMeta } from '../doc/event-meta';
import { gridCells, readGridCards, readGridLayout, visibleAuthor } from '../doc/grid';
import type { BoardInfo, BoardKind, EventFormat, PlanSnapshot } from '../doc/plan';
import { readPlan } from '../doc/plan';
import type { MatrixPoint } from '../doc/matrix';
import { readMatrixResults } from '../doc/matrix';
import { readPassport } from '../doc/passport';
import type { NeedCategory, PosterField } from '../doc/poster';
import { NEED_CATEGORIES, POSTER_FIELDS, readPoster } from '../doc/poster';
import { readInbox } from '../posters/offers';
import { readPosterSession } from '../posters/session-doc';
import { readThreads } from '../posters/threads';
import type { PassportSnapshot } from '../passport/model';
import { readTree } from '../doc/tree';
import type { VoteInfo, VoteProgress, VoteResults } from '../doc/voting';
import { readVoteProgress, readVoteResults, readVotes } from '../doc/voting';
import { cellKey } from '../session/grid-templates';
import { NO_GROUP } from '../voting/tally';
import { EXPORT_CAPS, capPassport, capText } from './caps';
import type { AudienceContent } from './audience-report';
import { audienceContent } from './audience-report';
import type { Lang } from './labels';
import { groupLabel } from './labels';
import type { TreeExport } from './tree-data';
import { treeExportOf } from './tree-data';

/**
 * Everything the exports print, read once from the event's docs into plain data. Deliberately
 * left out: the host room (tokens, join codes), person rooms (private cards, raw ballots) and
 * authors when the plan hides them. Open votes carry only their progress, as the results room does.
 */
export type CardOut = { id: string; text: string; author: string | null; color: string | null };
export type GridCellOut = { row: string; column: string; label: string | null; cards: CardOut[] };
export type AxisOut = { id: string; label: string };
export type BoardContent =
  | { kind: 'cards'; cards: CardOut[] }
  | { kind: 'grid'; rows: AxisOut[]; columns: AxisOut[]; cells: GridCellOut[]; unplaced: CardOut[] }
  | { kind: 'problem-tree' | 'goal-tree'; tree: TreeExport }
  | { kind: 'passport'; passport: PassportSnapshot | null }
  | { kind: 'poster'; poster: PosterOut; threads: ThreadOut[] }
  | { kind: 'offers'; counts: { category: NeedCategory; count: number }[]; consented: ConsentedOffer[] }
  | { kind: 'matrix'; points: MatrixPoint[] }
  | AudienceContent;
/** A poster's texts (the image stays out: it is in the poster catalogue PDF). */
export type PosterOut = Record<PosterField, string> & { needs: { category: NeedCategory; text: string }[] };
export type ThreadOut = { question: string; author: string; replies: { text: string; author: string; answer: boolean }[] };
/** Only offers whose sender agreed to share a contact carry one; the rest are counted by category. */
export type ConsentedOffer = { category: NeedCategory; text: string; from: string; contact: string };
export type BoardOut = {
  id: string;
  title: string;
  kind: BoardKind;
  teamId: string | null;
  teamName: string | null;
  stageId: string | null;
  content: BoardContent;
};
export type VoteOut = Omit<VoteInfo, 'items'> & {
  items: { boardId: string; itemId: string; boardTitle: string }[];
  result: VoteResults | null;
  progress: Pick<VoteProgress, 'voted' | 'eligible'> | null;
};
export type GroupCount = { id: string; label: string; count: number };
export type EventSnapshot = {
  title: string;
  format: EventFormat;
  lang: Lang;
  groups: { id: string; label: string }[];
  teams: { id: string; name: string }[];
  stages: Stage[];
  boards: BoardOut[];
  votes: VoteOut[];
  people: { id: string; name: string; group: string | null; teamId: string | null; role: string }[];
  participantsByGroup: GroupCount[];
  showAuthors: boolean;
  /** Date, place, organiser, facilitator as the facilitators set them ('' where not set). */
  meta: EventMeta;
};

/** A room's doc by its name inside the event ("plan", "results", "board/<id>"), or null if it has none yet. */
export type DocSource = (rel: string) => Y.Doc | null;

export function readEventSnapshot(docOf: DocSource, lang: Lang): EventSnapshot {
  const planDoc = docOf('plan');
  if (!planDoc) throw new Error('readEventSnapshot: the event has no plan');
  const plan = readPlan(planDoc);
  const teamName = new Map(plan.teams.map((t) => [t.id as string, t.name]));
  const inboxes = new Set(readPosterSession(planDoc).slots.map((sl) => sl.inbox as string));
  const results = docOf('results');
  const boards = plan.boards.map((b) => ({
    ...boardHead(b, teamName),
    content:
      b.kind === 'poster'
        ? posterContent(b.id, docOf(`board/${b.id}`), results, inboxes.has(b.id), lang)
        : b.kind === 'matrix'
          ? matrixContent(b.id, results, lang)
          : boardContent(b, docOf(`board/${b.id}`), plan.showAuthors, lang),
  }));
  return {
    title: plan.title,
    format: plan.format,
    lang,
    groups: plan.groups.map((g) => ({ id: g.id, label: groupLabel(lang, g.id, g.label) })),
    teams: plan.teams.map((t) => ({ id: t.id, name: t.name })),
    stages: readStages(planDoc),
    boards,
    votes: readVotes(planDoc).map((v) => voteOut(v, docOf('results'), plan)),
    people: plan.people.map((p) => ({ id: p.id, name: p.name, group: p.group, teamId: p.teamId, role: p.role })),
    participantsByGroup: countByGroup(plan, lang),
    showAuthors: plan.showAuthors,
    meta: readEventMeta(planDoc),
  };
}

/** The 2×2 matrix: the averaged positions the host published (shared/doc/matrix.ts), texts capped. */
function matrixContent(boardId: string, results: Y.Doc | null, lang: Lang): BoardContent {
  const points = results ? (readMatrixResults(results, boardId)?.points ?? []) : [];
  return { kind: 'matrix', points: points.map((p) => ({ ...p, text: capText(String(p.text ?? ''), EXPORT_CAPS.card, lang) })) };
}

const boardHead = (b: BoardInfo, teamName: Map<string, string>) => ({
  id: b.id,
  title: b.title,
  kind: b.kind,
  teamId: b.teamId,
  teamName: b.teamId ? (teamName.get(b.teamId) ?? null) : null,
  stageId: b.stageId,
});

function boardContent(b: BoardInfo, doc: Y.Doc | null, showAuthors: boolean, lang: Lang): BoardContent {
  const card = (c: { id: string; text: string; authorName: string; color: string | null }): CardOut => ({
    id: c.id,
    text: capText(c.text, EXPORT_CAPS.card, lang),
    author: visibleAuthor(c, showAuthors),
    color: c.color,
  });
  switch (b.kind) {
    case 'cards':
      return { kind: 'cards', cards: doc ? readCards(doc).map(card) : [] };
    case 'grid':
      return gridContent(b, doc, card, lang);
    case 'problem-tree':
    case 'goal-tree':
      return { kind: b.kind, tree: treeOf(b, doc) };
    case 'passport':
      return { kind: 'passport', passport: doc ? capPassport(readPassport(doc), lang) : null };
    case 'poster':
      return posterContent(b.id, doc, null, false, lang);
    case 'questions':
    case 'scale':
    case 'open-question':
      return audienceContent(b, doc, showAuthors, lang);
    case 'matrix':
      return { kind: 'matrix', points: [] };
  }
}

/** A poster board is either an initiative's poster (with its questions and answers) or its offers inbox. */
function posterContent(boardId: string, doc: Y.Doc | null, results: Y.Doc | null, inbox: boolean, lang: Lang): BoardContent {
  if (inbox) {
    const offers = doc ? readInbox(doc) : [];
    const counts = NEED_CATEGORIES.map((category) => ({ category, count: offers.filter((o) => o.category === category).length })).filter((c) => c.count > 0);
    const consented = offers.flatMap((o) =>
      o.contact ? [{ category: o.category, text: capText(o.text, EXPORT_CAPS.cell, lang), from: o.fromName, contact: o.contact }] : [],
    );
    return { kind: 'offers', counts, consented };
  }
  const p = doc ? readPoster(doc) : null;
  const fields = Object.fromEntries(POSTER_FIELDS.map((f) => [f, p ? p[f] : ''])) as Record<PosterField, string>;
  const needs = p ? NEED_CATEGORIES.flatMap((category) => (p.needs[category] ? [{ category, text: p.needs[category]! }] : [])) : [];
  const threads = results
    ? readThreads(results, boardId).map((t) => ({
        question: t.root.text,
        author: t.root.authorName,
        replies: t.replies.map((r) => ({ text: r.text, author: r.authorName, answer: r.answer })),
      }))
    : [];
  return { kind: 'poster', poster: { ...fields, needs }, threads };
}

function treeOf(b: BoardInfo, doc: Y.Doc | null): TreeExport {
  if (!doc) return { schema: 'veche.tree/1', kind: b.kind === 'goal-tree' ? 'goal-tree' : 'problem-tree', title: b.title, nodes: [] };
  return treeExportOf(readTree(doc), b.title);
}

type CardMapper = (c: { id: string; text: string; authorName: string; color: string | null }) => CardOut;

function gridContent(b: BoardInfo, doc: Y.Doc | null, card: CardMapper, lang: Lang): BoardContent {
  if (!doc) return { kind: 'grid', rows: [], columns: [], cells: [], unplaced: [] };
  const layout = readGridLayout(doc, b.template, lang);
  const { cells, unplaced } = gridCells(layout, readGridCards(doc));
  const out: GridCellOut[] = [];
  for (const r of layout.rows) {
    for (const c of layout.columns) {
      const key = cellKey(r.id, c.id);
      out.push({ row: r.id, column: c.id, label: layout.cellLabels[key] ?? null, cards: (cells.get(key) ?? []).map(card) });
    }
  }
  const axis = (e: { id: string; label: string }) => ({ id: e.id, label: e.label });
  return { kind: 'grid', rows: layout.rows.map(axis), columns: layout.columns.map(axis), cells: out, unplaced: unplaced.map(card) };
}

function voteOut(v: VoteInfo, results: Y.Doc | null, plan: PlanSnapshot): VoteOut {
  const title = new Map(plan.boards.map((b) => [b.id as string, b.title]));
  const result = results ? readVoteResults(results, v.id) : null;
  const progress = results && !result ? readVoteProgress(results, v.id) : null;
  return {
    ...v,
    items: v.items.map((i) => ({ ...i, boardTitle: title.get(i.boardId) ?? '' })),
    result,
    progress: progress ? { voted: progress.voted, eligible: progress.eligible } : null,
  };
}

/** Participants only (facilitators and jurors are not stakeholders); the plan's groups first, then any others. */
function countByGroup(plan: PlanSnapshot, lang: Lang): GroupCount[] {
  const counts = new Map<string, number>(plan.groups.map((g) => [g.id, 0]));
  for (const p of plan.people) {
    if (p.role !== 'participant') continue;
    const g = p.group ?? NO_GROUP;
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const custom = new Map(plan.groups.map((g) => [g.id, g.label]));
  return [...counts].map(([id, count]) => ({ id, label: groupLabel(lang, id, custom.get(id) ?? null), count }));
}
