import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { TimerState } from '@shared/doc/session';
import { addTimerMinutes, endTimer, pauseTimer, resumeTimer, startTimer } from '@shared/doc/session';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { hostNow } from '../../collab/host-clock';
import { TimerDisplay } from './TimerDisplay';

/** The facilitator's timer: a big countdown and the buttons. Every write is stamped with host time. */
export function TimerControls({ doc, timer, stageTitle }: { doc: Y.Doc; timer: TimerState; stageTitle: string | null }) {
  const { t } = useTranslation();
  const running = timer.state === 'running';
  const button = (id: string, label: string, onClick: () => void, primary = false) => (
    <button type="button" className={`button button--small${primary ? ' button--primary' : ''}`} onClick={onClick} data-testid={`timer.${id}`}>
      {label}
    </button>
  );
  return (
    <section className="panel timer-panel" aria-labelledby="timer-title">
      <h2 id="timer-title" className="timer-panel__title">
        {stageTitle ?? t('timer.noStage')}
      </h2>
      <TimerDisplay timer={timer} size="large" />
      <div className="timer-panel__buttons">
        {timer.state === 'idle' || timer.state === 'ended'
          ? button('start', t('timer.start'), () => startTimer(doc, hostNow(), LOCAL_ORIGIN), true)
          : running
            ? button('pause', t('timer.pause'), () => pauseTimer(doc, hostNow(), LOCAL_ORIGIN), true)
            : button('resume', t('timer.resume'), () => resumeTimer(doc, hostNow(), LOCAL_ORIGIN), true)}
        {button('plus1', t('timer.plus', { n: 1 }), () => addTimerMinutes(doc, 1, hostNow(), LOCAL_ORIGIN))}
        {button('plus5', t('timer.plus', { n: 5 }), () => addTimerMinutes(doc, 5, hostNow(), LOCAL_ORIGIN))}
        {button('minus1', t('timer.minus', { n: 1 }), () => addTimerMinutes(doc, -1, hostNow(), LOCAL_ORIGIN))}
        {timer.state !== 'ended' && timer.state !== 'idle' && button('end', t('timer.end'), () => endTimer(doc, LOCAL_ORIGIN))}
      </div>
    </section>
  );
}
