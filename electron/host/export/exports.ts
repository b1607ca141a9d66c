import { readBoard, readPlan } from '../../../shared/doc/plan';
import { readVote } from '../../../shared/doc/voting';
import { AppError } from '../../../shared/errors';
import { buildEventJson } from '../../../shared/export/event-json';
import type { Lang } from '../../../shared/export/labels';
import { labelsFor } from '../../../shared/export/labels';
import type { ExportOptions } from '../../../shared/export/progress';
import { subProgress } from '../../../shared/export/progress';
import { reportBlocks } from '../../../shared/export/report-model';
import { buildReportDocx } from '../../../shared/export/report-docx';
import { passportReportBlocks } from '../../../shared/export/report-passport';
import type { EventSnapshot } from '../../../shared/export/snapshot';
import { readEventSnapshot } from '../../../shared/export/snapshot';
import { buildVotesCsv } from '../../../shared/export/votes-csv';
import { buildVotesXlsx } from '../../../shared/export/votes-xlsx';
import type { HostedEvent } from '../events/hosted-event';
import { buildReportPdf } from './report-pdf';
import { buildProtocolFile } from '../championship/protocol-file';
import { PASSPORT_FORMATS, buildPassportFile } from './passport-file';
import type { PassportFormat } from './passport-file';
import { TREE_FORMATS, buildTreeFile } from './tree-files';
import { needsOffersFile } from '../posters/matrix-file';
import { buildPosterCatalogue } from '../posters/catalogue-pdf';
import type { TreeFormat } from './tree-files';

/**
 * Every export the host serves (`GET /api/events/<id>/export/<what>.<ext>`), by name: which
 * combinations exist, what they are built from, their Content-Type and filename.
 */
export const CONTENT_TYPES = {
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  mm: 'application/x-freemind',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type ExportExt = keyof typeof CONTENT_TYPES;

export type ExportName =
  | { what: 'tree'; boardId: string; ext: TreeFormat }
  | { what: 'passport'; boardId: string; ext: PassportFormat }
  | { what: 'votes'; voteId: string | null; ext: 'xlsx' | 'csv' }
  | { what: 'event'; ext: 'json' }
  | { what: 'report'; ext: 'pdf' | 'docx' }
  | { what: 'protocol'; ext: 'pdf' | 'docx' | 'xlsx' | 'csv' }
  | { what: 'needs-offers'; ext: 'xlsx' | 'csv' }
  | { what: 'posters'; ext: 'pdf' };

export type ExportFile = { bytes: Uint8Array; type: string; title: string; ext: ExportExt };

const ID = '[A-Za-z0-9_-]{1,64}';
const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** `tree-<boardId>.svg`, `passport-<boardId>.docx`, `votes.xlsx`, `votes-<voteId>.csv`, `event.json`, `report.pdf`; anything else is a 400. */
export function parseExportName(name: string): ExportName {
  const m = new RegExp(`^(tree-(${ID})|votes(?:-(${ID}))?|event|report|protocol|needs-offers|posters|passport-(${ID}))\\.([a-z]{1,5})$`).exec(name);
  if (!m) {
    throw new AppError('bad_request', `unknown export "${name}": expected tree-<boardId>, passport-<boardId>, votes, votes-<voteId>, event or report with an extension`);
  }
  const ext = m[5]!;
  const bad = (allowed: readonly string[]) => new AppError('bad_request', `${m[1]} exports as ${allowed.join(', ')}, not ${ext}`);
  if (m[2]) {
    if (!isOneOf(TREE_FORMATS, ext)) throw bad(TREE_FORMATS);
    return { what: 'tree', boardId: m[2], ext };
  }
  if (m[4]) {
    if (!isOneOf(PASSPORT_FORMATS, ext)) throw bad(PASSPORT_FORMATS);
    return { what: 'passport', boardId: m[4], ext };
  }
  if (m[1]!.startsWith('votes')) {
    if (ext !== 'xlsx' && ext !== 'csv') throw bad(['xlsx', 'csv']);
    return { what: 'votes', voteId: m[3] ?? null, ext };
  }
  if (m[1] === 'event') {
    if (ext !== 'json') throw bad(['json']);
    return { what: 'event', ext };
  }
  if (m[1] === 'needs-offers') {
    if (ext !== 'xlsx' && ext !== 'csv') throw bad(['xlsx', 'csv']);
    return { what: 'needs-offers', ext };
  }
  if (m[1] === 'posters') {
    if (ext !== 'pdf') throw bad(['pdf']);
    return { what: 'posters', ext };
  }
  if (m[1] === 'protocol') {
    if (ext !== 'pdf' && ext !== 'docx' && ext !== 'xlsx' && ext !== 'csv') throw bad(['pdf', 'docx', 'xlsx', 'csv']);
    return { what: 'protocol', ext };
  }
  if (ext !== 'pdf' && ext !== 'docx') throw bad(['pdf', 'docx']);
  return { what: 'report', ext };
}

const snapshotOf = (event: HostedEvent, lang: Lang): EventSnapshot => readEventSnapshot((rel) => event.docs.get(rel) ?? null, lang);

export async function buildExport(event: HostedEvent, name: ExportName, lang: Lang, opts: ExportOptions = {}): Promise<ExportFile> {
  const file = (bytes: Uint8Array | string, title: string, ext: ExportExt): ExportFile => ({
    bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
    type: CONTENT_TYPES[ext],
    title,
    ext,
  });
  switch (name.what) {
    case 'tree': {
      const board = readBoard(event.doc('plan'), name.boardId);
      if (!board) throw new AppError('not_found', `no board ${name.boardId}`);
      if (board.kind !== 'problem-tree' && board.kind !== 'goal-tree') throw new AppError('bad_request', `board ${name.boardId} is not a tree`);
      const tree = snapshotOf(event, lang).boards.find((b) => b.id === name.boardId)!.content;
      if (tree.kind !== 'problem-tree' && tree.kind !== 'goal-tree') throw new AppError('internal', 'tree board without a tree');
      return file(await buildTreeFile(tree.tree, name.ext, lang, opts), board.title || labelsFor(lang).treeKind[board.kind], name.ext);
    }
    case 'passport': {
      const board = snapshotOf(event, lang).boards.find((b) => b.id === name.boardId);
      if (!board) throw new AppError('not_found', `no board ${name.boardId}`);
      return file(await buildPassportFile(board, name.ext, lang, opts), board.title, name.ext);
    }
    case 'votes':
      return votesFile(event, name, lang, opts, file);
    case 'event': {
      const s = snapshotOf(event, lang);
      return file(buildEventJson(s), s.title, 'json');
    }
    case 'report':
      return reportFile(event, name.ext, lang, opts, file);
    case 'protocol':
      return buildProtocolFile(event, name.ext, lang, opts);
    case 'needs-offers':
      return needsOffersFile(event, name.ext, lang, opts);
    case 'posters':
      return file(await buildPosterCatalogue(event, lang, opts), readPlan(event.doc('plan')).title, 'pdf');
  }
}

type FileOf = (bytes: Uint8Array | string, title: string, ext: ExportExt) => ExportFile;

async function votesFile(event: HostedEvent, name: Extract<ExportName, { what: 'votes' }>, lang: Lang, opts: ExportOptions, file: FileOf): Promise<ExportFile> {
  const vote = name.voteId === null ? null : readVote(event.doc('plan'), name.voteId);
  if (name.voteId !== null && !vote) throw new AppError('not_found', `no vote ${name.voteId}`);
  const s = snapshotOf(event, lang);
  const title = vote ? vote.title : `${s.title} — ${labelsFor(lang).report.votes}`;
  const voteId = name.voteId ?? undefined;
  return name.ext === 'csv' ? file(buildVotesCsv(s, voteId), title, 'csv') : file(await buildVotesXlsx(s, voteId, opts), title, 'xlsx');
}

async function reportFile(event: HostedEvent, ext: 'pdf' | 'docx', lang: Lang, opts: ExportOptions, file: FileOf): Promise<ExportFile> {
  const s = snapshotOf(event, lang);
  const blocks = reportBlocks(s, passportReportBlocks, new Date().toISOString().slice(0, 10));
  const title = `${s.title} — ${labelsFor(lang).report.title}`;
  const bytes = ext === 'pdf' ? await buildReportPdf(blocks, lang, title, subProgress(opts, 0, 1)) : await buildReportDocx(blocks, lang, opts);
  return file(bytes, title, ext);
}
