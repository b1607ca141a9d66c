import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChampionshipSnapshot, RoundId } from '@shared/doc/championship';
import type { PlanSnapshot } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { setProjector } from '@shared/doc/session';
import type { EventId } from '@shared/ids';
import { resultsRoom } from '@shared/protocol/rooms';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { useRoom } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import { Leaderboard } from '../leaderboard/Leaderboard';
import { fullyRevealed } from '../leaderboard/leaderboard-rows';
import { champApi } from './champ-api';
import { encodeView } from './projector-view';
import { AdvanceForm } from './AdvanceForm';
import { FeedbackExport } from './FeedbackExport';
import { ProtocolExport } from './ProtocolExport';
import { StatusPanel } from './StatusPanel';
import { useLeaderboard } from './use-championship';

type Props = { eventId: EventId; session: Session; plan: Room; snapshot: PlanSnapshot; champ: ChampionshipSnapshot };

/** Status before the reveal, the reveal itself (all at once or from the last place up), the projector and the protocol. */
export function ResultsSection({ eventId, session, plan, snapshot, champ }: Props) {
  const { t } = useTranslation();
  const results = useRoom(session, resultsRoom(eventId));
  const [picked, setPicked] = useState<RoundId | null>(null);
  const roundId = picked ?? champ.rounds[champ.rounds.length - 1]?.id ?? null;
  const board = useLeaderboard(results, roundId);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const call = async (p: Promise<{ ok: boolean; error?: ApiError }>) => {
    setBusy(true);
    const r = await p;
    setError(r.ok ? null : (r.error ?? null));
    setBusy(false);
  };
  const project = (voteId: string | null) => setProjector(plan.doc, { mode: 'results', voteId }, LOCAL_ORIGIN);
  if (!roundId) return <p className="muted">{t('championship.noRounds')}</p>;
  const done = fullyRevealed(board);
  return (
    <div className="champ-results">
      <div className="champ-results__col">
        <label className="field">
          <span className="field__label">{t('championship.round')}</span>
          <select className="input" value={roundId} onChange={(e) => setPicked(e.target.value as RoundId)} data-testid="champ.results-round">
            {champ.rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
        <StatusPanel
          eventId={eventId}
          token={session.token}
          roundId={roundId}
          snapshot={snapshot}
          champ={champ}
          revealKey={`${board?.revealed ?? 0}|${board?.revealedAt ?? ''}`}
        />
        <ProtocolExport eventId={eventId} token={session.token} />
        <FeedbackExport eventId={eventId} token={session.token} teams={snapshot.teams} />
      </div>
      <section
        className="panel champ-section champ-results__col"
        data-testid="champ.reveal-panel"
        data-revealed={board?.revealed ?? 0}
        data-count={board?.count ?? ''}
      >
        <h3>{t('championship.reveal')}</h3>
        {!board && (
          <div className="row-gap">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void call(champApi.reveal(session.token, eventId, roundId, 'stepwise'))}
              data-testid="champ.reveal"
            >
              {t('championship.revealStepwise')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void call(champApi.reveal(session.token, eventId, roundId, 'all'))}
              data-testid="champ.reveal-all"
            >
              {t('championship.revealAll')}
            </button>
          </div>
        )}
        {board && !done && (
          <button
            type="button"
            className="button button--primary button--large"
            disabled={busy}
            onClick={() => void call(champApi.revealNext(session.token, eventId, roundId))}
            data-testid="champ.reveal-next"
          >
            {t('championship.revealNext', { place: board.count - board.rows.length })}
          </button>
        )}
        {board && done && (
          <p className="notice" data-testid="champ.reveal-done">
            {t('championship.revealDone')}
          </p>
        )}
        <div className="row-gap">
          <button
            type="button"
            className="button"
            onClick={() => project(encodeView({ kind: 'leaderboard', roundId }))}
            data-testid="champ.project-leaderboard"
          >
            {t('championship.projectLeaderboard')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!champ.settings.audienceVoteId}
            onClick={() => project(encodeView({ kind: 'vote', voteId: champ.settings.audienceVoteId }))}
            data-testid="champ.project-audience"
          >
            {t('championship.projectAudience')}
          </button>
        </div>
        {board && <Leaderboard board={board} teams={snapshot.teams} size="console" showCriteria />}
        {board && <AdvanceForm eventId={eventId} token={session.token} roundId={roundId} board={board} champ={champ} />}
        {error && (
          <p className="notice notice--error" role="alert">
            {describeApiError(t, error)}
          </p>
        )}
      </section>
    </div>
  );
}
