import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import type { PassportList, RowOf, TaskRow, TextCell, ValueCell } from '@shared/passport/model';
import type { FieldProblem } from '@shared/passport/validate';
import { problemsAt } from '@shared/passport/validate';
import type { boards } from '../../i18n/ru/boards';
import { DateCellEditor, NumberCellEditor, TaskCellEditor, TextCellEditor } from './cells';
import type { RowColumn } from './RowTable';

/** A column header's key under `passport.columns.`. */
export type ColumnLabel = keyof typeof boards.passport.columns;

/** What every column of a passport table needs: the doc it writes, the problems it shows, the translator. */
export type ColumnKit = { doc: Y.Doc; problems: FieldProblem[]; t: TFunction };

type ColumnOptions = {
  /** The header's key under `passport.columns.`; the cell's own name by default. */
  label?: ColumnLabel;
  /** `wide` columns hold sentences: a multi-line editor, and the layout gives them the room. */
  width?: 'wide' | 'date' | 'number' | 'unit' | 'task';
  testId?: string;
};

/** The options, required with a `label` when the cell's name is not itself a header key. */
type Options<C extends string> = C extends ColumnLabel ? [o?: ColumnOptions] : [o: ColumnOptions & { label: ColumnLabel }];
const labelOf = (cell: string, o: ColumnOptions): ColumnLabel => o.label ?? (cell as ColumnLabel);

const widthClass = (width: ColumnOptions['width']) => (width ? { className: `passport-col--${width}` } : {});

/** A co-typed text column of `list`, showing its cell's problems beside it. */
export function textColumn<L extends PassportList, C extends TextCell<L>>(kit: ColumnKit, list: L, cell: C, ...rest: Options<C>): RowColumn<RowOf[L]> {
  const o: ColumnOptions = rest[0] ?? {};
  const label = kit.t(`passport.columns.${labelOf(cell, o)}`);
  return {
    key: cell,
    label,
    ...widthClass(o.width),
    cell: (r) => (
      <TextCellEditor
        doc={kit.doc}
        list={list}
        rowId={r.id}
        cell={cell}
        label={label}
        multiline={o.width === 'wide'}
        testId={o.testId ?? `passport.cell.${list}.${cell}`}
        problems={problemsAt(kit.problems, { list, rowId: r.id, cell })}
      />
    ),
  };
}

/** A date or a figure of `list`: the value is written whole (on change for dates, on blur for figures). */
export function valueColumn<L extends PassportList, C extends ValueCell<L>>(
  kit: ColumnKit,
  list: L,
  cell: C,
  kind: 'date' | 'number',
  ...rest: Options<C>
): RowColumn<RowOf[L]> {
  const o: ColumnOptions = rest[0] ?? {};
  const label = kit.t(`passport.columns.${labelOf(cell, o)}`);
  const common = { doc: kit.doc, list, cell, label, testId: o.testId ?? `passport.cell.${list}.${cell}` };
  return {
    key: cell,
    label,
    ...widthClass(o.width ?? kind),
    cell: (r) => {
      const value = (r as unknown as Record<string, unknown>)[cell];
      const problems = problemsAt(kit.problems, { list, rowId: r.id, cell });
      return kind === 'date' ? (
        <DateCellEditor {...common} rowId={r.id} value={typeof value === 'string' ? value : ''} problems={problems} />
      ) : (
        <NumberCellEditor {...common} rowId={r.id} value={typeof value === 'number' ? value : null} problems={problems} />
      );
    },
  };
}

/** The calendar row's task: a pick from the passport's own tasks. */
export function taskColumn(kit: ColumnKit, tasks: TaskRow[]): RowColumn<RowOf['calendar']> {
  const label = kit.t('passport.columns.task');
  return {
    key: 'task',
    label,
    ...widthClass('task'),
    cell: (r) => <TaskCellEditor doc={kit.doc} rowId={r.id} value={r.taskId} tasks={tasks} label={label} testId="passport.cell.task" />,
  };
}
