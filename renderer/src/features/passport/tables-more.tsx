import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { BudgetRow, PassportList, PassportSnapshot, RowOf, TextCell } from '@shared/passport/model';
import type { FieldProblem } from '@shared/passport/validate';
import { problemsAt } from '@shared/passport/validate';
import { NumberCellEditor, TextCellEditor } from './cells';
import type { RowColumn } from './RowTable';
import { RowTable } from './RowTable';

/** The grant form's tables added with board schema 2: target groups, budget, risks, media plan. */
type TableProps = { doc: Y.Doc; p: PassportSnapshot; problems: FieldProblem[] };

/** A co-typed text column of `list`, showing its cell's problems beside it. */
function textColumn<L extends PassportList>(
  doc: Y.Doc,
  list: L,
  cell: TextCell<L>,
  label: string,
  problems: FieldProblem[],
  wide = false,
): RowColumn<RowOf[L]> {
  return {
    key: cell,
    label,
    ...(wide ? { className: 'passport-col--wide' } : {}),
    cell: (r) => (
      <TextCellEditor
        doc={doc}
        list={list}
        rowId={r.id}
        cell={cell}
        label={label}
        multiline={wide}
        testId={`passport.cell.${list}.${cell}`}
        problems={problemsAt(problems, { list, rowId: r.id, cell })}
      />
    ),
  };
}

export function GroupsTable({ doc, p, problems }: TableProps) {
  const { t } = useTranslation();
  const cols = [
    textColumn(doc, 'groups', 'name', t('passport.columns.groupName'), problems),
    textColumn(doc, 'groups', 'description', t('passport.columns.groupDescription'), problems, true),
  ];
  return (
    <RowTable
      doc={doc}
      list="groups"
      rows={p.groups}
      columns={cols}
      addLabel={t('passport.rows.addGroups')}
      caption={t('passport.fields.groups')}
      problems={problemsAt(problems, { list: 'groups' })}
    />
  );
}

export function BudgetTable({ doc, p, problems }: TableProps) {
  const { t } = useTranslation();
  const money = (cell: 'requested' | 'cofinancing'): RowColumn<BudgetRow> => ({
    key: cell,
    label: t(`passport.columns.${cell}`),
    className: 'passport-col--number',
    cell: (r) => (
      <NumberCellEditor
        doc={doc}
        list="budget"
        rowId={r.id}
        cell={cell}
        value={r[cell]}
        label={t(`passport.columns.${cell}`)}
        problems={problemsAt(problems, { list: 'budget', rowId: r.id, cell })}
        testId={`passport.cell.budget.${cell}`}
      />
    ),
  });
  const sum = (cell: 'requested' | 'cofinancing') => p.budget.reduce((a, r) => a + (r[cell] ?? 0), 0);
  return (
    <>
      <RowTable
        doc={doc}
        list="budget"
        rows={p.budget}
        columns={[textColumn(doc, 'budget', 'category', t('passport.columns.category'), problems, true), money('requested'), money('cofinancing')]}
        addLabel={t('passport.rows.addBudget')}
        caption={t('passport.fields.budget')}
        problems={problemsAt(problems, { list: 'budget' })}
      />
      {p.budget.length > 0 && (
        <p className="passport-total" data-testid="passport.budget-total">
          {t('passport.columns.total')}: {t('passport.columns.requested')} {sum('requested').toLocaleString()} · {t('passport.columns.cofinancing')}{' '}
          {sum('cofinancing').toLocaleString()}
        </p>
      )}
    </>
  );
}

export function RisksTable({ doc, p, problems }: TableProps) {
  const { t } = useTranslation();
  const cols = [
    textColumn(doc, 'risks', 'risk', t('passport.columns.risk'), problems, true),
    textColumn(doc, 'risks', 'mitigation', t('passport.columns.mitigation'), problems, true),
  ];
  return <RowTable doc={doc} list="risks" rows={p.risks} columns={cols} addLabel={t('passport.rows.addRisks')} caption={t('passport.fields.risks')} />;
}

export function MediaTable({ doc, p, problems }: TableProps) {
  const { t } = useTranslation();
  const cols = [
    textColumn(doc, 'media', 'channel', t('passport.columns.channel'), problems),
    textColumn(doc, 'media', 'content', t('passport.columns.content'), problems, true),
    textColumn(doc, 'media', 'period', t('passport.columns.period'), problems),
  ];
  return (
    <RowTable
      doc={doc}
      list="media"
      rows={p.media}
      columns={cols}
      addLabel={t('passport.rows.addMedia')}
      caption={t('passport.fields.media')}
      problems={problemsAt(problems, { list: 'media' })}
    />
  );
}
