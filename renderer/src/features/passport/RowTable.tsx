import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addRow, moveRow, removeRow } from '@shared/doc/passport';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PassportList, RowId } from '@shared/passport/model';
import type { ProblemCode } from '@shared/passport/validate';
import { Problems } from './cells';

export type RowColumn<R> = { key: string; label: string; className?: string; cell: (row: R, index: number) => ReactNode };

type Props<R extends { id: RowId }> = {
  doc: Y.Doc;
  list: PassportList;
  rows: readonly R[];
  columns: readonly RowColumn<R>[];
  addLabel: string;
  caption: string;
  /** Problems of the table as a whole (no rows in a required table). */
  problems?: ProblemCode[];
};

/**
 * An editable passport table: a real table on laptops, one card per row on phones (CSS stacks the
 * cells and shows each one's column name from data-label). Rows are added, removed and moved
 * through the accessors; order is a fractional key, so concurrent reorders never duplicate a row.
 */
export function RowTable<R extends { id: RowId }>({ doc, list, rows, columns, addLabel, caption, problems = [] }: Props<R>) {
  const { t } = useTranslation();
  const [full, setFull] = useState(false);
  const add = () => setFull(addRow(doc, list, {}, LOCAL_ORIGIN) === null);
  return (
    <div className="passport-table-wrap" data-testid={`passport.table.${list}`}>
      <table className={`passport-table passport-table--${list}`}>
        <caption className="passport-sr">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="passport-table__n">
              {t('passport.columns.n')}
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.label}
              </th>
            ))}
            <th scope="col" className="passport-table__actions">
              <span className="passport-sr">{t('passport.rows.remove', { n: '' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length + 2} className="muted">
                {t('passport.rows.empty')}
              </td>
            </tr>
          )}
          {rows.map((row, i) => (
            <tr key={row.id} data-testid={`passport.row.${list}`} data-row-id={row.id}>
              <td className="passport-table__n">{i + 1}</td>
              {columns.map((c) => (
                <td key={c.key} data-label={c.label} className={c.className}>
                  {c.cell(row, i)}
                </td>
              ))}
              <td className="passport-table__actions">
                <RowActions doc={doc} list={list} id={row.id} n={i + 1} first={i === 0} last={i === rows.length - 1} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--small" onClick={add} disabled={full} data-testid={`passport.add.${list}`}>
        + {addLabel}
      </button>
      {full && <span className="muted">{t('passport.rows.full')}</span>}
      <Problems id={`pp-${list}-error`} codes={problems} />
    </div>
  );
}

function RowActions({ doc, list, id, n, first, last }: { doc: Y.Doc; list: PassportList; id: RowId; n: number; first: boolean; last: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="passport-row-actions">
      <button
        type="button"
        className="button button--small"
        disabled={first}
        aria-label={t('passport.rows.up', { n })}
        onClick={() => moveRow(doc, list, id, -1, LOCAL_ORIGIN)}
        data-testid="passport.row-up"
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={last}
        aria-label={t('passport.rows.down', { n })}
        onClick={() => moveRow(doc, list, id, 1, LOCAL_ORIGIN)}
        data-testid="passport.row-down"
      >
        ↓
      </button>
      <button
        type="button"
        className="button button--small button--danger"
        aria-label={t('passport.rows.remove', { n })}
        onClick={() => removeRow(doc, list, id, LOCAL_ORIGIN)}
        data-testid="passport.row-remove"
      >
        ×
      </button>
    </span>
  );
}
