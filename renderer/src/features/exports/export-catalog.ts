import type { BoardInfo, TeamInfo } from '@shared/doc/plan';
import type { VoteInfo } from '@shared/doc/voting';
import { exportFormats } from '@shared/export/registry';
import type { ExportFormat } from '@shared/ipc';

/**
 * What an event can be exported as, derived from the plan: pure, so the list the panel shows is
 * unit-tested without a host. Formats come from the export registry (shared/export/registry.ts),
 * the table the host's endpoint parses names against, so the panel never offers a file the host
 * does not build.
 */
export const TREE_FORMATS = exportFormats('tree');
export const PASSPORT_FORMATS = exportFormats('passport');
export const VOTES_FORMATS = exportFormats('votes');
export const REPORT_FORMATS = exportFormats('report');
/** Poster session: the needs ↔ offers matrix and the poster catalogue (electron/host/posters). */
export const NEEDS_OFFERS_FORMATS = exportFormats('needs-offers');
export const POSTER_CATALOGUE_FORMATS = exportFormats('posters');

/** Everything the panel can download: host exports plus the `.veche` event file. */
export type FileFormat = ExportFormat | 'veche';

export const EXPORT_SECTIONS = ['trees', 'passports', 'votes', 'event'] as const;
export type ExportSection = (typeof EXPORT_SECTIONS)[number];

export type ExportTarget =
  | { kind: 'tree'; boardId: string; boardKind: 'problem-tree' | 'goal-tree' }
  | { kind: 'passport'; boardId: string }
  | { kind: 'votes'; voteId: string | null }
  | { kind: 'report' }
  | { kind: 'needs-offers' }
  | { kind: 'posters' }
  | { kind: 'event-json' }
  | { kind: 'event-file' };

export type ExportItem = {
  /** Stable per item: React key, job key, and what tests find rows by (`data-key`). */
  key: string;
  section: ExportSection;
  target: ExportTarget;
  /** User text (a board or vote title) or null when the label comes from i18n by `target.kind`. */
  title: string | null;
  /** The owning team's name for a team's copy of a board, so two "Дерево проблем" rows differ. */
  team: string | null;
  formats: readonly FileFormat[];
};

type PlanPart = { boards: readonly BoardInfo[]; teams: readonly TeamInfo[] };

function boardItem(b: BoardInfo, teams: ReadonlyMap<string, string>): ExportItem | null {
  const team = b.teamId ? (teams.get(b.teamId) ?? null) : null;
  if (b.kind === 'problem-tree' || b.kind === 'goal-tree') {
    return { key: `tree-${b.id}`, section: 'trees', target: { kind: 'tree', boardId: b.id, boardKind: b.kind }, title: b.title, team, formats: TREE_FORMATS };
  }
  if (b.kind === 'passport') {
    return { key: `passport-${b.id}`, section: 'passports', target: { kind: 'passport', boardId: b.id }, title: b.title, team, formats: PASSPORT_FORMATS };
  }
  return null;
}

/** Trees and passports in plan order, votes (all, then each), then the whole-event files. */
export function exportCatalog(plan: PlanPart, votes: readonly VoteInfo[]): ExportItem[] {
  const teams = new Map(plan.teams.map((t) => [t.id as string, t.name]));
  const boards = plan.boards.map((b) => boardItem(b, teams)).filter((i): i is ExportItem => i !== null);
  const voteItems: ExportItem[] =
    votes.length === 0
      ? []
      : [
          { key: 'votes', section: 'votes', target: { kind: 'votes', voteId: null }, title: null, team: null, formats: VOTES_FORMATS },
          ...votes.map((v): ExportItem => ({
            key: `votes-${v.id}`,
            section: 'votes',
            target: { kind: 'votes', voteId: v.id },
            title: v.title,
            team: null,
            formats: VOTES_FORMATS,
          })),
        ];
  // The host builds both from the posters and the offers inboxes; before setup there is nothing to build them from.
  const posters: ExportItem[] = plan.boards.some((b) => b.kind === 'poster')
    ? [
        { key: 'needs-offers', section: 'event', target: { kind: 'needs-offers' }, title: null, team: null, formats: NEEDS_OFFERS_FORMATS },
        { key: 'posters', section: 'event', target: { kind: 'posters' }, title: null, team: null, formats: POSTER_CATALOGUE_FORMATS },
      ]
    : [];
  const whole: ExportItem[] = [
    ...posters,
    { key: 'report', section: 'event', target: { kind: 'report' }, title: null, team: null, formats: REPORT_FORMATS },
    { key: 'event', section: 'event', target: { kind: 'event-json' }, title: null, team: null, formats: exportFormats('event') },
    { key: 'event-file', section: 'event', target: { kind: 'event-file' }, title: null, team: null, formats: ['veche'] },
  ];
  const trees = boards.filter((i) => i.section === 'trees');
  const passports = boards.filter((i) => i.section === 'passports');
  return [...trees, ...passports, ...voteItems, ...whole];
}

/** The `<what>` of `/export/<what>.<ext>`; the event file has its own endpoint. */
export function exportName(target: ExportTarget): string | null {
  switch (target.kind) {
    case 'tree':
      return `tree-${target.boardId}`;
    case 'passport':
      return `passport-${target.boardId}`;
    case 'votes':
      return target.voteId ? `votes-${target.voteId}` : 'votes';
    case 'report':
      return 'report';
    case 'needs-offers':
      return 'needs-offers';
    case 'posters':
      return 'posters';
    case 'event-json':
      return 'event';
    case 'event-file':
      return null;
  }
}

/** Where the host serves this file. Ids go through encodeURIComponent: they come from a synced doc. */
export function exportUrl(eventId: string, target: ExportTarget, format: FileFormat, lang: 'ru' | 'en'): string {
  const ev = `/api/events/${encodeURIComponent(eventId)}`;
  const name = exportName(target);
  if (name === null) return `${ev}/file`;
  return `${ev}/export/${encodeURIComponent(name)}.${format}?lang=${lang}`;
}
