import { finalists } from '@shared/championship/advance';
import type { RoundId } from '@shared/championship/model';
import { editRound, readRound } from '@shared/doc/championship';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import type { TeamId } from '@shared/ids';
import type { HostedEvent } from '../events/hosted-event';
import { readFrozen } from './vault';

/** Fills the final's teams from the qualifier's frozen places (docs/championship.md, "Stages"). A tie at the cut answers 409 with the tied teams. */
export function advance(event: HostedEvent, b: { from: string; to: string; top: number; include?: string[] }): { teamIds: string[] } {
  const plan = event.doc('plan');
  if (!readRound(plan, b.from) || !readRound(plan, b.to)) throw new AppError('not_found', 'no such round');
  if (b.from === b.to) throw new AppError('bad_request', 'a round cannot feed itself');
  const frozen = readFrozen(event, b.from);
  if (!frozen) throw new AppError('conflict', 'reveal the qualifying round first: its places must be final');
  const rows = frozen.board.rows.filter((r) => r.total !== null).map((r) => ({ teamId: r.teamId as string, rank: r.rank }));
  const out = finalists(rows, b.top, b.include);
  if (!out.ok) throw new AppError('conflict', `${out.message}: ${out.cut.tied.join(', ')}`);
  editRound(plan, b.to as RoundId, { teamIds: out.teams as TeamId[] }, HOST_ORIGIN);
  return { teamIds: out.teams };
}
