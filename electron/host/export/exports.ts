import { readBoard, readPlan } from '@shared/doc/plan';
import { readVote } from '@shared/doc/voting';
import { AppError } from '@shared/errors';
import { buildEventJson } from '@shared/export/event-json';
import type { Lang } from '@shared/export/labels';
import { labelsFor } from '@shared/export/labels';
import { formatDayLong } from '@shared/export/locale-format';
import type { ExportOptions } from '@shared/export/progress';
import { subProgress } from '@shared/export/progress';
import { reportBlocks } from '@shared/export/report-model';
import { buildReportDocx } from '@shared/export/report-docx';
import { passportReportBlocks } from '@shared/export/report-passport';
import type { ExportWhat, FormatOf } from '@shared/export/registry';
import { EXPORT_REGISTRY } from '@shared/export/registry';
import type { EventSnapshot } from '@shared/export/snapshot';
import { readEventSnapshot } from '@shared/export/snapshot';
import { buildVotesCsv } from '@shared/export/votes-csv';
import { buildVotesXlsx } from '@shared/export/votes-xlsx';
import type { HostedEvent } from '../events/hosted-event';
import { buildReportPdf } from './report-pdf';
import { buildProtocolFile } from '../championship/protocol-file';
import { reportExtras } from '../championship/report-extras';
import { buildPassportFile } from './passport-file';
import { buildTreeFile } from './tree-files';
import { needsOffersFile } from '../posters/matrix-file';
import { buildPosterCatalogue } from '../posters/catalogue-pdf';
import { buildAuditFile } from '../history/audit-file';

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
  | { what: 'tree'; boardId: string; ext: FormatOf<'tree'> }
  | { what: 'passport'; boardId: string; ext: FormatOf<'passport'> }
  | { what: 'votes'; voteId: string | null; ext: FormatOf<'votes'> }
  | { what: 'event'; ext: FormatOf<'event'> }
  | { what: 'report'; ext: FormatOf<'report'> }
  | { what: 'protocol'; ext: FormatOf<'protocol'> }
  | { what: 'needs-offers'; ext: FormatOf<'needs-offers'> }
  | { what: 'posters'; ext: FormatOf<'posters'> }
  | { what: 'audit'; ext: FormatOf<'audit'> };

export type ExportFile = { bytes: Uint8Array; type: string; title: string; ext: ExportExt };

const ID = '[A-Za-z0-9_-]{1,64}';
const WHATS = EXPORT_REGISTRY.map((e) => e.what.replace('-', '\\-')).join('|');
const NAME = new RegExp(`^(${WHATS})(?:-(${ID}))?\\.([a-z]{1,5})$`);

/**
 * `tree-<boardId>.svg`, `passport-<boardId>.docx`, `votes.xlsx`, `votes-<voteId>.csv`, `event.json`,
 * `report.pdf`, … — whatever shared/export/registry.ts lists; anything else is a 400.
 */
export function parseExportName(name: string): ExportName {
  const m = NAME.exec(name);
  const entry = m ? EXPORT_REGISTRY.find((e) => e.what === m[1]) : undefined;
  if (!m || !entry) {
    const known = EXPORT_REGISTRY.map((e) =>
      e.scope === 'board' ? `${e.what}-<boardId>` : e.scope === 'vote' ? `${e.what}, ${e.what}-<voteId>` : e.what,
    ).join(', ');
    throw new AppError('bad_request', `unknown export "${name}": expected ${known} with an extension`);
  }
  const [, what, id, ext] = m as unknown as [string, ExportWhat, string | undefined, string];
  if (entry.scope === 'board' && !id) throw new AppError('bad_request', `${what} needs a board id: ${what}-<boardId>.<ext>`);
  if (entry.scope === 'event' && id) throw new AppError('bad_request', `unknown export "${name}"`);
  if (!(entry.formats as readonly string[]).includes(ext)) throw new AppError('bad_request', `${what} exports as ${entry.formats.join(', ')}, not ${ext}`);
  if (entry.scope === 'board') return { what, boardId: id, ext } as ExportName;
  if (entry.scope === 'vote') return { what: 'votes', voteId: id ?? null, ext } as ExportName;
  return { what, ext } as ExportName;
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
    case 'audit':
      return file(buildAuditFile(event, name.ext, lang), `${readPlan(event.doc('plan')).title} — ${lang === 'ru' ? 'журнал действий' : 'audit log'}`, name.ext);
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
  const blocks = reportBlocks(s, passportReportBlocks, formatDayLong(new Date(), lang, true), reportExtras(event, lang));
  const title = `${s.title} — ${labelsFor(lang).report.title}`;
  const bytes = ext === 'pdf' ? await buildReportPdf(blocks, lang, title, subProgress(opts, 0, 1)) : await buildReportDocx(blocks, lang, opts);
  return file(bytes, title, ext);
}
