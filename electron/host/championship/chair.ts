import type { EntryKey } from '@shared/championship/model';
import { entryKey } from '@shared/championship/model';
import { readRound } from '@shared/doc/championship';
import { AppError } from '@shared/errors';
import type { HostedEvent } from '../events/hosted-event';
import { collectLive, roundEntries } from './collect';
import { appendAudit, setAssignedRecusal, setDeciding, writeModeration } from './ledger';
import { syncPersonFlags } from './sheets';
import { readFrozen } from './vault';

/**
 * The chair's acts through the console, all on the host and all before the freeze: assigned recusals
 * and the deciding order (host-only since they left the plan), and moderation — the chair replaces a
 * juror's mark with a reason; the juror's own mark stays on record in the audit log and the protocol.
 */

function openRound(event: HostedEvent, roundId: string) {
  const round = readRound(event.doc('plan'), roundId);
  if (!round) throw new AppError('not_found', `no round ${roundId}`);
  if (readFrozen(event, roundId)) throw new AppError('conflict', 'the round is revealed and frozen; unfreeze it first');
  return round;
}

function entryOf(event: HostedEvent, roundId: string, teamId: string): EntryKey {
  const round = openRound(event, roundId);
  if (!roundEntries(event, round).some((e) => e.teamId === teamId)) throw new AppError('bad_request', `team ${teamId} is not in round ${roundId}`);
  return entryKey(roundId, teamId);
}

export function assignRecusal(event: HostedEvent, personId: string, roundId: string, teamId: string, recused: boolean): void {
  if (!event.people.some((p) => p.id === personId)) throw new AppError('bad_request', `no person ${personId}`);
  setAssignedRecusal(event, personId, entryOf(event, roundId, teamId), recused);
  syncPersonFlags(event, personId);
}

export function setDecidingOrder(event: HostedEvent, roundId: string, teamIds: readonly string[]): void {
  const round = openRound(event, roundId);
  const known = new Set<string>(roundEntries(event, round).map((e) => e.teamId));
  const unknown = teamIds.filter((t) => !known.has(t));
  if (unknown.length > 0) throw new AppError('bad_request', `not in the round: ${unknown.join(', ')}`);
  setDeciding(event, roundId, teamIds);
}

export type ModerateInput = { round: string; scorer: string; team: string; criterion: string; score: number | null; reason: string };

/** The chair's mark for one juror, entry and criterion (null: back to the juror's own). A reason is required. */
export function moderate(event: HostedEvent, m: ModerateInput, now = Date.now()): void {
  const entry = entryOf(event, m.round, m.team);
  const data = collectLive(event, m.round);
  const c = data.criteria.find((x) => x.id === m.criterion);
  if (!c) throw new AppError('bad_request', `no criterion ${m.criterion}`);
  if (!data.scorers.some((s) => s.id === m.scorer)) throw new AppError('bad_request', `no scorer ${m.scorer} in this round`);
  if (m.score !== null && (!Number.isFinite(m.score) || m.score < c.min || m.score > c.max))
    throw new AppError('bad_request', `the score must be within ${c.min}–${c.max}`);
  if (!m.reason.trim()) throw new AppError('bad_request', 'a reason is required');
  const current = data.table.marks[m.scorer]?.[entry]?.[c.id] ?? null;
  const own = data.moderated[m.scorer]?.[entry]?.[c.id]?.old ?? current;
  writeModeration(event, m.scorer, entry, c.id, m.score === null ? null : { score: m.score, reason: m.reason, at: now, old: own });
  appendAudit(event, [
    {
      at: now,
      kind: 'moderate',
      whoId: 'facilitator',
      who: '',
      roundId: m.round,
      teamId: m.team,
      criterionId: c.id,
      scorerId: m.scorer,
      old: current,
      new: m.score,
      note: m.reason,
    },
  ]);
}
