import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, NewCriterion } from '@shared/doc/championship';
import { addCriterion, applyReadyCriteria, editCriterion, parseLevels, removeCriterion, weightsOffOne } from '@shared/doc/championship';
import { formatScore } from '@shared/championship/number-format';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { Room } from '../../collab/rooms';
import type { SetupProps } from './SetupSections';
import { useChampStatus } from './use-champ-status';

type Range = { min: number; max: number } | undefined;

/** Criteria: the ready set or one's own; each with a scale and a weight. Edits that break the scale are refused by the accessor and shown. */
export function CriteriaSection({ eventId, token, plan, champ }: SetupProps) {
  const { t, i18n } = useTranslation();
  const total = champ.criteria.reduce((s, c) => s + c.weight, 0);
  // Marks given so far (every round not yet frozen): a scale that would not hold them is refused here, and by the host.
  const { status } = useChampStatus(token, eventId, champ.rounds[0]?.id ?? null);
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  const add = () => addCriterion(plan.doc, { title: t('championship.newCriterion'), description: '', min: 0, max: 10, weight: 1 }, LOCAL_ORIGIN);
  return (
    <section className="panel champ-section champ-section--wide" data-testid="champ.criteria">
      <div className="row-between">
        <h3>{t('championship.criteria')}</h3>
        <button
          type="button"
          className="button button--small"
          onClick={() => applyReadyCriteria(plan.doc, i18n.language === 'en' ? 'en' : 'ru', LOCAL_ORIGIN)}
          data-testid="champ.criteria-ready"
        >
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
            <CriterionRow
              key={`${c.id}:${c.title}:${c.description}:${c.min}:${c.max}:${c.weight}:${JSON.stringify(c.levels ?? [])}`}
              c={c}
              plan={plan}
              marks={status?.markRanges[c.id]}
            />
          ))}
        </tbody>
      </table>
      <div className="row-between">
        <button type="button" className="button button--small" onClick={add} data-testid="champ.criterion-add">
          {t('championship.addCriterion')}
        </button>
        <span className="muted" data-testid="champ.weights-total">
          {t('championship.weightsTotal', { total: formatScore(total, lang, 2) })}
        </span>
      </div>
      {champ.criteria.length > 0 && total === 0 && (
        <p className="notice notice--error" data-testid="champ.weights-zero">
          {t('championship.weightsZero')}
        </p>
      )}
      {total > 0 && weightsOffOne(champ.criteria) && (
        <p className="notice" data-testid="champ.weights-off">
          {t('championship.weightsOff', { total: formatScore(total, lang, 2) })}
        </p>
      )}
    </section>
  );
}

function CriterionRow({ c, plan, marks }: { c: Criterion; plan: Room; marks: Range }) {
  const { t } = useTranslation();
  const [bad, setBad] = useState(false);
  const [drops, setDrops] = useState<string | null>(null);
  const edit = (patch: Partial<NewCriterion>) => {
    const min = patch.min ?? c.min;
    const max = patch.max ?? c.max;
    if (marks && (marks.min < min || marks.max > max) && (patch.min !== undefined || patch.max !== undefined)) {
      setDrops(t('championship.scaleDrops', { min: marks.min, max: marks.max, newMin: min, newMax: max }));
      return;
    }
    setDrops(null);
    setBad(!editCriterion(plan.doc, c.id, patch, LOCAL_ORIGIN).ok);
  };
  const levelsText = (c.levels ?? []).map((l) => `${l.score}: ${l.text}`).join('\n');
  const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
  return (
    <tr data-testid="champ.criterion" data-criterion-id={c.id} className={bad ? 'champ-table__bad' : undefined}>
      <td>
        <input className="input" defaultValue={c.title} onBlur={(e) => edit({ title: e.target.value })} aria-label={t('championship.criterion')} />
        <textarea
          className="input"
          rows={1}
          defaultValue={c.description}
          onBlur={(e) => edit({ description: e.target.value })}
          aria-label={t('championship.description')}
          placeholder={t('championship.description')}
        />
        <textarea
          className="input"
          rows={2}
          defaultValue={levelsText}
          onBlur={(e) => edit({ levels: parseLevels(e.target.value, c.min, c.max) })}
          aria-label={t('championship.levels')}
          placeholder={t('championship.levels')}
          data-testid="champ.levels"
        />
      </td>
      <td>
        <input
          className="input champ-num"
          type="number"
          defaultValue={c.min}
          onBlur={(e) => edit({ min: num(e.target.value) })}
          aria-label={t('championship.scaleMin')}
        />
      </td>
      <td>
        <input
          className="input champ-num"
          type="number"
          defaultValue={c.max}
          onBlur={(e) => edit({ max: num(e.target.value) })}
          aria-label={t('championship.scaleMax')}
        />
      </td>
      <td>
        <input
          className="input champ-num"
          type="number"
          step={0.05}
          min={0}
          max={100}
          defaultValue={c.weight}
          onBlur={(e) => edit({ weight: num(e.target.value) })}
          aria-label={t('championship.weight')}
        />
      </td>
      <td>
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => removeCriterion(plan.doc, c.id, LOCAL_ORIGIN)}
          aria-label={t('championship.remove')}
        >
          ×
        </button>
        {bad && <span className="champ-bad">{t('championship.badCriterion')}</span>}
        {drops && (
          <span className="champ-bad" role="alert" data-testid="champ.scale-drops">
            {drops}
          </span>
        )}
      </td>
    </tr>
  );
}
