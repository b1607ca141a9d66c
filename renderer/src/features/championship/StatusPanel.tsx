import { useTranslation } from 'react-i18next';
import type { ChampionshipSnapshot } from '@shared/doc/championship';
import type { PlanSnapshot } from '@shared/doc/plan';
import type { EventId } from '@shared/ids';
import { describeApiError } from '../../app/api-error';
import { agreementBand, formatW } from './agreement';
import { ChairTools } from './ChairTools';
import { ScoreMatrix } from './ScoreMatrix';
import { useChampStatus } from './use-champ-status';

type Props = { eventId: EventId; token: string; roundId: string; snapshot: PlanSnapshot; champ: ChampionshipSnapshot; revealKey: string };

/**
 * Before the reveal: who has scored and submitted how much, whether the jurors agree (Kendall's W in
 * words), which single marks stand far from the others, the score matrix and the chair's tools. All of
 * it comes from the facilitator-only status endpoint, re-read every few seconds.
 */
export function StatusPanel({ eventId, token, roundId, snapshot, champ, revealKey }: Props) {
  const { t } = useTranslation();
  const { status, error, refresh } = useChampStatus(token, eventId, roundId, revealKey);
  const scorers = status?.scorers ?? [];
  const band = agreementBand(status?.kendallW);
  const team = (id: string) => snapshot.teams.find((tm) => tm.id === id)?.name ?? id;
  const crit = (id: string) => champ.criteria.find((c) => c.id === id)?.title ?? id;
  return (
    <section className="panel champ-section" data-testid="champ.status" data-frozen={status?.frozen ?? ''}>
      <div className="row-between">
        <h3>{t('championship.status')}</h3>
        <button type="button" className="button button--small" onClick={refresh}>
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
      {status && <ScoreMatrix eventId={eventId} token={token} roundId={roundId} status={status} snapshot={snapshot} champ={champ} onChanged={refresh} />}
      {status && <ChairTools eventId={eventId} token={token} roundId={roundId} status={status} snapshot={snapshot} champ={champ} onChanged={refresh} />}
      {error && <p className="notice notice--error">{describeApiError(t, error)}</p>}
    </section>
  );
}
