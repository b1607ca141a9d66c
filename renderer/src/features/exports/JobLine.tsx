import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../app/api-error';
import { currentLanguage } from '../../i18n';
import type { Job } from './exports-store';
import { formatElapsed, formatSize, progressView } from './progress';
import { useNow } from './use-now';

type Props = { job: Job | undefined; onCancel(): void; compact?: boolean };

function sizeText(t: TFunction, bytes: number): string {
  const s = formatSize(bytes, currentLanguage());
  return t('exports.size', { value: s.value, unit: t(`exports.unit.${s.unit}`) });
}

/** Progress of a running download, or how the last one ended. Nothing at all before the first. */
export function JobLine({ job, onCancel, compact = false }: Props) {
  const { t } = useTranslation();
  const now = useNow(job?.phase === 'running');
  if (!job) return null;
  if (job.phase === 'running') {
    const view = progressView(job.received, job.total);
    const elapsed = formatElapsed(now - job.startedAt);
    // Before the first byte the host is still building the file: say so, with the clock as the only measure.
    const text =
      view.kind === 'determinate'
        ? t('exports.receiving', { percent: view.percent, received: sizeText(t, view.received), total: sizeText(t, view.total) })
        : view.received > 0
          ? t('exports.receivingUnknown', { received: sizeText(t, view.received), elapsed })
          : t('exports.building', { elapsed });
    return (
      <div className={`export-job${compact ? ' export-job--compact' : ''}`} data-testid="exports.job" data-state="running">
        <progress
          className="export-job__bar"
          max={1}
          {...(view.kind === 'determinate' ? { value: view.fraction } : {})}
          aria-label={text}
          data-testid="exports.progress"
        />
        <span className="export-job__text" role="status">
          {text}
        </span>
        {job.cancellable && (
          <button type="button" className="button button--small" onClick={onCancel} data-testid="exports.cancel">
            {t('exports.cancel')}
          </button>
        )}
      </div>
    );
  }
  if (job.phase === 'failed') {
    return (
      <p className="export-job export-job--failed" role="alert" data-testid="exports.status" data-state="failed">
        {t('exports.failed', { reason: describeApiError(t, job.error) })}
      </p>
    );
  }
  return (
    <p className={`export-job export-job--${job.phase}`} role="status" data-testid="exports.status" data-state={job.phase}>
      {job.phase === 'done' ? t('exports.saved', { where: job.where }) : t('exports.cancelled')}
    </p>
  );
}
