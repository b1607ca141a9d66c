import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChampionshipSnapshot, PitchState, RoundId } from '@shared/doc/championship';
import { drawPitchQueue, movePitch, nextPitch, pitchNowNext, setPitchDurations, setPitchQueue, startPitch, startQuestions } from '@shared/doc/championship';
import type { PlanSnapshot } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { setProjector } from '@shared/doc/session';
import { hostNow } from '../../collab/host-clock';
import type { Room } from '../../collab/rooms';
import { useTimer } from '../../collab/session-hooks';
import { TimerDisplay } from '../agenda/TimerDisplay';
import { encodeView } from './projector-view';

type Props = { plan: Room; snapshot: PlanSnapshot; champ: ChampionshipSnapshot; pitch: PitchState };

/** The pitch queue: drawn or set by hand, then "now presenting / next" with the pitch and questions timers. */
export function PitchControl({ plan, snapshot, champ, pitch }: Props) {
  const { t } = useTranslation();
  const timer = useTimer(plan);
  const [roundId, setRoundId] = useState<RoundId | null>(pitch.roundId ?? champ.rounds[0]?.id ?? null);
  const round = champ.rounds.find((r) => r.id === roundId) ?? null;
  const { now, next } = pitchNowNext(pitch);
  const name = (id: string | null) => snapshot.teams.find((tm) => tm.id === id)?.name ?? '—';
  const doc = plan.doc;
  const draw = () => round && drawPitchQueue(doc, round.id, round.teamIds, Math.floor(Math.random() * 2 ** 31), LOCAL_ORIGIN);
  const byHand = () => round && setPitchQueue(doc, round.id, round.teamIds, LOCAL_ORIGIN);
  const running = pitch.phase === 'presenting' || pitch.phase === 'questions';
  return (
    <div className="champ-pitch">
      <section className="panel champ-section">
        <h3>{t('championship.queue')}</h3>
        <label className="field">
          <span className="field__label">{t('championship.round')}</span>
          <select
            className="input"
            value={roundId ?? ''}
            onChange={(e) => setRoundId((e.target.value || null) as RoundId | null)}
            data-testid="champ.pitch-round"
          >
            {champ.rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
        <div className="row-gap">
          <button type="button" className="button" disabled={!round} onClick={draw} data-testid="champ.queue-draw">
            {t('championship.draw')}
          </button>
          <button type="button" className="button" disabled={!round} onClick={byHand} data-testid="champ.queue-manual">
            {t('championship.byHand')}
          </button>
        </div>
        {pitch.seed !== null && <p className="muted">{t('championship.seed', { seed: pitch.seed })}</p>}
        <ol className="champ-queue" data-testid="champ.queue">
          {pitch.queue.map((id, i) => (
            <li
              key={id}
              className={i === pitch.current && running ? 'champ-queue__now' : i < pitch.current ? 'champ-queue__done' : undefined}
              data-testid="champ.queue-item"
              data-team-id={id}
            >
              <span className="champ-queue__n">{i + 1}.</span>
              <span className="champ-queue__name">{name(id)}</span>
              <button
                type="button"
                className="button button--small"
                disabled={i === 0}
                onClick={() => movePitch(doc, i, i - 1, LOCAL_ORIGIN)}
                aria-label={t('championship.up')}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={i === pitch.queue.length - 1}
                onClick={() => movePitch(doc, i, i + 1, LOCAL_ORIGIN)}
                aria-label={t('championship.down')}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => startPitch(doc, i, hostNow(), LOCAL_ORIGIN)}
                data-testid="champ.pitch-start-at"
              >
                {t('championship.startThis')}
              </button>
            </li>
          ))}
        </ol>
        <div className="champ-durations">
          <label className="field">
            <span className="field__label">{t('championship.pitchMin')}</span>
            <input
              className="input champ-num"
              type="number"
              min={0}
              step={0.5}
              value={pitch.presentSec / 60}
              onChange={(e) => setPitchDurations(doc, Number(e.target.value) * 60, pitch.questionsSec, LOCAL_ORIGIN)}
              data-testid="champ.pitch-minutes"
            />
          </label>
          <label className="field">
            <span className="field__label">{t('championship.questionsMin')}</span>
            <input
              className="input champ-num"
              type="number"
              min={0}
              step={0.5}
              value={pitch.questionsSec / 60}
              onChange={(e) => setPitchDurations(doc, pitch.presentSec, Number(e.target.value) * 60, LOCAL_ORIGIN)}
              data-testid="champ.questions-minutes"
            />
          </label>
        </div>
      </section>
      <section className="panel champ-section champ-now" data-testid="champ.now" data-phase={pitch.phase}>
        <p className="champ-now__label">{t(`championship.phase.${pitch.phase}`)}</p>
        <p className="champ-now__team" data-testid="champ.now-team">
          {now ? name(now) : '—'}
        </p>
        <p className="muted" data-testid="champ.next-team">
          {t('championship.next', { team: next ? name(next) : '—' })}
        </p>
        <TimerDisplay timer={timer} size="large" />
        <div className="row-gap">
          {pitch.phase === 'idle' && pitch.queue.length > 0 && (
            <button
              type="button"
              className="button button--primary button--large"
              onClick={() => startPitch(doc, 0, hostNow(), LOCAL_ORIGIN)}
              data-testid="champ.pitch-start"
            >
              {t('championship.startFirst')}
            </button>
          )}
          {pitch.phase === 'presenting' && (
            <button
              type="button"
              className="button button--primary button--large"
              onClick={() => startQuestions(doc, hostNow(), LOCAL_ORIGIN)}
              data-testid="champ.pitch-questions"
            >
              {t('championship.toQuestions')}
            </button>
          )}
          {running && (
            <button type="button" className="button button--large" onClick={() => nextPitch(doc, hostNow(), LOCAL_ORIGIN)} data-testid="champ.pitch-next">
              {next ? t('championship.nextTeam') : t('championship.finish')}
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() => setProjector(doc, { mode: 'results', voteId: encodeView({ kind: 'pitch' }) }, LOCAL_ORIGIN)}
            data-testid="champ.project-pitch"
          >
            {t('championship.projectPitch')}
          </button>
        </div>
      </section>
    </div>
  );
}
