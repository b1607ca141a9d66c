import type { RoundId } from '@shared/championship/model';

/**
 * What the projector shows in 'results' mode for a championship. session.projector has no field
 * for it, and the plan's schema is not this feature's to extend, so the choice travels in
 * `projector.voteId` with a prefix no vote id can have (vote ids match ID_PATTERN, which has no ':').
 * A plain vote id still means "that vote" — the audience vote is shown exactly like any other.
 */
export type ChampView = { kind: 'pitch' } | { kind: 'leaderboard'; roundId: RoundId } | { kind: 'vote'; voteId: string | null };

const PREFIX = 'champ:';

export function encodeView(v: ChampView): string | null {
  switch (v.kind) {
    case 'pitch':
      return `${PREFIX}pitch`;
    case 'leaderboard':
      return `${PREFIX}lb:${v.roundId}`;
    case 'vote':
      return v.voteId;
  }
}

export function parseView(voteId: string | null): ChampView {
  if (voteId === `${PREFIX}pitch`) return { kind: 'pitch' };
  if (voteId?.startsWith(`${PREFIX}lb:`)) return { kind: 'leaderboard', roundId: voteId.slice(PREFIX.length + 3) as RoundId };
  return { kind: 'vote', voteId: voteId?.startsWith(PREFIX) ? null : voteId };
}
