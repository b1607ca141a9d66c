import { useTranslation } from 'react-i18next';
import type { PassportSnapshot, PassportTextField } from '@shared/passport/model';
import { taskTextOf } from '@shared/passport/model';
import { formatDate } from '@shared/passport/labels';
import { currentLanguage } from '../../i18n';
import { Section } from './PassportEditor';

/**
 * The passport read-only: on the projector (large type, no controls, the hall reads it scrolled
 * section by section) and for people who cannot write the board. Plain React text, so nothing a
 * team typed can become markup.
 */
export function PassportView({ p, large }: { p: PassportSnapshot; large: boolean }) {
  const { t } = useTranslation();
  const dash = t('passport.empty');
  const text = (field: PassportTextField) => <Field label={t(`passport.fields.${field}`)} value={p[field]} dash={dash} />;
  const lang = currentLanguage();
  const date = (d: string) => formatDate(d, lang);
  const dates = p.dateStart || p.dateEnd ? `${date(p.dateStart) || '…'} — ${date(p.dateEnd) || '…'}` : '';
  const table = (heads: string[], rows: string[][]) => <ViewTable heads={heads} rows={rows} dash={dash} />;
  const col = (k: string) => t(`passport.columns.${k}` as 'passport.columns.n');
  const num = (n: number | null) => (n === null ? '' : n.toLocaleString());
  return (
    <div className={`passport-view${large ? ' passport-view--large' : ''}`} data-testid="passport.view">
      <h2 className="passport-view__name">{p.name.trim() || t('passport.title')}</h2>
      <Section n={1} title={t('passport.sections.general')}>
        {text('direction')}
        {text('summary')}
        {text('geography')}
        <Field label={`${t('passport.fields.dateStart')} — ${t('passport.fields.dateEnd')}`} value={dates} dash={dash} />
        <Field label={t('passport.fields.scale')} value={p.scale ? t(`passport.scale.${p.scale}`) : ''} dash={dash} />
      </Section>
      <Section n={2} title={t('passport.sections.rationale')}>
        {text('problem')}
        {text('relevance')}
        {text('causes')}
        {text('consequences')}
      </Section>
      <Section n={3} title={t('passport.sections.groups')}>
        {table(
          [col('groupName'), col('groupDescription')],
          p.groups.map((r) => [r.name, r.description]),
        )}
      </Section>
      <Section n={4} title={t('passport.sections.goal')}>
        {text('goal')}
        <h4 className="passport-subhead">{t('passport.fields.tasks')}</h4>
        {p.tasks.length === 0 ? (
          <p>{dash}</p>
        ) : (
          <ol className="passport-view__list">
            {p.tasks.map((task) => (
              <li key={task.id}>{task.text || dash}</li>
            ))}
          </ol>
        )}
      </Section>
      <Section n={5} title={t('passport.sections.calendar')}>
        {table(
          [col('task'), col('activity'), col('start'), col('end'), col('responsible'), col('result')],
          p.calendar.map((r) => [taskTextOf(p, r.taskId), r.activity, date(r.start), date(r.end), r.responsible, r.result]),
        )}
      </Section>
      <Section n={6} title={t('passport.sections.results')}>
        <h4 className="passport-subhead">{t('passport.fields.quantitative')}</h4>
        {table(
          [col('indicator'), col('baseline'), col('target'), col('unit')],
          p.quantitative.map((r) => [r.indicator, num(r.baseline), num(r.target), r.unit]),
        )}
        {text('qualitativeResults')}
      </Section>
      <Section n={7} title={t('passport.sections.budget')}>
        {table(
          [col('category'), col('requested'), col('cofinancing')],
          p.budget.map((r) => [r.category, num(r.requested), num(r.cofinancing)]),
        )}
        {text('budgetNote')}
      </Section>
      <Section n={8} title={t('passport.sections.team')}>
        {table(
          [col('name'), col('role'), col('experience')],
          p.team.map((r) => [r.name, r.role, r.experience]),
        )}
      </Section>
      <Section n={9} title={t('passport.sections.organisation')}>
        {text('orgName')}
        {text('orgOgrn')}
        {text('orgInn')}
        {text('orgAddress')}
      </Section>
      <Section n={10} title={t('passport.sections.risks')}>
        {table(
          [col('risk'), col('mitigation')],
          p.risks.map((r) => [r.risk, r.mitigation]),
        )}
      </Section>
      <Section n={11} title={t('passport.sections.media')}>
        {table(
          [col('channel'), col('content'), col('period')],
          p.media.map((r) => [r.channel, r.content, r.period]),
        )}
      </Section>
      <Section n={12} title={t('passport.sections.more')}>
        {table(
          [col('partner'), col('supportType')],
          p.partners.map((r) => [r.name, r.supportType]),
        )}
        {text('resources')}
        {text('prospects')}
      </Section>
    </div>
  );
}

function Field({ label, value, dash }: { label: string; value: string; dash: string }) {
  return (
    <div className="passport-view__field">
      <div className="passport-view__label">{label}</div>
      <div className="passport-view__text">{value.trim() || dash}</div>
    </div>
  );
}

function ViewTable({ heads, rows, dash }: { heads: string[]; rows: string[][]; dash: string }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p>{dash}</p>;
  return (
    <table className="passport-table passport-table--view">
      <thead>
        <tr>
          <th scope="col" className="passport-table__n">
            {t('passport.columns.n')}
          </th>
          {heads.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td className="passport-table__n">{i + 1}</td>
            {r.map((c, j) => (
              <td key={j} data-label={heads[j]}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
