import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_QUESTION_TEXT, SCALE_LIMITS, writeAudienceConfig } from '@shared/doc/audience';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { Room } from '../../collab/rooms';
import { useAudienceConfig } from './use-audience';

/** The console's editor of a scale or open question: its prompt, and for a scale its range. */
export function AudienceConfigForm({ board, withRange }: { board: Room | null; withRange: boolean }) {
  const { t } = useTranslation();
  const config = useAudienceConfig(board);
  const [prompt, setPrompt] = useState(config.prompt);
  const [min, setMin] = useState(config.min);
  const [max, setMax] = useState(config.max);
  useEffect(() => {
    setPrompt(config.prompt);
    setMin(config.min);
    setMax(config.max);
  }, [config.prompt, config.min, config.max]);
  const valid = Number.isInteger(min) && Number.isInteger(max) && min >= SCALE_LIMITS.lowest && max > min && max - min <= SCALE_LIMITS.maxSteps;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!board || (withRange && !valid)) return;
    writeAudienceConfig(board.doc, withRange ? { prompt: prompt.trim(), min, max } : { prompt: prompt.trim() }, LOCAL_ORIGIN);
  };
  return (
    <form className="aud-config" onSubmit={submit}>
      <label className="aud-config__prompt">
        {t('audience.prompt')}
        <input
          className="input"
          value={prompt}
          maxLength={MAX_QUESTION_TEXT}
          placeholder={t('audience.promptPlaceholder')}
          onChange={(e) => setPrompt(e.target.value)}
          data-testid="audience.prompt"
        />
      </label>
      {withRange && (
        <span className="aud-config__range">
          {t('audience.scale.range')} {t('audience.scale.from')}{' '}
          <input className="input aud-config__num" type="number" value={min} onChange={(e) => setMin(Number(e.target.value))} data-testid="audience.min" />{' '}
          {t('audience.scale.to')}{' '}
          <input className="input aud-config__num" type="number" value={max} onChange={(e) => setMax(Number(e.target.value))} data-testid="audience.max" />
        </span>
      )}
      <button type="submit" className="button button--small" disabled={!board || (withRange && !valid)} data-testid="audience.save">
        {t('audience.save')}
      </button>
    </form>
  );
}
