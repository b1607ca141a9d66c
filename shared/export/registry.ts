/**
 * Every export the host serves, in one table: the endpoint parses `<what>[-<id>].<ext>` against it,
 * the renderer's export dialog offers its formats, and docs/exports.md lists every entry (a test
 * checks). Adding an export is a row here plus its builder in electron/host/export/exports.ts, which
 * the type `ExportWhat` makes the compiler ask for.
 */
export type ExportScope = 'board' | 'vote' | 'event';

export type ExportEntry = {
  what: string;
  /** `board`: `<what>-<boardId>`; `vote`: `votes` or `votes-<voteId>`; `event`: just `<what>`. */
  scope: ExportScope;
  formats: readonly string[];
  /** Where the bytes come from (module · function), for the docs and whoever adds a format. */
  build: string;
  label: { ru: string; en: string };
};

export const EXPORT_REGISTRY = [
  {
    what: 'tree',
    scope: 'board',
    formats: ['svg', 'png', 'pdf', 'md', 'mm', 'json'],
    build: 'electron/host/export/tree-files.ts · buildTreeFile',
    label: { ru: 'Дерево проблем или целей', en: 'Problem or goal tree' },
  },
  {
    what: 'passport',
    scope: 'board',
    formats: ['docx', 'pdf', 'md', 'xlsx'],
    build: 'electron/host/export/passport-file.ts · buildPassportFile',
    label: { ru: 'Паспорт проекта (заявка)', en: 'Project passport (application)' },
  },
  {
    what: 'votes',
    scope: 'vote',
    formats: ['xlsx', 'csv'],
    build: 'shared/export/votes-xlsx.ts, votes-csv.ts',
    label: { ru: 'Итоги голосований', en: 'Vote results' },
  },
  {
    what: 'event',
    scope: 'event',
    formats: ['json'],
    build: 'shared/export/event-json.ts · buildEventJson',
    label: { ru: 'Мероприятие (JSON)', en: 'Event (JSON)' },
  },
  {
    what: 'report',
    scope: 'event',
    formats: ['pdf', 'docx'],
    build: 'shared/export/report-model.ts → report-docx.ts, electron/host/export/report-pdf.ts',
    label: { ru: 'Отчёт о мероприятии', en: 'Event report' },
  },
  {
    what: 'protocol',
    scope: 'event',
    formats: ['pdf', 'docx', 'xlsx', 'csv'],
    build: 'electron/host/championship/protocol-file.ts · buildProtocolFile',
    label: { ru: 'Протокол жюри', en: 'Jury protocol' },
  },
  {
    what: 'needs-offers',
    scope: 'event',
    formats: ['xlsx', 'csv'],
    build: 'electron/host/posters/matrix-file.ts · needsOffersFile',
    label: { ru: 'Потребности и предложения', en: 'Needs and offers' },
  },
  {
    what: 'posters',
    scope: 'event',
    formats: ['pdf'],
    build: 'electron/host/posters/catalogue-pdf.ts · buildPosterCatalogue',
    label: { ru: 'Каталог постеров', en: 'Poster catalogue' },
  },
  {
    what: 'audit',
    scope: 'event',
    formats: ['csv', 'json'],
    build: 'electron/host/history/audit-file.ts · buildAuditFile → shared/export/audit-log.ts',
    label: { ru: 'Журнал действий', en: 'Audit log' },
  },
] as const satisfies readonly ExportEntry[];

export type ExportWhat = (typeof EXPORT_REGISTRY)[number]['what'];
type EntryOf<W extends ExportWhat> = Extract<(typeof EXPORT_REGISTRY)[number], { what: W }>;
export type FormatOf<W extends ExportWhat> = EntryOf<W>['formats'][number];

export function exportEntry<W extends ExportWhat>(what: W): EntryOf<W> {
  return EXPORT_REGISTRY.find((e) => e.what === what) as EntryOf<W>;
}

export const exportFormats = <W extends ExportWhat>(what: W): EntryOf<W>['formats'] => exportEntry(what).formats as EntryOf<W>['formats'];
