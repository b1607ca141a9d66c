import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChampStatus } from '@shared/championship/api';
import { formatMark } from '@shared/championship/number-format';
import type { ChampionshipSnapshot } from '@shared/doc/championship';
import { roundTeamIds } from '@shared/doc/championship';
import type { PlanSnapshot } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { champApi } from './champ-api';

export type ChairProps = {
  eventId: EventId;
  token: string;
  roundId: string;
  status: ChampStatus;
  snapshot: PlanSnapshot;
  champ: ChampionshipSnapshot;
  onChanged(): void;
};
type Cell = { scorer: string; team: string; criterion: string };

/**
 * The confidential score matrix: teams down, jurors × criteria across, outliers flagged, the chair's
 * adjustments marked. A cell's "adjust" asks for a new mark and a reason; the host logs both.
 */
export function ScoreMatrix({ eventId, token, roundId, status, snapshot, champ, onChanged }: ChairProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  const [edit, setEdit] = useState<Cell | null>(null);
  const round = champ.rounds.find((r) => r.id === roundId);
  if (!round) return null;
  const teams = roundTeamIds(round, snapshot.teams);
  const flagged = new Set(status.outliers.map((o) => `${o.scorerId}|${o.teamId}|${o.criterionId}`));
  const name = (id: string) => status.scorers.find((s) => s.id === id)?.name ?? id;
  const scorers = status.scorers.map((s) => s.id);
  if (scorers.length === 0) return <p className="muted">{t('championship.matrixEmpty')}</p>;
  return (
    <div className="champ-matrix" data-testid="champ.matrix">
      <h4>{t('championship.matrix')}</h4>
      <div className="champ-matrix__scroll">
        <table className="champ-matrix__table">
          <thead>
            <tr>
              <th />
              {scorers.map((s) => (
                <th key={s} colSpan={champ.criteria.length}>
                  {name(s)}
                </th>
              ))}
            </tr>
            <tr>
              <th />
              {scorers.flatMap((s) =>
                champ.criteria.map((c) => (
                  <th key={`${s}|${c.id}`} title={c.title}>
                    {c.title.slice(0, 3)}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {teams.map((tm) => (
              <tr key={tm}>
                <th>{snapshot.teams.find((x) => x.id === tm)?.name ?? tm}</th>
                {scorers.flatMap((s) =>
                  champ.criteria.map((c) => {
                    const v = status.matrix[s]?.[tm]?.[c.id];
                    const mod = status.moderated[s]?.[tm]?.[c.id];
                    const out = flagged.has(`${s}|${tm}|${c.id}`);
                    return (
                      <td
                        key={`${s}|${c.id}`}
                        className={`champ-matrix__cell${out ? ' champ-matrix__cell--outlier' : ''}${mod ? ' champ-matrix__cell--moderated' : ''}`}
                        data-testid="champ.matrix-cell"
                        data-scorer={s}
                        data-team={tm}
                        data-criterion={c.id}
                        data-outlier={out}
                        data-moderated={!!mod}
                      >
                        <button
                          type="button"
                          className="link-button"
                          disabled={status.frozen}
                          title={
                            mod
                              ? t('championship.moderated', { old: formatMark(mod.old, lang), reason: mod.reason })
                              : out
                                ? t('championship.outlierMark')
                                : t('championship.moderate')
                          }
                          onClick={() => setEdit({ scorer: s, team: tm, criterion: c.id })}
                        >
                          {formatMark(v, lang)}
                          {out ? ' ⚑' : ''}
                          {mod ? ' ✎' : ''}
                        </button>
                      </td>
                    );
                  }),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {edit && (
        <ModerateForm
          {...{ eventId, token, roundId }}
          cell={edit}
          max={champ.criteria.find((c) => c.id === edit.criterion)?.max ?? 10}
          min={champ.criteria.find((c) => c.id === edit.criterion)?.min ?? 0}
          onDone={() => (setEdit(null), onChanged())}
        />
      )}
    </div>
  );
}

function ModerateForm({
  eventId,
  token,
  roundId,
  cell,
  min,
  max,
  onDone,
}: {
  eventId: EventId;
  token: string;
  roundId: string;
  cell: Cell;
  min: number;
  max: number;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [score, setScore] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const save = async () => {
    const r = await champApi.moderate(token, eventId, {
      round: roundId,
      scorer: cell.scorer,
      team: cell.team,
      criterion: cell.criterion,
      score: Number(score.replace(',', '.')),
      reason,
    });
    if (r.ok) onDone();
    else setError(r.error);
  };
  return (
    <form className="champ-moderate" data-testid="champ.moderate" onSubmit={(e) => (e.preventDefault(), void save())}>
      <label className="field">
        <span className="field__label">
          {t('championship.moderateScore')} ({min}–{max})
        </span>
        <input className="input" inputMode="decimal" value={score} onChange={(e) => setScore(e.target.value)} data-testid="champ.moderate-score" />
      </label>
      <label className="field">
        <span className="field__label">{t('championship.moderateReason')}</span>
        <input className="input" value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} data-testid="champ.moderate-reason" />
      </label>
      <button type="submit" className="button button--primary" disabled={!reason.trim() || !score.trim()} data-testid="champ.moderate-save">
        {t('championship.moderateSave')}
      </button>
      {error && <p className="notice notice--error">{describeApiError(t, error)}</p>}
    </form>
  );
}
