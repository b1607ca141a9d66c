import './voting.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { VoteInfo } from '@shared/doc/voting';
import { castVote } from '@shared/doc/voting';
import type { BoardId, EventId, TeamId } from '@shared/ids';
import { personRoom, resultsRoom } from '@shared/protocol/rooms';
import type { ItemRef } from '@shared/voting/tally';
import { itemKey } from '@shared/voting/tally';
import { usePlan, useRoom } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import type { ParticipantSlotProps } from '../participant/slots';
import { VoteResultsChart } from './VoteResultsChart';
import { useBoardItems, useMyBallot, usePlanVotes, useVoteResults } from './use-voting';
import { ballotRefusal } from './ballot-rules';
import { itemsByBoard } from './vote-items';

/**
 * The participant's phone: the open vote's items with thumb-sized − / + buttons and the dots left,
 * written to the person's own room (nobody else can read it). After the close: the results.
 */
export function VotingPanel({ eventId, session, personId, teamId, plan }: ParticipantSlotProps) {
  const person = useRoom(session, personRoom(eventId, personId));
  const results = useRoom(session, resultsRoom(eventId));
  const snapshot = usePlan(plan);
  const votes = usePlanVotes(plan);
  const open = votes.filter((v) => v.state === 'open');
  // Newest first: with nothing open, the latest closed vote's results stay up until the next one.
  const latest = votes[0];
  if (open.length === 0) {
    // Nothing to say before the first vote: the panel sits above the board on every phone.
    if (!latest) return null;
    return <ClosedVote vote={latest} results={results} groups={snapshot.groups} />;
  }
  return (
    <div className="ballots" data-testid="vote.ballots">
      {open.map((v) => (
        <Ballot key={v.id} vote={v} eventId={eventId} session={session} person={person} boards={snapshot.boards} teamId={teamId} />
      ))}
    </div>
  );
}

function ClosedVote({ vote, results, groups }: { vote: VoteInfo; results: Room | null; groups: ReturnType<typeof usePlan>['groups'] }) {
  const { t } = useTranslation();
  const final = useVoteResults(results, vote.id);
  if (!final) return <p className="muted">{t('voting.counting', { title: vote.title })}</p>;
  // Foldable: the results stay above the board until the next vote, and the board is what people work on.
  return (
    <details className="ballot-results" open>
      <summary className="ballot-results__summary" data-testid="vote.results-toggle">
        {t('voting.resultsOf', { title: final.title })}
      </summary>
      <VoteResultsChart results={final} groups={groups} size="phone" />
    </details>
  );
}

type BallotProps = { vote: VoteInfo; eventId: EventId; session: Session; person: Room | null; boards: readonly BoardInfo[]; teamId: TeamId | null };

function Ballot({ vote, eventId, session, person, boards, teamId }: BallotProps) {
  const { t } = useTranslation();
  const { ballot, left } = useMyBallot(person, vote);
  const [error, setError] = useState<{ reason: string; text: string } | null>(null);
  const cast = (ref: ItemRef, delta: number) => {
    if (!person) return;
    const refusal = ballotRefusal(vote, ballot, itemKey(ref), delta);
    if (refusal) {
      setError({ reason: refusal, text: t(`voting.${refusal}`, { max: vote.maxPerItem }) });
      return;
    }
    const r = castVote(person.doc, vote, ref, delta, LOCAL_ORIGIN);
    setError(r.ok ? null : { reason: r.error.code, text: t('voting.errGeneric', { message: r.error.message }) });
  };
  const groups = [...itemsByBoard(vote.items)];
  return (
    <section className="ballot" aria-label={vote.title} data-testid="vote.ballot" data-vote-id={vote.id}>
      <header className="ballot__head">
        <h2 className="ballot__title">{vote.title}</h2>
        <div className="ballot__left" data-testid="vote.left" data-left={left}>
          <span className="ballot__left-number">{left}</span>
          <span className="ballot__left-label">{t('voting.left', { total: vote.perPerson })}</span>
        </div>
        {error && (
          <p className="notice notice--error ballot__error" role="alert" data-testid="vote.error" data-reason={error.reason}>
            {error.text}
          </p>
        )}
      </header>
      <p className="muted ballot__rules">{t('voting.rules', { count: vote.perPerson, maxPerItem: vote.maxPerItem })}</p>
      <p className="muted ballot__rules">{t('voting.hidden')}</p>
      {groups.map(([boardId, refs]) => {
        const board = boards.find((b) => b.id === boardId) ?? null;
        // Another team's private board is refused by the host: do not even try to sync it.
        const readable = board !== null && (board.visibility === 'all' || board.teamId === null || board.teamId === teamId);
        return (
          <BallotBoard
            key={boardId}
            board={board}
            readable={readable}
            boardId={boardId}
            refs={refs}
            eventId={eventId}
            session={session}
            ballot={ballot}
            vote={vote}
            left={left}
            onCast={cast}
          />
        );
      })}
    </section>
  );
}

type BoardProps = {
  board: BoardInfo | null;
  readable: boolean;
  boardId: string;
  refs: ItemRef[];
  eventId: EventId;
  session: Session;
  vote: VoteInfo;
  ballot: Readonly<Record<string, number>>;
  left: number;
  onCast(ref: ItemRef, delta: number): void;
};

function BallotBoard({ board, readable, boardId, refs, eventId, session, vote, ballot, left, onCast }: BoardProps) {
  const { t } = useTranslation();
  const { items, texts } = useBoardItems(session, eventId, board ?? { id: boardId as BoardId, kind: 'cards' }, readable);
  const members = new Map(items.map((i) => [i.key, i.members]));
  return (
    <div className="ballot__board">
      {board && <h3 className="ballot__board-title">{board.title}</h3>}
      <ul className="ballot__items">
        {refs.map((ref) => {
          const key = itemKey(ref);
          const text = texts.get(key) ?? t('voting.unknownItem');
          const count = ballot[key] ?? 0;
          const plusBlocked = left <= 0 || count >= vote.maxPerItem;
          return (
            <li
              key={key}
              className={count > 0 ? 'ballot__item ballot__item--chosen' : 'ballot__item'}
              data-testid="vote.item"
              data-key={key}
              data-count={count}
            >
              <span className="ballot__text">
                {text}
                {(vote.groups[key]?.length ?? 0) > 0 && (members.get(key)?.length ?? 0) > 0 && (
                  <span className="ballot__members" data-testid="vote.item-members">
                    {t('groups.members', { count: members.get(key)!.length, list: members.get(key)!.join(' · ') })}
                  </span>
                )}
              </span>
              <span className="ballot__controls">
                <button
                  type="button"
                  className="button ballot__btn"
                  disabled={count === 0}
                  onClick={() => onCast(ref, -1)}
                  aria-label={t('voting.minus', { text })}
                  data-testid="vote.minus"
                >
                  −
                </button>
                <span className="ballot__count" data-testid="vote.count" aria-live="polite">
                  {count}
                </span>
                {/* Not `disabled` at the limit: a tap must still say why nothing happened. */}
                <button
                  type="button"
                  className={plusBlocked ? 'button ballot__btn ballot__btn--blocked' : 'button button--primary ballot__btn'}
                  aria-disabled={plusBlocked}
                  onClick={() => onCast(ref, 1)}
                  aria-label={t('voting.plus', { text })}
                  data-testid="vote.plus"
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
