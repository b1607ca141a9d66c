import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { GridAxis, GridAxisEntry, GridLayout } from '@shared/doc/grid';
import { addGridAxisItem, moveGridAxisItem, removeGridAxisItem, renameGridAxisItem } from '@shared/doc/grid';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { gridTemplate } from '@shared/session/grid-templates';
import { axisEditable } from './grid-rules';

type Props = { doc: Y.Doc; templateId: string | null; layout: GridLayout };

/** Facilitator only: name the programmes, add, rename, reorder or hide rows and columns. */
export function GridAxisEditor({ doc, templateId, layout }: Props) {
  const { t } = useTranslation();
  const namesRows = gridTemplate(templateId)?.rowsNamedByFacilitator ?? false;
  return (
    <details className="gaxes panel" open={namesRows} data-testid="grid.axes">
      <summary className="gaxes__summary">{namesRows ? t('grid.nameRows') : t('grid.editAxes')}</summary>
      <div className="gaxes__cols">
        {(['rows', 'columns'] as const)
          .filter((axis) => axisEditable(templateId, axis))
          .map((axis) => (
            <AxisList key={axis} doc={doc} templateId={templateId} axis={axis} items={layout[axis]} />
          ))}
      </div>
    </details>
  );
}

function AxisList({ doc, templateId, axis, items }: { doc: Y.Doc; templateId: string | null; axis: GridAxis; items: GridAxisEntry[] }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!label.trim()) return;
    addGridAxisItem(doc, templateId, axis, label, LOCAL_ORIGIN);
    setLabel('');
  };
  return (
    <div className="gaxes__list">
      <h3>{axis === 'rows' ? t('grid.rows') : t('grid.columns')}</h3>
      <ol>
        {items.map((it, i) => (
          <li key={it.id} className="gaxes__item" data-testid={`grid.${axis === 'rows' ? 'row' : 'column'}-item`}>
            <input
              className="input"
              defaultValue={it.label}
              key={it.label}
              aria-label={t('grid.rename')}
              onBlur={(e) => e.target.value.trim() && e.target.value !== it.label && renameGridAxisItem(doc, axis, it.id, e.target.value, LOCAL_ORIGIN)}
              onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
              data-testid="grid.axis-label"
            />
            <button
              type="button"
              className="icon-button"
              disabled={i === 0}
              aria-label={t('grid.up')}
              onClick={() => moveGridAxisItem(doc, templateId, axis, it.id, i - 1, LOCAL_ORIGIN)}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button icon-button--danger"
              aria-label={t('board.delete')}
              onClick={() => removeGridAxisItem(doc, axis, it.id, LOCAL_ORIGIN)}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <form className="inline-form" onSubmit={add}>
        <input
          className="input"
          value={label}
          maxLength={200}
          placeholder={axis === 'rows' ? t('grid.newRow') : t('grid.newColumn')}
          aria-label={axis === 'rows' ? t('grid.newRow') : t('grid.newColumn')}
          onChange={(e) => setLabel(e.target.value)}
          data-testid={`grid.add-${axis === 'rows' ? 'row' : 'column'}`}
        />
        <button type="submit" className="button button--small" disabled={!label.trim()}>
          {t('grid.addAxis')}
        </button>
      </form>
    </div>
  );
}
