import { NO_GROUP } from '../voting/tally';
import type { Lang } from './labels';
import { groupLabel, labelsFor } from './labels';
import type { BoardOut, EventSnapshot, VoteOut } from './snapshot';

/**
 * A vote as rows of a table, shared by XLSX, CSV and the report: rank, item, board, total, voters,
 * then one column per stakeholder group (the plan's groups, then any other group that has dots,
 * e.g. people without a group). An open vote lists its items with empty counts: the host publishes
 * nothing but turnout before the close.
 */
export type VoteCell = string | number | null;
export type VoteTable = { id: string; title: string; closed: boolean; note: string; header: string[]; rows: VoteCell[][] };

export function voteTables(s: EventSnapshot, voteId?: string): VoteTable[] {
  const votes = voteId === undefined ? s.votes : s.votes.filter((v) => v.id === voteId);
  return votes.map((v) => voteTable(s, v));
}

function groupColumns(s: EventSnapshot, v: VoteOut): { id: string; label: string }[] {
  const cols = s.groups.map((g) => ({ id: g.id, label: g.label }));
  const seen = new Set(cols.map((c) => c.id));
  const extra = new Set<string>();
  for (const item of v.result?.items ?? []) for (const g of Object.keys(item.byGroup)) if (!seen.has(g)) extra.add(g);
  const sorted = [...extra].sort((a, b) => (a === NO_GROUP ? 1 : b === NO_GROUP ? -1 : a < b ? -1 : 1));
  return [...cols, ...sorted.map((id) => ({ id, label: groupLabel(s.lang, id) }))];
}

function voteTable(s: EventSnapshot, v: VoteOut): VoteTable {
  const L = labelsFor(s.lang).votes;
  const groups = groupColumns(s, v);
  const header = [L.rank, L.item, L.board, L.total, L.voters, ...groups.map((g) => g.label)];
  const boardTitle = new Map(v.items.map((i) => [`${i.boardId}:${i.itemId}`, i.boardTitle]));
  if (v.result) {
    const rows = v.result.items.map((item): VoteCell[] => [
      item.rank,
      item.text,
      boardTitle.get(`${item.boardId}:${item.itemId}`) ?? '',
      item.total,
      item.voters,
      ...groups.map((g) => item.byGroup[g.id] ?? 0),
    ]);
    return { id: v.id, title: v.title, closed: true, note: turnout(s.lang, v.result.voters, v.result.eligible), header, rows };
  }
  const rows = v.items.map((i): VoteCell[] => [null, itemText(s.boards, i.boardId, i.itemId), i.boardTitle, null, null, ...groups.map(() => null)]);
  const progress = v.progress ? `${turnout(s.lang, v.progress.voted, v.progress.eligible)}; ` : '';
  return { id: v.id, title: v.title, closed: false, note: `${progress}${L.open}`, header, rows };
}

const turnout = (lang: Lang, voted: number, eligible: number) => `${voted} / ${eligible} ${labelsFor(lang).votes.votedOf}`;

/** An open vote's item text from the board itself (a card or a tree node). */
export function itemText(boards: readonly BoardOut[], boardId: string, itemId: string): string {
  const c = boards.find((b) => b.id === boardId)?.content;
  if (!c) return '';
  if (c.kind === 'cards') return c.cards.find((x) => x.id === itemId)?.text ?? '';
  if (c.kind === 'grid') return [...c.cells.flatMap((x) => x.cards), ...c.unplaced].find((x) => x.id === itemId)?.text ?? '';
  if (c.kind !== 'problem-tree' && c.kind !== 'goal-tree') return '';
  return c.tree.nodes.find((n) => n.id === itemId)?.text ?? '';
}
