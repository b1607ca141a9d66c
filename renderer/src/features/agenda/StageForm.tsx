import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewStage } from '@shared/doc/agenda';
import { MAX_STAGE_MINUTES, MAX_STAGE_TITLE } from '@shared/doc/agenda';
import { METHOD_VALUES, methodToValue, valueToMethod } from './method-options';
import { useMethodLabel } from './method-label';

type Props = { initial?: NewStage; onSave(stage: NewStage): void; onCancel?(): void };

const EMPTY: NewStage = { title: '', method: { kind: 'board', boardKind: 'cards', template: null, perTeam: true }, durationMin: 20 };

/** Title, method (a board kind with its template, or an activity) and minutes of one stage. */
export function StageForm({ initial = EMPTY, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const methodLabel = useMethodLabel();
  const [title, setTitle] = useState(initial.title);
  const [method, setMethod] = useState(methodToValue(initial.method));
  const [perTeam, setPerTeam] = useState(initial.method.kind === 'board' ? initial.method.perTeam : true);
  const [minutes, setMinutes] = useState(String(initial.durationMin));
  const isBoard = !method.startsWith('activity:');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    onSave({ title: title.trim(), method: valueToMethod(method, perTeam), durationMin: Number(minutes) || 0 });
    if (!onCancel) setTitle('');
  };
  return (
    <form className="stage-form" onSubmit={submit} data-testid="agenda.form">
      <input
        className="input"
        value={title}
        maxLength={MAX_STAGE_TITLE}
        placeholder={t('agenda.titlePlaceholder')}
        aria-label={t('agenda.stageTitle')}
        onChange={(e) => setTitle(e.target.value)}
        data-testid="agenda.title-input"
      />
      <div className="stage-form__row">
        <select className="input" value={method} aria-label={t('agenda.method')} onChange={(e) => setMethod(e.target.value)} data-testid="agenda.method-input">
          {METHOD_VALUES.map((v) => (
            <option key={v} value={v}>
              {methodLabel(valueToMethod(v, true))}
            </option>
          ))}
        </select>
        <label className="stage-form__minutes">
          <input
            className="input"
            type="number"
            min={0}
            max={MAX_STAGE_MINUTES}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            data-testid="agenda.minutes-input"
          />
          <span>{t('agenda.min')}</span>
        </label>
      </div>
      {isBoard && (
        <label className="check">
          <input type="checkbox" checked={perTeam} onChange={(e) => setPerTeam(e.target.checked)} data-testid="agenda.per-team" />
          {t('agenda.perTeam')}
        </label>
      )}
      <div className="inline-form">
        <button type="submit" className="button button--small button--primary" disabled={!title.trim()} data-testid="agenda.save">
          {onCancel ? t('agenda.save') : t('agenda.add')}
        </button>
        {onCancel && (
          <button type="button" className="button button--small" onClick={onCancel}>
            {t('agenda.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
