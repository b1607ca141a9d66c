import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { LIMITS, nextStand, pauseWalk, resumeWalk, setStandMs, setWalkOrder, startWalk, stopWalk } from '@shared/posters/gallery';
import { hostNow } from '../../collab/host-clock';
import { projectGallery } from './project';
import { formatMinutes, moveStand, parseMinutes } from './session-rules';
import type { TabProps } from './tab-props';
import { useWalk } from './use-walk';
import { WalkStatus } from './WalkStatus';

/** The gallery walk: the order of the stands, the time at each, and the walk's controls. */
export function WalkTab({ plan, snapshot }: TabProps) {
  const { t } = useTranslation();
  const { gallery, stands, state } = useWalk(plan, snapshot.teams);
  const doc = plan.doc;
  const current = state.phase === 'running' || state.phase === 'paused' ? state.stand : -1;
  const name = (id: string) => snapshot.teams.find((tm) => tm.id === id)?.name ?? '—';
  const move = (i: number, dir: -1 | 1) => setWalkOrder(doc, moveStand(stands, i, dir), LOCAL_ORIGIN);
  return (
    <div className="ps-walk">
      <section className="panel ps-section" data-testid="posterSession.walk-order-section">
        <h3 id="ps-walk-order">{t('posterConsole.walk.order')}</h3>
        {/* The stand is worked out from the order: reordering mid-walk would move everyone to another poster. */}
        <p className="muted" data-testid="posterSession.order-hint">
          {t(current >= 0 ? 'posterConsole.walk.orderLocked' : 'posterConsole.walk.orderHint')}
        </p>
        {stands.length === 0 && <p className="muted">{t('posterConsole.setup.noTeams')}</p>}
        <ol className="ps-order" aria-labelledby="ps-walk-order" data-testid="posterSession.walk-order">
          {stands.map((id, i) => (
            <li
              key={id}
              className={i === current ? 'ps-order__item ps-order__item--now' : i < current ? 'ps-order__item ps-order__item--done' : 'ps-order__item'}
              data-testid="posterSession.stand"
              data-team-id={id}
              data-current={i === current}
            >
              <span className="ps-order__n">{i + 1}</span>
              <span className="ps-order__name">{name(id)}</span>
              <button
                type="button"
                className="button button--small"
                disabled={current >= 0 || i === 0}
                onClick={() => move(i, -1)}
                aria-label={t('posterConsole.walk.up', { name: name(id) })}
                data-testid="posterSession.stand-up"
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={current >= 0 || i === stands.length - 1}
                onClick={() => move(i, 1)}
                aria-label={t('posterConsole.walk.down', { name: name(id) })}
                data-testid="posterSession.stand-down"
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
        <StandTime key={gallery.standMs} standMs={gallery.standMs} onSave={(ms) => setStandMs(doc, ms, LOCAL_ORIGIN)} />
      </section>
      <section className="panel ps-section" data-testid="posterSession.walk-controls" data-phase={state.phase}>
        <h3>{t('posterConsole.walk.title')}</h3>
        <WalkStatus plan={plan} teams={snapshot.teams} />
        <div className="row-gap">
          {(state.phase === 'idle' || state.phase === 'done') && (
            <button
              type="button"
              className="button button--primary button--large"
              disabled={stands.length === 0}
              onClick={() => startWalk(doc, hostNow(), LOCAL_ORIGIN)}
              data-testid="posterSession.walk-start"
            >
              {state.phase === 'done' ? t('posterConsole.walk.restart') : t('posterConsole.walk.start')}
            </button>
          )}
          {state.phase === 'running' && (
            <button type="button" className="button" onClick={() => pauseWalk(doc, hostNow(), LOCAL_ORIGIN)} data-testid="posterSession.walk-pause">
              {t('posterConsole.walk.pause')}
            </button>
          )}
          {state.phase === 'paused' && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => resumeWalk(doc, hostNow(), LOCAL_ORIGIN)}
              data-testid="posterSession.walk-resume"
            >
              {t('posterConsole.walk.resume')}
            </button>
          )}
          {(state.phase === 'running' || state.phase === 'paused') && (
            <>
              <button
                type="button"
                className="button button--primary"
                onClick={() => nextStand(doc, stands, hostNow(), LOCAL_ORIGIN)}
                data-testid="posterSession.walk-next"
              >
                {state.next ? t('posterConsole.walk.next') : t('posterConsole.walk.finish')}
              </button>
              <button type="button" className="button button--danger" onClick={() => stopWalk(doc, LOCAL_ORIGIN)} data-testid="posterSession.walk-stop">
                {t('posterConsole.walk.stop')}
              </button>
            </>
          )}
        </div>
        <button type="button" className="button" onClick={() => projectGallery(doc, 'walk', null)} data-testid="posterSession.walk-project">
          {t('posterConsole.projector.walk')}
        </button>
      </section>
    </div>
  );
}

/** Minutes per stand, saved on Enter or on leaving the field; a value out of range is clamped by the accessor and shown back. */
function StandTime({ standMs, onSave }: { standMs: number; onSave(ms: number): void }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => formatMinutes(standMs, i18n.language));
  const ms = parseMinutes(text);
  const save = () => {
    if (ms !== null && ms !== standMs) onSave(ms);
    else setText(formatMinutes(standMs, i18n.language));
  };
  return (
    <label className="field ps-stand-time">
      <span className="field__label">{t('posterConsole.walk.standTime')}</span>
      <span className="row-gap">
        <input
          className="input ps-num"
          inputMode="decimal"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && save()}
          aria-invalid={ms === null}
          data-testid="posterSession.stand-minutes"
        />
        <span className="muted">
          {t('posterConsole.walk.minutesRange', {
            min: formatMinutes(LIMITS.standMs.min, i18n.language),
            max: formatMinutes(LIMITS.standMs.max, i18n.language),
          })}
        </span>
      </span>
    </label>
  );
}
