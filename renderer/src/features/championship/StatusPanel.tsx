import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChampStatus } from '../../../../shared/championship/api';
import type { ChampionshipSnapshot } from '../../../../shared/doc/championship';
import type { PlanSnapshot } from '../../../../shared/doc/plan';
import type { EventId } from '../../../../shared/ids';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import type { Room } from '../../collab/rooms';
import { agreementBand, formatW } from './agreement';
import { champApi } from './champ-api';
import { useProgress } from './use-championship';

type Props = { eventId: EventId; token: string; roundId: string; results: Room | null; snapshot: PlanSnapshot; champ: ChampionshipSnapshot; revealKey: string };

/**
 * Before the reveal: who has scored how much, whether the jurors agree (Kendall's W in words), and
 * which single marks stand far from the others. Re-fetched whenever the host republishes progress.
 */
export function StatusPanel({ eventId, token, roundId, results, snapshot, champ, revealKey }: Props) {
  const { t } = useTranslation();
  const progress = useProgress(results, roundId);
  const [status, setStatus] = useState<ChampStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [refresh, setRefresh] = useState(0);
  const progressKey = JSON.stringify(progress?.scorers ?? null);
  useEffect(() => {
    let live = true;
    void champApi.status(token, eventId, roundId).then((r) => {
      if (!live) return;
      setError(r.ok ? null : r.error);
      if (r.ok) setStatus(r.value);
    });
    return () => {
      live = false;
    };
  }, [token, eventId, roundId, progressKey, refresh, revealKey]);
  const scorers = status?.scorers ?? progress?.scorers ?? [];
  const band = agreementBand(status?.kendallW);
  const team = (id: string) => snapshot.teams.find((tm) => tm.id === id)?.name ?? id;
  const crit = (id: string) => champ.criteria.find((c) => c.id === id)?.title ?? id;
  return (
    <section className="panel champ-section" data-testid="champ.status">
      <div className="row-between">
        <h3>{t('championship.status')}</h3>
        <button type="button" className="button button--small" onClick={() => setRefresh((n) => n + 1)}>
          {t('championship.refresh')}
        </button>
      </div>
      {scorers.length === 0 && <p className="muted">{t('championship.noScorers')}</p>}
      <ul className="champ-progress">
        {scorers.map((s) => (
          <li key={s.id} data-testid="champ.juror-progress" data-scored={s.scored} data-total={s.total}>
            <span>{s.name}</span>
            <meter min={0} max={Math.max(1, s.total)} value={s.scored} />
            <strong>{t('jury.progress', { scored: s.scored, total: s.total })}</strong>
          </li>
        ))}
      </ul>
      <p className={`champ-w champ-w--${band}`} data-testid="champ.kendall" data-w={status?.kendallW ?? ''} data-band={band}>
        <strong>{t('championship.kendall', { w: formatW(status?.kendallW) })}</strong> {t(`championship.agreement.${band}`)}
      </p>
      {status && status.outliers.length > 0 && (
        <div data-testid="champ.outliers">
          <h4>{t('championship.outliers')}</h4>
          <ul>
            {status.outliers.map((o, i) => (
              <li key={i} data-testid="champ.outlier">
                {t('championship.outlier', { juror: o.scorerName, team: team(o.teamId), criterion: crit(o.criterionId), score: o.score, median: o.median })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && <p className="notice notice--error">{describeApiError(t, error)}</p>}
    </section>
  );
}
