import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Stage } from '@shared/doc/agenda';
import { editStage, endStage, moveStage, removeStage, reopenStage, startStage } from '@shared/doc/agenda';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { hostNow } from '../../collab/host-clock';
import { StageForm } from './StageForm';
import { useMethodLabel } from './method-label';

type Props = { doc: Y.Doc; stage: Stage; index: number; count: number; selected: boolean; onSelect(): void };

/** One stage in the agenda: start or end it, reorder, edit in place. */
export function StageRow({ doc, stage, index, count, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const methodLabel = useMethodLabel();
  const [editing, setEditing] = useState(false);
  const o = LOCAL_ORIGIN;
  if (editing) {
    return (
      <li className="stage stage--editing" data-testid="agenda.stage-edit">
        <StageForm initial={stage} onCancel={() => setEditing(false)} onSave={(s) => (editStage(doc, stage.id, s, o), setEditing(false))} />
      </li>
    );
  }
  return (
    <li
      className={`stage stage--${stage.status}${selected ? ' stage--selected' : ''}`}
      data-testid="agenda.stage"
      data-stage-id={stage.id}
      data-status={stage.status}
      aria-current={stage.status === 'active' ? 'step' : undefined}
    >
      <button type="button" className="stage__main" onClick={onSelect} data-testid="agenda.select">
        <span className="stage__title">{stage.title}</span>
        <span className="stage__meta">
          {methodLabel(stage.method)} · {t('agenda.minutes', { n: stage.durationMin })}
          {stage.status !== 'pending' && <b> · {t(`agenda.status.${stage.status}`)}</b>}
        </span>
      </button>
      <div className="stage__tools">
        {stage.status === 'active' ? (
          <button type="button" className="button button--small" onClick={() => endStage(doc, stage.id, o)} data-testid="agenda.end">
            {t('agenda.end')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => (startStage(doc, stage.id, o), onSelect())}
              data-testid="agenda.start"
            >
              {stage.status === 'done' ? t('agenda.restart') : t('agenda.start')}
            </button>
            {stage.durationMin > 0 && (
              <button
                type="button"
                className="button button--small"
                onClick={() => (startStage(doc, stage.id, o, hostNow()), onSelect())}
                data-testid="agenda.start-timed"
              >
                {t('agenda.startTimed')}
              </button>
            )}
          </>
        )}
        {stage.status === 'done' && (
          <button
            type="button"
            className="icon-button"
            onClick={() => reopenStage(doc, stage.id, o)}
            title={t('agenda.reopen')}
            aria-label={t('agenda.reopen')}
          >
            ↺
          </button>
        )}
        <button
          type="button"
          className="icon-button"
          disabled={index === 0}
          onClick={() => moveStage(doc, stage.id, index - 1, o)}
          aria-label={t('agenda.up')}
          title={t('agenda.up')}
          data-testid="agenda.up"
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={index === count - 1}
          onClick={() => moveStage(doc, stage.id, index + 1, o)}
          aria-label={t('agenda.down')}
          title={t('agenda.down')}
          data-testid="agenda.down"
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => setEditing(true)}
          aria-label={t('agenda.edit')}
          title={t('agenda.edit')}
          data-testid="agenda.edit"
        >
          ✎
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          onClick={() => removeStage(doc, stage.id, o)}
          aria-label={t('agenda.remove')}
          title={t('agenda.remove')}
          data-testid="agenda.remove"
        >
          ×
        </button>
      </div>
    </li>
  );
}
