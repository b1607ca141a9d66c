import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown } from '@shared/clock';
import { hostNow, useClockOffset } from '../../collab/host-clock';
import { phaseAt } from './time-input';

/**
 * Time to a moment in host time (a release, a deadline), re-rendered at each second boundary like
 * the stage timer. `data-phase` lets tests wait for "after" instead of sleeping.
 */
export function Countdown({ at, label, testId, after }: { at: number | null; label: string; testId: string; after?: string }) {
  const { t } = useTranslation();
  useClockOffset();
  const [, tick] = useState(0);
  const now = hostNow();
  const phase = phaseAt(at, now);
  useEffect(() => {
    if (phase !== 'before' || at === null) return;
    const left = at - now;
    const id = setTimeout(() => tick((n) => n + 1), (left % 1000 || 1000) + 5);
    return () => clearTimeout(id);
  });
  if (at === null) return null;
  return (
    <span className={`countdown countdown--${phase}`} data-testid={testId} data-phase={phase} data-at={at}>
      {phase === 'before' || after === undefined ? `${label} ` : null}
      {phase === 'before' ? <strong className="countdown__digits">{formatCountdown(at - now)}</strong> : <strong>{after ?? t('championship.passed')}</strong>}
    </span>
  );
}
