import type { PublishedLeaderboard } from '../../../shared/championship/results-doc';
import { readLeaderboard, writeChampResult } from '../../../shared/championship/results-doc';
import { HOST_ORIGIN } from '../../../shared/doc/schema';
import { AppError } from '../../../shared/errors';
import type { HostedEvent } from '../events/hosted-event';
import { collectRound } from './collect';
import { computeLeaderboard, revealedPart } from './leaderboard';
import { readFrozen, writeFrozen } from './vault';

/**
 * A reveal reads every scorer's room once, freezes the full leaderboard in the host's vault and
 * publishes to the results room only what is revealed: all of it, or (stepwise) nothing yet and then
 * one more place per "next", from the last place up. Revealing again recomputes (late scores, a
 * corrected recusal) and starts over.
 */
export function reveal(event: HostedEvent, roundId: string, mode: 'all' | 'stepwise', now = Date.now()): PublishedLeaderboard {
  const data = collectRound(event, roundId);
  const full = computeLeaderboard(event, data, now);
  const revealed = mode === 'all' ? full.count : 0;
  writeFrozen(event, roundId, { board: full, revealed });
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

export const isRevealed = (event: HostedEvent, roundId: string): boolean => readLeaderboard(event.doc('results'), roundId) !== null;
