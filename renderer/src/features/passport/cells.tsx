import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { rowText, setRowValue } from '@shared/doc/passport';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PassportList, RowId, TaskRow, TextCell, ValueCell } from '@shared/passport/model';
import { MAX_CELL_TEXT } from '@shared/passport/model';
import type { ProblemCode } from '@shared/passport/validate';
import { SOFT_CODES } from '@shared/passport/validate';
import { YTextField } from './YTextField';

/** The cells of the passport tables: each writes its own key of its row, so edits of different cells merge. */

export function TextCellEditor<L extends PassportList>(props: {
  doc: Y.Doc;
  list: L;
  rowId: RowId;
  cell: TextCell<L>;
  label: string;
  multiline?: boolean;
  testId: string;
  problems?: ProblemCode[];
}) {
  const { doc, list, rowId, cell } = props;
  // The row's Y.Text is created with the row and never replaced, so it is stable per row.
  const text = useMemo(() => rowText(doc, list, rowId, cell), [doc, list, rowId, cell]);
  const codes = props.problems ?? [];
  const errorId = `pp-${list}-${rowId}-${cell}-error`;
  return (
    <>
      <YTextField
        text={text}
        max={MAX_CELL_TEXT}
        multiline={props.multiline}
        rows={2}
        label={props.label}
        testId={props.testId}
        invalid={codes.some((c) => !SOFT_CODES.includes(c))}
        describedBy={codes.length > 0 ? errorId : undefined}
      />
      <Problems id={errorId} codes={codes} />
    </>
  );
}

export function DateCellEditor<L extends PassportList>(props: {
  doc: Y.Doc;
  list: L;
  rowId: RowId;
  cell: ValueCell<L>;
  value: string;
  label: string;
  problems: ProblemCode[];
  testId: string;
}) {
  const { doc, list, rowId, cell } = props;
  const errorId = `pp-${list}-${rowId}-${cell}-error`;
  return (
    <>
      <input
        type="date"
        className="input passport-date"
        value={props.value}
        aria-label={props.label}
        aria-invalid={props.problems.some((c) => !SOFT_CODES.includes(c)) || undefined}
        aria-describedby={props.problems.length > 0 ? errorId : undefined}
        data-testid={props.testId}
        onChange={(e) => setRowValue(doc, list, rowId, cell, e.target.value || null, LOCAL_ORIGIN)}
      />
      <Problems id={errorId} codes={props.problems} />
    </>
  );
}

/** A figure cell (indicator values, budget sums): written on blur, since "1." or "-" mid-typing is not a number yet. */
export function NumberCellEditor<L extends PassportList>(props: {
  doc: Y.Doc;
  list: L;
  rowId: RowId;
  cell: ValueCell<L>;
  value: number | null;
  label: string;
  problems: ProblemCode[];
  testId: string;
}) {
  const { doc, list, rowId, cell } = props;
  const errorId = `pp-${list}-${rowId}-${cell}-error`;
  return (
    <>
      <input
        type="number"
        inputMode="decimal"
        step="any"
        className="input passport-number"
        defaultValue={props.value ?? ''}
        key={props.value ?? 'empty'}
        aria-label={props.label}
        aria-invalid={props.problems.some((c) => !SOFT_CODES.includes(c)) || undefined}
        aria-describedby={props.problems.length > 0 ? errorId : undefined}
        data-testid={props.testId}
        onBlur={(e) => {
          const v = e.target.value.trim() === '' ? null : Number(e.target.value);
          if (v !== props.value) setRowValue(doc, list, rowId, cell, v !== null && Number.isFinite(v) ? v : null, LOCAL_ORIGIN);
        }}
      />
      <Problems id={errorId} codes={props.problems} />
    </>
  );
}

export function TaskCellEditor(props: { doc: Y.Doc; rowId: RowId; value: RowId | null; tasks: TaskRow[]; label: string; testId: string }) {
  const { t } = useTranslation();
  const known = props.value !== null && props.tasks.some((task) => task.id === props.value);
  return (
    <select
      className="input passport-select"
      value={known ? (props.value ?? '') : ''}
      aria-label={props.label}
      data-testid={props.testId}
      onChange={(e) => setRowValue(props.doc, 'calendar', props.rowId, 'taskId', e.target.value || null, LOCAL_ORIGIN)}
    >
      <option value="">{t('passport.rows.noTask')}</option>
      {props.tasks.map((task, i) => (
        <option key={task.id} value={task.id}>
          {`${i + 1}. ${task.text || t('passport.empty')}`}
        </option>
      ))}
    </select>
  );
}

/** Inline messages under a field; role=alert would interrupt typing, so they are polite. */
export function Problems({ id, codes }: { id: string; codes: ProblemCode[] }) {
  const { t } = useTranslation();
  if (codes.length === 0) return null;
  // "Not filled in yet" is a reminder, not an error: shown quieter than a wrong date.
  const soft = codes.every((c) => SOFT_CODES.includes(c));
  return (
    <span
      id={id}
      className={`passport-problem${soft ? ' passport-problem--soft' : ''}`}
      role="status"
      data-testid="passport.problem"
      data-code={codes.join(' ')}
    >
      {codes.map((c) => t(`passport.problems.${c}`)).join('; ')}
    </span>
  );
}
