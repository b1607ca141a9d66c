import { useTranslation } from 'react-i18next';
import type { TimerState } from '@shared/doc/session';
import { useCountdown } from './use-countdown';

/**
 * The countdown as every screen shows it. The data attributes carry the host-time inputs of the
 * displayed text, so a test can check two screens agree without waiting any fixed time.
 */
export function TimerDisplay({
  timer,
  size = 'normal',
  hideExpired = false,
}: {
  timer: TimerState;
  size?: 'normal' | 'large' | 'huge';
  hideExpired?: boolean;
}) {
  const { t } = useTranslation();
  const c = useCountdown(timer);
  if (hideExpired && c.expired) return null;
  return (
    <div
      className={`timer timer--${size} timer--${timer.state}${c.expired ? ' timer--expired' : ''}`}
      role="timer"
      aria-label={t('timer.label')}
      data-testid="timer.display"
      data-state={timer.state}
      data-ends-at={timer.endsAt ?? ''}
      data-host-now={Math.round(c.hostNow)}
      data-remaining-ms={Math.round(c.remainingMs)}
    >
      <span className="timer__digits" data-testid="timer.text">
        {c.text}
      </span>
      {timer.state === 'paused' && <span className="timer__state">{t('timer.paused')}</span>}
      {c.expired && <span className="timer__state">{t('timer.timeUp')}</span>}
    </div>
  );
}
