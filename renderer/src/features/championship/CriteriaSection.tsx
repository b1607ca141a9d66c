import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, NewCriterion } from '../../../../shared/doc/championship';
import { addCriterion, applyReadyCriteria, editCriterion, removeCriterion } from '../../../../shared/doc/championship';
import { LOCAL_ORIGIN } from '../../../../shared/doc/schema';
import type { Room } from '../../collab/rooms';
import type { SetupProps } from './SetupSections';

/** Criteria: the ready set or one's own; each with a scale and a weight. Edits that break the scale are refused by the accessor and shown. */
export function CriteriaSection({ plan, champ }: SetupProps) {
  const { t, i18n } = useTranslation();
  const total = champ.criteria.reduce((s, c) => s + c.weight, 0);
  const add = () => addCriterion(plan.doc, { title: t('championship.newCriterion'), description: '', min: 0, max: 10, weight: 1 }, LOCAL_ORIGIN);
  return (
    <section className="panel champ-section champ-section--wide" data-testid="champ.criteria">
      <div className="row-between">
        <h3>{t('championship.criteria')}</h3>
        <button type="button" className="button button--small" onClick={() => applyReadyCriteria(plan.doc, i18n.language === 'en' ? 'en' : 'ru', LOCAL_ORIGIN)} data-testid="champ.criteria-ready">
          {t('championship.readySet')}
        </button>
      </div>
      {champ.criteria.length === 0 && <p className="muted">{t('championship.noCriteria')}</p>}
      <table className="champ-table">
        <thead>
          <tr>
            <th>{t('championship.criterion')}</th>
            <th>{t('championship.scaleMin')}</th>
            <th>{t('championship.scaleMax')}</th>
            <th>{t('championship.weight')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {champ.criteria.map((c) => (
            <CriterionRow key={`${c.id}:${c.title}:${c.description}:${c.min}:${c.max}:${c.weight}`} c={c} plan={plan} />
          ))}
        </tbody>
      </table>
      <div className="row-between">
        <button type="button" className="button button--small" onClick={add} data-testid="champ.criterion-add">
          {t('championship.addCriterion')}
        </button>
        <span className="muted" data-testid="champ.weights-total">
          {t('championship.weightsTotal', { total: Math.round(total * 100) / 100 })}
        </span>
      </div>
    </section>
  );
}

function CriterionRow({ c, plan }: { c: Criterion; plan: Room }) {
  const { t } = useTranslation();
  const [bad, setBad] = useState(false);
  const edit = (patch: Partial<NewCriterion>) => setBad(!editCriterion(plan.doc, c.id, patch, LOCAL_ORIGIN).ok);
  const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
  return (
    <tr data-testid="champ.criterion" data-criterion-id={c.id} className={bad ? 'champ-table__bad' : undefined}>
      <td>
        <input className="input" defaultValue={c.title} onBlur={(e) => edit({ title: e.target.value })} aria-label={t('championship.criterion')} />
        <textarea className="input" rows={1} defaultValue={c.description} onBlur={(e) => edit({ description: e.target.value })} aria-label={t('championship.description')} placeholder={t('championship.description')} />
      </td>
      <td>
        <input className="input champ-num" type="number" defaultValue={c.min} onBlur={(e) => edit({ min: num(e.target.value) })} aria-label={t('championship.scaleMin')} />
      </td>
      <td>
        <input className="input champ-num" type="number" defaultValue={c.max} onBlur={(e) => edit({ max: num(e.target.value) })} aria-label={t('championship.scaleMax')} />
      </td>
      <td>
        <input className="input champ-num" type="number" step={0.05} min={0} defaultValue={c.weight} onBlur={(e) => edit({ weight: num(e.target.value) })} aria-label={t('championship.weight')} />
      </td>
      <td>
        <button type="button" className="button button--small button--danger" onClick={() => removeCriterion(plan.doc, c.id, LOCAL_ORIGIN)} aria-label={t('championship.remove')}>
          ×
        </button>
        {bad && <span className="champ-bad">{t('championship.badCriterion')}</span>}
      </td>
    </tr>
  );
}
