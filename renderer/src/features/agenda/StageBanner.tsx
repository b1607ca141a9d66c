import './agenda.css';
import type { Stage } from '@shared/doc/agenda';
import type { TimerState } from '@shared/doc/session';
import { TimerDisplay } from './TimerDisplay';

/** The current stage and its timer, as participants and the projector see them. */
export function StageBanner({ stage, timer, size = 'normal' }: { stage: Stage | null; timer: TimerState; size?: 'normal' | 'large' }) {
  const showTimer = timer.state !== 'idle' || stage !== null;
  if (!stage && !showTimer) return null;
  return (
    <div className={`stage-banner stage-banner--${size}`} data-testid="stage.banner">
      {stage && (
        <p className="stage-banner__title" data-testid="stage.title">
          {stage.title}
        </p>
      )}
      {showTimer && <TimerDisplay timer={timer} size={size === 'large' ? 'large' : 'normal'} />}
    </div>
  );
}
