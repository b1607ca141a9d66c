import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, CriterionScore } from '@shared/doc/championship';
import { LIMITS, levelFor } from '@shared/doc/championship';
import { clampScore, scaleStep, stepScore } from './jury-rules';

type Props = {
  criterion: Criterion;
  mark: CriterionScore | undefined;
  disabled: boolean;
  /** The settings ask a comment beside every mark (the host refuses a sheet without). */
  commentRequired?: boolean;
  /** Writes to the juror's own room; `score` null takes the mark back. */
  onChange(score: number | null, comment: string): void;
};

/**
 * One criterion: big − / + steppers round a slider, then a comment. A comment typed before any
 * score waits here (the room keeps a comment only beside a score) and goes out with the first one.
 */
export function CriterionInput({ criterion: c, mark, disabled, commentRequired = false, onChange }: Props) {
  const { t } = useTranslation();
  const score = mark?.score ?? null;
  const [comment, setComment] = useState(mark?.comment ?? '');
  // A mark from the juror's other device replaces the draft unless this field is being typed in.
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused && mark) setComment(mark.comment);
  }, [mark, focused]);
  const set = (v: number | null) => onChange(v === null ? null : clampScore(c, v), comment);
  const id = `crit-${c.id}`;
  return (
    <fieldset className="crit" data-testid="jury.criterion" data-criterion-id={c.id} data-score={score ?? ''} disabled={disabled}>
      <legend className="crit__title">
        {c.title} <span className="crit__weight">{t('championship.weightShort', { weight: c.weight })}</span>
      </legend>
      {c.description && <p className="crit__desc muted">{c.description}</p>}
      <div className="crit__score" data-testid="jury.score" data-value={score ?? ''}>
        <button type="button" className="crit__step" onClick={() => set(stepScore(c, score, -1))} aria-label={t('jury.less')} data-testid="jury.score-minus">
          −
        </button>
        <output className={`crit__value${score === null ? ' crit__value--none' : ''}`} htmlFor={id} data-testid="jury.score-value">
          {score === null ? '—' : score}
        </output>
        <button type="button" className="crit__step" onClick={() => set(stepScore(c, score, 1))} aria-label={t('jury.more')} data-testid="jury.score-plus">
          +
        </button>
      </div>
      <input
        id={id}
        className={`crit__range${score === null ? ' crit__range--none' : ''}`}
        type="range"
        min={c.min}
        max={c.max}
        step={scaleStep(c)}
        value={score ?? c.min}
        onChange={(e) => set(Number(e.target.value))}
        aria-label={t('jury.scoreLabel', { title: c.title, min: c.min, max: c.max })}
        data-testid="jury.score-range"
      />
      <div className="crit__scale muted">
        <span>{c.min}</span>
        {score !== null && (
          <button type="button" className="link-button" onClick={() => set(null)} data-testid="jury.score-clear">
            {t('jury.clear')}
          </button>
        )}
        <span>{c.max}</span>
      </div>
      {c.levels && c.levels.length > 0 && (
        <ul className="crit__levels" data-testid="jury.levels">
          {c.levels.map((l) => (
            <li
              key={l.score}
              className={levelFor(c.levels, score) === l ? 'crit__level crit__level--on' : 'crit__level'}
              data-testid="jury.level"
              data-on={levelFor(c.levels, score) === l}
            >
              <strong>{l.score}+</strong> {l.text}
            </li>
          ))}
        </ul>
      )}
      <label className="field">
        <span className="field__label">{commentRequired ? t('jury.commentRequired') : t('jury.comment')}</span>
        <textarea
          className="input"
          rows={2}
          maxLength={LIMITS.comment}
          value={comment}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onChange={(e) => {
            setComment(e.target.value);
            if (score !== null) onChange(score, e.target.value);
          }}
          placeholder={score === null ? t('jury.commentFirstScore') : t('jury.commentPlaceholder')}
          data-testid="jury.comment"
        />
      </label>
    </fieldset>
  );
}
