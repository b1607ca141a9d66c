import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '@shared/doc/championship';
import { resultsRoom } from '@shared/protocol/rooms';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { useRoom } from '../../collab/hooks';
import { usePlanVotes, useVoteProgress, useVoteResults } from '../voting/use-voting';
import { VoteResultsChart } from '../voting/VoteResultsChart';
import { closeVoteOnHost } from '../voting/voting-api';
import { posterApi } from './poster-api';
import type { TabProps } from './tab-props';

/** The audience's prize: a dot vote over the posters (one card per initiative), opened and closed here. */
export function AudienceNomination({ eventId, session, plan, snapshot, champ, round }: TabProps & { round: Round }) {
  const { t } = useTranslation();
  const voteId = champ.settings.audienceVoteId;
  const vote = usePlanVotes(plan).find((v) => v.id === voteId) ?? null;
  const [perPerson, setPerPerson] = useState(1);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const call = async (p: Promise<{ ok: boolean; error?: ApiError }>) => {
    setBusy(true);
    const r = await p;
    setError(r.ok ? null : (r.error ?? null));
    setBusy(false);
  };
  const state = vote?.state ?? 'none';
  return (
    <section className="panel ps-section" data-testid="posterSession.audience" data-state={state}>
      <h3>{t('posterConsole.nominations.audience')}</h3>
      <p className="muted">{t('posterConsole.nominations.audienceHint')}</p>
      {!vote && (
        <div className="row-gap">
          <label className="field">
            <span className="field__label">{t('posterConsole.nominations.dots')}</span>
            <input
              className="input ps-num"
              type="number"
              min={1}
              max={Math.max(1, round.teamIds.length)}
              value={perPerson}
              onChange={(e) => setPerPerson(Math.max(1, Math.min(20, Math.round(Number(e.target.value)) || 1)))}
              data-testid="posterSession.audience-dots"
            />
          </label>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || round.teamIds.length < 2}
            onClick={() => void call(posterApi.audience(session.token, eventId, round.id, perPerson))}
            data-testid="posterSession.audience-open"
          >
            {t('posterConsole.nominations.openAudience')}
          </button>
        </div>
      )}
      {vote && voteId && <AudienceState eventId={eventId} session={session} voteId={voteId} open={vote.state === 'open'} groups={snapshot.groups} />}
      {vote?.state === 'open' && voteId && (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void call(closeVoteOnHost(session.token, eventId, voteId))}
          data-testid="posterSession.audience-close"
        >
          {t('posterConsole.nominations.closeAudience')}
        </button>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {describeApiError(t, error)}
        </p>
      )}
    </section>
  );
}

function AudienceState({
  eventId,
  session,
  voteId,
  open,
  groups,
}: Pick<TabProps, 'eventId' | 'session'> & { voteId: string; open: boolean; groups: TabProps['snapshot']['groups'] }) {
  const { t } = useTranslation();
  const results = useRoom(session, resultsRoom(eventId));
  const progress = useVoteProgress(results, voteId);
  const final = useVoteResults(results, voteId);
  if (open || !final) {
    return (
      <p data-testid="posterSession.audience-progress">
        {t('posterConsole.nominations.audienceOpen')}{' '}
        {progress ? t('posterConsole.nominations.voted', { voted: progress.voted, eligible: progress.eligible }) : ''}
      </p>
    );
  }
  return <VoteResultsChart results={final} groups={groups} size="console" />;
}
