import './voting.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { ProjectorState } from '@shared/doc/session';
import { readSession, setProjector } from '@shared/doc/session';
import type { VoteInfo } from '@shared/doc/voting';
import type { EventId } from '@shared/ids';
import { resultsRoom } from '@shared/protocol/rooms';
import { describeApiError } from '../../app/api-error';
import type { ApiError } from '../../collab/api';
import { usePlan, useRoom } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import { facilitatorSession } from '../../collab/session';
import type { ConsoleSlotProps } from '../console/slots';
import { OpenVoteForm } from './OpenVoteForm';
import { VoteResultsChart } from './VoteResultsChart';
import { MissingNames } from '../missing/MissingNames';
import { useDocRead, usePlanVotes, useReadyDoc, useVoteProgress, useVoteResults } from './use-voting';
import { closeVoteOnHost } from './voting-api';

const NO_PROJECTOR: ProjectorState = { boardId: null, mode: 'qr', voteId: null, page: null };

/** The facilitator's voting: open a vote over any boards' items, watch "N of M", close, put the results on the projector. */
export function VotingConsolePanel({ eventId, plan }: ConsoleSlotProps) {
  // The console slot hands over the plan room only; the token (for the host's endpoints) is the console's own.
  const session = useMemo(() => facilitatorSession(eventId), [eventId]);
  return session ? <Panel eventId={eventId} session={session} plan={plan} /> : null;
}

function Panel({ eventId, session, plan }: { eventId: EventId; session: Session; plan: Room }) {
  const { t } = useTranslation();
  const results = useRoom(session, resultsRoom(eventId));
  const snapshot = usePlan(plan);
  const votes = usePlanVotes(plan);
  const projector = useDocRead(useReadyDoc(plan), 'projector', (d) => readSession(d).projector, NO_PROJECTOR);
  const [creating, setCreating] = useState(false);

  return (
    <section className="vote-panel" aria-labelledby="vote-panel-title" data-testid="vote.panel">
      <div className="row-between">
        <h2 id="vote-panel-title">{t('voting.title')}</h2>
        {!creating && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} data-testid="vote.new">
            {t('voting.newVote')}
          </button>
        )}
      </div>
      {creating && <OpenVoteForm eventId={eventId} session={session} boards={snapshot.boards} onDone={() => setCreating(false)} />}
      {votes.length === 0 && !creating && <p className="muted">{t('voting.empty')}</p>}
      <ul className="vote-panel__list">
        {votes.map((v) => (
          <VoteRow
            key={v.id}
            vote={v}
            eventId={eventId}
            session={session}
            plan={plan}
            results={results}
            groups={snapshot.groups}
            projected={projector.mode === 'results' && projector.voteId === v.id}
          />
        ))}
      </ul>
    </section>
  );
}

type RowProps = {
  vote: VoteInfo;
  eventId: EventId;
  session: Session;
  plan: Room;
  results: Room | null;
  groups: ReturnType<typeof usePlan>['groups'];
  projected: boolean;
};

function VoteRow({ vote, eventId, session, plan, results, groups, projected }: RowProps) {
  const { t } = useTranslation();
  const progress = useVoteProgress(results, vote.id);
  const final = useVoteResults(results, vote.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const close = async () => {
    setBusy(true);
    setError(null);
    const r = await closeVoteOnHost(session.token, eventId, vote.id);
    setBusy(false);
    if (!r.ok) setError(r.error);
  };
  const project = () => setProjector(plan.doc, { mode: 'results', voteId: vote.id }, LOCAL_ORIGIN);
  const open = vote.state === 'open' && !final;

  return (
    <li className="vote-row" data-testid="vote.row" data-vote-id={vote.id} data-state={open ? 'open' : 'closed'}>
      <div className="vote-row__head">
        <span className="vote-row__title">{vote.title}</span>
        <span className={open ? 'badge badge--open' : 'badge badge--closed'}>{open ? t('voting.stateOpen') : t('voting.stateClosed')}</span>
        {projected && <span className="badge badge--projected">{t('voting.projected')}</span>}
      </div>
      <p className="muted">{t('voting.rulesShort', { perPerson: vote.perPerson, maxPerItem: vote.maxPerItem, items: vote.items.length })}</p>
      {open && (
        <p className="vote-row__progress" data-testid="vote.progress" data-voted={progress?.voted ?? 0} data-eligible={progress?.eligible ?? 0}>
          {progress ? t('voting.progress', { voted: progress.voted, eligible: progress.eligible }) : t('voting.waiting')}
        </p>
      )}
      {open && (
        <MissingNames token={session.token} eventId={eventId} target={{ kind: 'vote', voteId: vote.id }} refresh={`${progress?.voted}/${progress?.eligible}`} />
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {describeApiError(t, error)}
        </p>
      )}
      <div className="vote-row__actions">
        {open && (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void close()} data-testid="vote.close">
            {busy ? t('voting.closing') : t('voting.close')}
          </button>
        )}
        <button type="button" className="button" disabled={projected} onClick={project} data-testid="vote.project">
          {t('voting.project')}
        </button>
      </div>
      {final && <VoteResultsChart results={final} groups={groups} size="console" />}
    </li>
  );
}
