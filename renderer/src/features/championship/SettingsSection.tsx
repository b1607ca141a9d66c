import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Aggregation, CriterionId, Normalisation, ScoringMode } from '@shared/doc/championship';
import { AGGREGATIONS, NORMALISATIONS, setSettings } from '@shared/doc/championship';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { usePlanVotes } from '../voting/use-voting';
import { champApi } from './champ-api';
import type { SetupProps } from './SetupSections';

/** How scores become places: normalisation, trimming, tie-break, what is published, peer review, the audience nomination. */
export function SettingsSection({ eventId, token, plan, champ }: SetupProps) {
  const { t } = useTranslation();
  const s = champ.settings;
  const [audienceError, setAudienceError] = useState<string | null>(null);
  const round = champ.rounds[0];
  // One click sets up the nomination: a card per team, a dot vote over it, linked here (the host does all three).
  const createAudience = async () => {
    if (!round) return;
    const r = await champApi.audience(token, eventId, round.id);
    setAudienceError(r.ok ? null : r.error.message);
  };
  const votes = usePlanVotes(plan);
  const set = (patch: Parameters<typeof setSettings>[1]) => setSettings(plan.doc, patch, LOCAL_ORIGIN);
  return (
    <section className="panel champ-section" data-testid="champ.settings">
      <h3>{t('championship.settings')}</h3>
      <label className="check">
        <input
          type="checkbox"
          checked={s.mode === 'peer'}
          onChange={(e) => set({ mode: (e.target.checked ? 'peer' : 'jury') as ScoringMode })}
          data-testid="champ.peer"
        />
        {t('championship.peerMode')}
      </label>
      {s.mode === 'peer' && <p className="muted">{t('championship.peerHint')}</p>}
      <label className="field">
        <span className="field__label">{t('championship.normalisation')}</span>
        <select
          className="input"
          value={s.normalisation}
          onChange={(e) => set({ normalisation: e.target.value as Normalisation })}
          data-testid="champ.normalisation"
        >
          {NORMALISATIONS.map((n) => (
            <option key={n} value={n}>
              {t(`championship.norm.${n}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('championship.aggregation')}</span>
        <select className="input" value={s.aggregation} onChange={(e) => set({ aggregation: e.target.value as Aggregation })} data-testid="champ.aggregation">
          {AGGREGATIONS.map((a) => (
            <option key={a} value={a}>
              {t(`championship.agg.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={s.requireComments} onChange={(e) => set({ requireComments: e.target.checked })} data-testid="champ.require-comments" />
        {t('championship.requireComments')}
      </label>
      <label className="field">
        <span className="field__label">{t('championship.trim')}</span>
        <input
          className="input champ-num"
          type="number"
          min={0}
          max={10}
          value={s.trim}
          onChange={(e) => set({ trim: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
          data-testid="champ.trim"
        />
      </label>
      <label className="field">
        <span className="field__label">{t('championship.tieCriterion')}</span>
        <select
          className="input"
          value={s.tieCriterionId ?? ''}
          onChange={(e) => set({ tieCriterionId: (e.target.value || null) as CriterionId | null })}
          data-testid="champ.tie-criterion"
        >
          <option value="">—</option>
          {champ.criteria.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t('championship.tieHint')}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={s.publishJurorScores}
          onChange={(e) => set({ publishJurorScores: e.target.checked })}
          data-testid="champ.publish-jurors"
        />
        {t('championship.publishJurors')}
      </label>
      <label className="field">
        <span className="field__label">{t('championship.audienceVote')}</span>
        <select
          className="input"
          value={s.audienceVoteId ?? ''}
          onChange={(e) => set({ audienceVoteId: e.target.value || null })}
          data-testid="champ.audience-vote"
        >
          <option value="">—</option>
          {votes.map((v) => (
            <option key={v.id} value={v.id}>
              {v.title}
            </option>
          ))}
        </select>
      </label>
      {!s.audienceVoteId && round && (
        <button type="button" className="button" onClick={() => void createAudience()} data-testid="champ.audience-create">
          {t('championship.audienceCreate')}
        </button>
      )}
      {audienceError && (
        <p className="notice notice--error" role="alert">
          {audienceError}
        </p>
      )}
      {s.audienceVoteId && (
        <label className="field">
          <span className="field__label">{t('championship.audienceWeight')}</span>
          <input
            className="input champ-num"
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={s.audienceWeight}
            onChange={(e) => set({ audienceWeight: Math.min(1, Math.max(0, Number(e.target.value) || 0)) })}
          />
        </label>
      )}
    </section>
  );
}
