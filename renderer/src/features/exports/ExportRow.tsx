import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExportItem, FileFormat } from './export-catalog';
import type { Job } from './exports-store';
import { JobLine } from './JobLine';

type Props = { item: ExportItem; job: Job | undefined; onDownload(format: FileFormat): void; onCancel(): void };

/** Name of a row: user text for boards and votes, words from i18n for the whole-event files. */
export function itemTitle(t: TFunction, item: ExportItem): string {
  switch (item.target.kind) {
    case 'votes':
      return item.title ?? t('exports.item.allVotes');
    case 'report':
      return t('exports.item.report');
    case 'event-json':
      return t('exports.item.eventJson');
    case 'event-file':
      return t('exports.item.eventFile');
    case 'needs-offers':
      return t('exports.item.needsOffers');
    case 'posters':
      return t('exports.item.posterCatalogue');
    default:
      return item.title || t('exports.item.untitled');
  }
}

function itemHint(t: TFunction, item: ExportItem): string | null {
  const k = item.target.kind;
  if (k === 'tree') return t(item.target.boardKind === 'goal-tree' ? 'exports.item.goalTree' : 'exports.item.problemTree');
  if (k === 'report') return t('exports.item.reportHint');
  if (k === 'event-json') return t('exports.item.eventJsonHint');
  if (k === 'event-file') return t('exports.item.eventFileHint');
  if (k === 'needs-offers') return t('exports.item.needsOffersHint');
  if (k === 'posters') return t('exports.item.posterCatalogueHint');
  return null;
}

/** The passport's spreadsheet is only its calendar plan, and the button says so. */
function formatLabel(t: TFunction, item: ExportItem, f: FileFormat): string {
  if (item.target.kind === 'passport' && f === 'xlsx') return t('exports.format.calendarXlsx');
  return t(`exports.format.${f}`);
}

export function ExportRow({ item, job, onDownload, onCancel }: Props) {
  const { t } = useTranslation();
  const running = job?.phase === 'running';
  const hint = itemHint(t, item);
  return (
    <li className="export-row" data-testid="exports.item" data-key={item.key}>
      <div className="export-row__head">
        <span className="export-row__title">{itemTitle(t, item)}</span>
        {item.team && <span className="badge">{item.team}</span>}
        {hint && <span className="export-row__hint muted">{hint}</span>}
      </div>
      <div className="export-row__formats" role="group" aria-label={t('exports.formatsOf', { name: itemTitle(t, item) })}>
        {item.formats.map((f) => (
          <button
            key={f}
            type="button"
            className="button button--small"
            disabled={running}
            aria-busy={running && job.format === f}
            onClick={() => onDownload(f)}
            data-testid="exports.download"
            data-format={f}
          >
            {formatLabel(t, item, f)}
          </button>
        ))}
      </div>
      <JobLine job={job} onCancel={onCancel} />
    </li>
  );
}
