import type { VoteRules } from '@shared/voting/tally';
import { ballotTotal } from '@shared/voting/tally';

/** Which i18n message (under `voting.`) explains why a dot cannot be added or taken back; null when castVote will accept it. */
export type Refusal = 'errClosed' | 'errBudget' | 'errMaxPerItem' | 'errNone';

/**
 * The same limits castVote enforces (it refuses without writing), decided here first so the phone
 * can say which limit was hit in the reader's language instead of the accessor's English message.
 */
export function ballotRefusal(vote: VoteRules & { state: string }, ballot: Readonly<Record<string, number>>, key: string, delta: number): Refusal | null {
  if (vote.state !== 'open') return 'errClosed';
  const current = ballot[key] ?? 0;
  const next = current + delta;
  if (next < 0) return 'errNone';
  if (delta > 0 && next > vote.maxPerItem) return 'errMaxPerItem';
  if (delta > 0 && ballotTotal(ballot) - current + next > vote.perPerson) return 'errBudget';
  return null;
}
