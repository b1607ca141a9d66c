import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { PassportList, PassportSnapshot, RowOf } from '@shared/passport/model';
import type { FieldProblem } from '@shared/passport/validate';
import { problemsAt } from '@shared/passport/validate';
import type { boards } from '../../i18n/ru/boards';
import type { ColumnKit } from './columns';
import { taskColumn, textColumn, valueColumn } from './columns';
import type { RowColumn } from './RowTable';
import { RowTable } from './RowTable';

/** The passport's tables, in the grant form's order; each is a list of rows edited cell by cell. */
type TableProps = { doc: Y.Doc; p: PassportSnapshot; problems: FieldProblem[] };

/** Every list has its "add a row" label at `passport.rows.add<List>` (checked here, at compile time). */
type AddKey = `add${Capitalize<PassportList>}`;
const addKey = (list: PassportList) =>
  `passport.rows.add${list[0]!.toUpperCase()}${list.slice(1)}` as `passport.rows.${AddKey & keyof typeof boards.passport.rows}`;

/** One table of `list`: its caption and "add" label come from i18n (`passport.<section>`, `passport.rows.add<List>`). */
function ListTable<L extends PassportList>(props: TableProps & { list: L; caption: ParseKeys; columns: (kit: ColumnKit) => RowColumn<RowOf[L]>[] }) {
  const { doc, p, problems, list } = props;
  const { t } = useTranslation();
  return (
    <RowTable
      doc={doc}
      list={list}
      rows={p[list] as RowOf[L][]}
      columns={props.columns({ doc, problems, t })}
      addLabel={t(addKey(list))}
      caption={t(props.caption)}
      problems={problemsAt(problems, { list })}
    />
  );
}

// The cells named `passport.cell.<cell>` keep the test ids the first tables had; later tables say their list too.
export const GroupsTable = (props: TableProps) => (
  <ListTable
    {...props}
    list="groups"
    caption="passport.fields.groups"
    columns={(k) => [
      textColumn(k, 'groups', 'name', { label: 'groupName' }),
      textColumn(k, 'groups', 'description', { label: 'groupDescription', width: 'wide' }),
    ]}
  />
);

export const TasksTable = (props: TableProps) => (
  <ListTable
    {...props}
    list="tasks"
    caption="passport.fields.tasks"
    columns={(k) => [textColumn(k, 'tasks', 'text', { width: 'wide', testId: 'passport.cell.text' })]}
  />
);

export const CalendarTable = (props: TableProps) => (
  <ListTable
    {...props}
    list="calendar"
    caption="passport.sections.calendar"
    columns={(k) => [
      taskColumn(k, props.p.tasks),
      textColumn(k, 'calendar', 'activity', { width: 'wide', testId: 'passport.cell.activity' }),
      valueColumn(k, 'calendar', 'start', 'date', { testId: 'passport.cell.start' }),
      valueColumn(k, 'calendar', 'end', 'date', { testId: 'passport.cell.end' }),
      textColumn(k, 'calendar', 'responsible', { testId: 'passport.cell.responsible' }),
      textColumn(k, 'calendar', 'result', { width: 'wide', testId: 'passport.cell.result' }),
    ]}
  />
);

export const QuantitativeTable = (props: TableProps) => (
  <ListTable
    {...props}
    list="quantitative"
    caption="passport.fields.quantitative"
    columns={(k) => [
      textColumn(k, 'quantitative', 'indicator', { width: 'wide', testId: 'passport.cell.indicator' }),
      valueColumn(k, 'quantitative', 'baseline', 'number', { testId: 'passport.cell.baseline' }),
      valueColumn(k, 'quantitative', 'target', 'number', { testId: 'passport.cell.target' }),
      textColumn(k, 'quantitative', 'unit', { width: 'unit', testId: 'passport.cell.unit' }),
    ]}
  />
);

export function BudgetTable(props: TableProps) {
  const { t } = useTranslation();
  const sum = (cell: 'requested' | 'cofinancing') => props.p.budget.reduce((a, r) => a + (r[cell] ?? 0), 0);
  return (
    <>
      <ListTable
        {...props}
        list="budget"
        caption="passport.fields.budget"
        columns={(k) => [
          textColumn(k, 'budget', 'category', { width: 'wide' }),
          valueColumn(k, 'budget', 'requested', 'number'),
          valueColumn(k, 'budget', 'cofinancing', 'number'),
        ]}
      />
      {props.p.budget.length > 0 && (
        <p className="passport-total" data-testid="passport.budget-total">
          {t('passport.columns.total')}: {t('passport.columns.requested')} {sum('requested').toLocaleString()} · {t('passport.columns.cofinancing')}{' '}
          {sum('cofinancing').toLocaleString()}
        </p>
      )}
    </>
  );
}

export const TeamTable = (props: TableProps) => (
  <ListTable
    {...props}
    list="team"
    caption="passport.sections.team"
    columns={(k) => [
      textColumn(k, 'team', 'name', { testId: 'passport.cell.name' }),
      textColumn(k, 'team', 'role', { width: 'wide', testId: 'passport.cell.role' }),
      textColumn(k, 'team', 'experience', { width: 'wide', testId: 'passport.cell.experience' }),
    ]}
  />
);

export const RisksTable = (props: TableProps) => (
  <ListTable
    {...props}
    list="risks"
    caption="passport.fields.risks"
    columns={(k) => [textColumn(k, 'risks', 'risk', { width: 'wide' }), textColumn(k, 'risks', 'mitigation', { width: 'wide' })]}
  />
);

export const MediaTable = (props: TableProps) => (
  <ListTable
    {...props}
    list="media"
    caption="passport.fields.media"
    columns={(k) => [textColumn(k, 'media', 'channel'), textColumn(k, 'media', 'content', { width: 'wide' }), textColumn(k, 'media', 'period')]}
  />
);

export const PartnersTable = (props: TableProps) => (
  <ListTable
    {...props}
    list="partners"
    caption="passport.sections.partners"
    columns={(k) => [
      textColumn(k, 'partners', 'name', { label: 'partner', testId: 'passport.cell.partner' }),
      textColumn(k, 'partners', 'supportType', { width: 'wide', testId: 'passport.cell.support' }),
    ]}
  />
);
