import { readProgress, writeChampResult } from '@shared/championship/results-doc';
import { markRoundLocked, readRounds, readSettings } from '@shared/doc/championship';
import { readBoard, setBoardField } from '@shared/doc/plan';
import { HOST_ORIGIN } from '@shared/doc/schema';
import type { BoardId } from '@shared/ids';
import { HOST_ROOM } from '../events/host-doc';
import type { HostedEvent } from '../events/hosted-event';
import { releaseCases, unreleasedCount } from './cases';
import { migrateLegacyPrivate } from './ledger';
import { guardScales } from './scale-guard';
import { syncPersonFlags, watchSheets } from './sheets';

/**
 * The host's championship clock: releases the cases at `releaseAt` and locks each round's solution
 * boards at its deadline, in host time — a participant's laptop clock decides nothing. On attach (an
 * event opening, also after a restart) whatever is already past due happens at once. It also watches
 * every person's room (audit log, submitted sheets) and the criteria's scales (scale-guard.ts).
 * Per-juror progress is no longer published in the results room, which every participant syncs: the
 * console reads it from the facilitator-only status endpoint.
 */

const MAX_DELAY = 2 ** 31 - 1;
const attached = new WeakMap<HostedEvent, () => void>();

/** Locks the round's boards; marks the round so it is done once (a facilitator may unlock a board by hand afterwards). */
export function lockRound(event: HostedEvent, roundId: string, now: number): void {
  const plan = event.doc('plan');
  const round = readRounds(plan).find((r) => r.id === roundId);
  if (!round) return;
  plan.transact(() => {
    for (const boardId of Object.keys(round.boards)) {
      if (readBoard(plan, boardId) && !readBoard(plan, boardId)!.locked) setBoardField(plan, boardId as BoardId, 'locked', true, HOST_ORIGIN);
    }
    markRoundLocked(plan, round.id, now, HOST_ORIGIN);
  }, HOST_ORIGIN);
}

/** Does what is due at `now`; returns when the next thing falls due (null: nothing scheduled). */
export function runDue(event: HostedEvent, now: number): number | null {
  const plan = event.doc('plan');
  let next: number | null = null;
  const later = (t: number) => (next = next === null ? t : Math.min(next, t));
  const releaseAt = readSettings(plan).releaseAt;
  if (releaseAt !== null && unreleasedCount(event) > 0) {
    if (releaseAt <= now) releaseCases(event, null, now);
    else later(releaseAt);
  }
  for (const r of readRounds(plan)) {
    if (r.deadline === null || r.lockedAt !== null) continue;
    if (r.deadline <= now) lockRound(event, r.id, now);
    else later(r.deadline);
  }
  return next;
}

/** Older files published per-juror progress in the results room; it is facilitator-only now. */
function dropPublicProgress(event: HostedEvent): void {
  const results = event.doc('results');
  for (const r of readRounds(event.doc('plan'))) if (readProgress(results, r.id)) writeChampResult(results, `progress.${r.id}`, null, HOST_ORIGIN);
}

export function attachChampionship(event: HostedEvent, clock: () => number = Date.now): () => void {
  const existing = attached.get(event);
  if (existing) return existing;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const tick = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const next = runDue(event, clock());
    if (next === null) return;
    timer = setTimeout(tick, Math.min(MAX_DELAY, Math.max(0, next - clock())));
    timer.unref?.();
  };
  const watched = new Map<string, () => void>();
  const watchPeople = () => {
    for (const p of event.people) {
      if (watched.has(p.id)) continue;
      watched.set(p.id, watchSheets(event, p.id, event.doc(`person/${p.id}`), clock));
      syncPersonFlags(event, p.id);
    }
  };
  const plan = event.doc('plan');
  const host = event.doc(HOST_ROOM);
  const onPlan = () => tick();
  migrateLegacyPrivate(event);
  dropPublicProgress(event);
  const unguard = guardScales(event, clock);
  plan.on('update', onPlan);
  host.on('update', watchPeople);
  tick();
  watchPeople();
  const detach = () => {
    if (timer !== null) clearTimeout(timer);
    unguard();
    plan.off('update', onPlan);
    host.off('update', watchPeople);
    for (const off of watched.values()) off();
    attached.delete(event);
  };
  attached.set(event, detach);
  return detach;
}
