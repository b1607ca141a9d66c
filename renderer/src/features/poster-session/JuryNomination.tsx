import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '@shared/doc/championship';
import { resultsRoom } from '@shared/protocol/rooms';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { useRoom } from '../../collab/hooks';
import { champApi } from '../championship/champ-api';
import { StatusPanel } from '../championship/StatusPanel';
import { useLeaderboard } from '../championship/use-championship';
import { Leaderboard } from '../leaderboard/Leaderboard';
import { fullyRevealed } from '../leaderboard/leaderboard-rows';
import type { TabProps } from './tab-props';

/** The jury's prize: jurors score the posters' round on /jury; the facilitator sees progress and reveals it. */
export function JuryNomination({ eventId, session, snapshot, champ, round }: TabProps & { round: Round }) {
  const { t } = useTranslation();
  const results = useRoom(session, resultsRoom(eventId));
  const board = useLeaderboard(results, round.id);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const call = async (p: Promise<{ ok: boolean; error?: ApiError }>) => {
    setBusy(true);
    const r = await p;
    setError(r.ok ? null : (r.error ?? null));
    setBusy(false);
  };
  const done = fullyRevealed(board);
  const jurors = snapshot.people.filter((p) => p.role === 'juror').length;
  return (
    <section className="panel ps-section" data-testid="posterSession.jury" data-revealed={board?.rows.length ?? 0} data-complete={done}>
      <h3>{t('posterConsole.nominations.jury')}</h3>
      <p className="muted">{t('posterConsole.nominations.juryHint', { jurors, criteria: champ.criteria.length })}</p>
      <StatusPanel eventId={eventId} token={session.token} roundId={round.id} snapshot={snapshot} champ={champ} revealKey={`${board?.rows.length ?? 0}`} />
      {!board && (
        <div className="row-gap">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void call(champApi.reveal(session.token, eventId, round.id, 'all'))}
            data-testid="posterSession.jury-reveal"
          >
            {t('posterConsole.nominations.revealJury')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void call(champApi.reveal(session.token, eventId, round.id, 'stepwise'))}
            data-testid="posterSession.jury-reveal-stepwise"
          >
            {t('posterConsole.nominations.revealStepwise')}
          </button>
        </div>
      )}
      {board && !done && (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void call(champApi.revealNext(session.token, eventId, round.id))}
          data-testid="posterSession.jury-reveal-next"
        >
          {t('posterConsole.nominations.revealNext', { place: board.count - board.rows.length })}
        </button>
      )}
      {done && (
        <p className="notice" data-testid="posterSession.jury-done">
          {t('posterConsole.nominations.juryDone')}
        </p>
      )}
      {board && <Leaderboard board={board} teams={snapshot.teams} size="console" />}
      {error && (
        <p className="notice notice--error" role="alert">
          {describeApiError(t, error)}
        </p>
      )}
    </section>
  );
}
