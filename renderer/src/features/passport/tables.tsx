import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CalendarRow, PartnerRow, PassportSnapshot, QuantitativeRow, TaskRow, TeamRow } from '@shared/passport/model';
import type { FieldProblem } from '@shared/passport/validate';
import { problemsAt } from '@shared/passport/validate';
import { DateCellEditor, NumberCellEditor, TaskCellEditor, TextCellEditor } from './cells';
import type { RowColumn } from './RowTable';
import { RowTable } from './RowTable';

type TableProps = { doc: Y.Doc; p: PassportSnapshot; problems: FieldProblem[] };

export function TasksTable({ doc, p, problems }: TableProps) {
  const { t } = useTranslation();
  const cols: RowColumn<TaskRow>[] = [
    {
      key: 'text',
      label: t('passport.columns.text'),
      cell: (r) => (
        <TextCellEditor
          doc={doc}
          list="tasks"
          rowId={r.id}
          cell="text"
          label={t('passport.columns.text')}
          multiline
          testId="passport.cell.text"
          problems={problemsAt(problems, { list: 'tasks', rowId: r.id, cell: 'text' })}
        />
      ),
    },
  ];
  return (
    <RowTable
      doc={doc}
      list="tasks"
      rows={p.tasks}
      columns={cols}
      addLabel={t('passport.rows.addTasks')}
      caption={t('passport.fields.tasks')}
      problems={problemsAt(problems, { list: 'tasks' })}
    />
  );
}

export function CalendarTable({ doc, p, problems }: TableProps) {
  const { t } = useTranslation();
  const at = (r: CalendarRow, cell: string) => problemsAt(problems, { list: 'calendar', rowId: r.id, cell });
  const cols: RowColumn<CalendarRow>[] = [
    {
      key: 'task',
      label: t('passport.columns.task'),
      className: 'passport-col--task',
      cell: (r) => <TaskCellEditor doc={doc} rowId={r.id} value={r.taskId} tasks={p.tasks} label={t('passport.columns.task')} testId="passport.cell.task" />,
    },
    {
      key: 'activity',
      label: t('passport.columns.activity'),
      className: 'passport-col--wide',
      cell: (r) => (
        <TextCellEditor
          doc={doc}
          list="calendar"
          rowId={r.id}
          cell="activity"
          label={t('passport.columns.activity')}
          multiline
          testId="passport.cell.activity"
          problems={at(r, 'activity')}
        />
      ),
    },
    {
      key: 'start',
      label: t('passport.columns.start'),
      className: 'passport-col--date',
      cell: (r) => (
        <DateCellEditor
          doc={doc}
          list="calendar"
          rowId={r.id}
          cell="start"
          value={r.start}
          label={t('passport.columns.start')}
          problems={at(r, 'start')}
          testId="passport.cell.start"
        />
      ),
    },
    {
      key: 'end',
      label: t('passport.columns.end'),
      className: 'passport-col--date',
      cell: (r) => (
        <DateCellEditor
          doc={doc}
          list="calendar"
          rowId={r.id}
          cell="end"
          value={r.end}
          label={t('passport.columns.end')}
          problems={at(r, 'end')}
          testId="passport.cell.end"
        />
      ),
    },
    {
      key: 'responsible',
      label: t('passport.columns.responsible'),
      cell: (r) => (
        <TextCellEditor
          doc={doc}
          list="calendar"
          rowId={r.id}
          cell="responsible"
          label={t('passport.columns.responsible')}
          testId="passport.cell.responsible"
        />
      ),
    },
    {
      key: 'result',
      label: t('passport.columns.result'),
      className: 'passport-col--wide',
      cell: (r) => (
        <TextCellEditor
          doc={doc}
          list="calendar"
          rowId={r.id}
          cell="result"
          label={t('passport.columns.result')}
          multiline
          testId="passport.cell.result"
          problems={at(r, 'result')}
        />
      ),
    },
  ];
  return (
    <RowTable
      doc={doc}
      list="calendar"
      rows={p.calendar}
      columns={cols}
      addLabel={t('passport.rows.addCalendar')}
      caption={t('passport.sections.calendar')}
      problems={problemsAt(problems, { list: 'calendar' })}
    />
  );
}

export function QuantitativeTable({ doc, p, problems }: TableProps) {
  const { t } = useTranslation();
  const cols: RowColumn<QuantitativeRow>[] = [
    {
      key: 'indicator',
      label: t('passport.columns.indicator'),
      className: 'passport-col--wide',
      cell: (r) => (
        <TextCellEditor
          doc={doc}
          list="quantitative"
          rowId={r.id}
          cell="indicator"
          label={t('passport.columns.indicator')}
          multiline
          testId="passport.cell.indicator"
          problems={problemsAt(problems, { list: 'quantitative', rowId: r.id, cell: 'indicator' })}
        />
      ),
    },
    ...(['baseline', 'target'] as const).map((cell): RowColumn<QuantitativeRow> => ({
      key: cell,
      label: t(`passport.columns.${cell}`),
      className: 'passport-col--number',
      cell: (r) => (
        <NumberCellEditor
          doc={doc}
          list="quantitative"
          rowId={r.id}
          cell={cell}
          value={r[cell]}
          label={t(`passport.columns.${cell}`)}
          problems={problemsAt(problems, { list: 'quantitative', rowId: r.id, cell })}
          testId={`passport.cell.${cell}`}
        />
      ),
    })),
    {
      key: 'unit',
      label: t('passport.columns.unit'),
      className: 'passport-col--unit',
      cell: (r) => <TextCellEditor doc={doc} list="quantitative" rowId={r.id} cell="unit" label={t('passport.columns.unit')} testId="passport.cell.unit" />,
    },
  ];
  return (
    <RowTable
      doc={doc}
      list="quantitative"
      rows={p.quantitative}
      columns={cols}
      addLabel={t('passport.rows.addQuantitative')}
      caption={t('passport.fields.quantitative')}
      problems={problemsAt(problems, { list: 'quantitative' })}
    />
  );
}

export function TeamTable({ doc, p, problems }: TableProps) {
  const { t } = useTranslation();
  const cols: RowColumn<TeamRow>[] = [
    {
      key: 'name',
      label: t('passport.columns.name'),
      cell: (r) => <TextCellEditor doc={doc} list="team" rowId={r.id} cell="name" label={t('passport.columns.name')} testId="passport.cell.name" />,
    },
    {
      key: 'role',
      label: t('passport.columns.role'),
      className: 'passport-col--wide',
      cell: (r) => <TextCellEditor doc={doc} list="team" rowId={r.id} cell="role" label={t('passport.columns.role')} testId="passport.cell.role" />,
    },
    {
      key: 'experience',
      label: t('passport.columns.experience'),
      className: 'passport-col--wide',
      cell: (r) => (
        <TextCellEditor
          doc={doc}
          list="team"
          rowId={r.id}
          cell="experience"
          label={t('passport.columns.experience')}
          multiline
          testId="passport.cell.experience"
          problems={problemsAt(problems, { list: 'team', rowId: r.id, cell: 'experience' })}
        />
      ),
    },
  ];
  return (
    <RowTable
      doc={doc}
      list="team"
      rows={p.team}
      columns={cols}
      addLabel={t('passport.rows.addTeam')}
      caption={t('passport.sections.team')}
      problems={problemsAt(problems, { list: 'team' })}
    />
  );
}

export function PartnersTable({ doc, p }: TableProps) {
  const { t } = useTranslation();
  const cols: RowColumn<PartnerRow>[] = [
    {
      key: 'name',
      label: t('passport.columns.partner'),
      cell: (r) => <TextCellEditor doc={doc} list="partners" rowId={r.id} cell="name" label={t('passport.columns.partner')} testId="passport.cell.partner" />,
    },
    {
      key: 'supportType',
      label: t('passport.columns.supportType'),
      className: 'passport-col--wide',
      cell: (r) => (
        <TextCellEditor doc={doc} list="partners" rowId={r.id} cell="supportType" label={t('passport.columns.supportType')} testId="passport.cell.support" />
      ),
    },
  ];
  return (
    <RowTable doc={doc} list="partners" rows={p.partners} columns={cols} addLabel={t('passport.rows.addPartners')} caption={t('passport.sections.partners')} />
  );
}
