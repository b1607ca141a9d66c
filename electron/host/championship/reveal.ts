import type { PublishedLeaderboard } from '@shared/championship/results-doc';
import { readLeaderboard, writeChampResult } from '@shared/championship/results-doc';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import type { HostedEvent } from '../events/hosted-event';
import { collectLive } from './collect';
import { appendAudit } from './ledger';
import { computeLeaderboard, revealedPart } from './leaderboard';
import { readFrozen, writeFrozen } from './vault';

/**
 * A reveal reads every scorer's room once and freezes the round: the data (marks, recusals, comments,
 * criteria, settings) and the full leaderboard go into the host's vault, and from then on the protocol,
 * the projector, the results and the status all read that copy — a mark written later changes nothing.
 * The results room gets only what is revealed: all of it, or (stepwise) nothing yet and then one more
 * place per "next", from the last place up. Revealing a frozen round again republishes the same
 * leaderboard; to count late changes the chair unfreezes it first (logged with a reason).
 */
export function reveal(event: HostedEvent, roundId: string, mode: 'all' | 'stepwise', now = Date.now()): PublishedLeaderboard {
  const before = readFrozen(event, roundId);
  let full: PublishedLeaderboard;
  if (before?.data) full = before.board;
  else {
    const data = collectLive(event, roundId);
    full = computeLeaderboard(event, data, now);
    const { frozen: _live, ...rest } = data;
    writeFrozen(event, roundId, { board: full, revealed: 0, data: rest });
    appendAudit(event, [
      { at: now, kind: 'freeze', whoId: 'facilitator', who: '', roundId, teamId: null, criterionId: null, scorerId: null, old: null, new: null, note: '' },
    ]);
  }
  const revealed = mode === 'all' ? full.count : 0;
  writeFrozen(event, roundId, { ...readFrozen(event, roundId)!, revealed });
  const part = revealedPart(full, revealed, mode);
  writeChampResult(event.doc('results'), `leaderboard.${roundId}`, part, HOST_ORIGIN);
  return part;
}

export function revealNext(event: HostedEvent, roundId: string): PublishedLeaderboard {
  const frozen = readFrozen(event, roundId);
  if (!frozen) throw new AppError('conflict', `round ${roundId} has not been revealed yet`);
  const revealed = Math.min(frozen.board.count, frozen.revealed + 1);
  writeFrozen(event, roundId, { ...frozen, revealed });
  const part = revealedPart(frozen.board, revealed, 'stepwise');
  writeChampResult(event.doc('results'), `leaderboard.${roundId}`, part, HOST_ORIGIN);
  return part;
}

/** The chair takes a reveal back to count late corrections: the frozen copy and the published leaderboard go, the log keeps why. */
export function unfreeze(event: HostedEvent, roundId: string, reason: string, now = Date.now()): void {
  if (!readFrozen(event, roundId)) throw new AppError('conflict', `round ${roundId} is not frozen`);
  writeFrozen(event, roundId, null);
  writeChampResult(event.doc('results'), `leaderboard.${roundId}`, null, HOST_ORIGIN);
  appendAudit(event, [
    { at: now, kind: 'unfreeze', whoId: 'facilitator', who: '', roundId, teamId: null, criterionId: null, scorerId: null, old: null, new: null, note: reason },
  ]);
}

export const isRevealed = (event: HostedEvent, roundId: string): boolean => readLeaderboard(event.doc('results'), roundId) !== null;
export const isFrozen = (event: HostedEvent, roundId: string): boolean => readFrozen(event, roundId) !== null;
