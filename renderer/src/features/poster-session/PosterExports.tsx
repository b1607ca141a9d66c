import { useTranslation } from 'react-i18next';
import type { EventId } from '@shared/ids';
import { currentLanguage } from '../../i18n';
import type { ExportTarget, FileFormat } from '../exports/export-catalog';
import { JobLine } from '../exports/JobLine';
import { jobKey, useExports } from '../exports/exports-store';

const FILES: { key: string; target: ExportTarget; format: FileFormat; label: 'needsXlsx' | 'needsCsv' | 'cataloguePdf' }[] = [
  { key: 'needs-offers', target: { kind: 'needs-offers' }, format: 'xlsx', label: 'needsXlsx' },
  { key: 'needs-offers', target: { kind: 'needs-offers' }, format: 'csv', label: 'needsCsv' },
  { key: 'posters', target: { kind: 'posters' }, format: 'pdf', label: 'cataloguePdf' },
];

/**
 * The session's own files, a click away from where they are wanted: the needs ↔ offers matrix and
 * the poster catalogue. The same jobs as in the Export dialog (one store), so a download started
 * here shows there too.
 */
export function PosterExports({ eventId, token, title, disabled }: { eventId: EventId; token: string; title: string; disabled: boolean }) {
  const { t } = useTranslation();
  const jobs = useExports((s) => s.jobs);
  const { start, cancel } = useExports.getState();
  return (
    <section className="panel ps-section" data-testid="posterSession.exports">
      <h3>{t('posterConsole.exports.title')}</h3>
      <p className="muted">{t('posterConsole.exports.hint')}</p>
      <div className="row-gap">
        {FILES.map((f) => (
          <button
            key={`${f.key}.${f.format}`}
            type="button"
            className="button button--small"
            disabled={disabled || jobs[jobKey(eventId, f.key)]?.phase === 'running'}
            onClick={() => void start({ eventId, token, key: f.key, target: f.target, format: f.format, lang: currentLanguage(), title })}
            data-testid={`posterSession.export-${f.key}-${f.format}`}
          >
            {t(`posterConsole.exports.${f.label}`)}
          </button>
        ))}
      </div>
      {['needs-offers', 'posters'].map((k) => (
        <JobLine key={k} job={jobs[jobKey(eventId, k)]} onCancel={() => cancel(eventId, k)} />
      ))}
    </section>
  );
}
