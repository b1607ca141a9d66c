import type * as Y from 'yjs';
import { openVotes } from '@shared/doc/voting';
import { HOST_ROOM } from '../events/host-doc';
import type { HostedEvent } from '../events/hosted-event';
import { publishProgress } from './voting';

/** At most four progress updates a second per event: a hall of 150 phones tapping must not flood every screen. */
export const PROGRESS_INTERVAL_MS = 250;

const attached = new WeakMap<HostedEvent, () => void>();

/** Leading and trailing: the first change shows at once, a burst ends with one final run. */
export function throttle(fn: () => void, interval: number): { schedule(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  const run = () => {
    timer = null;
    last = Date.now();
    fn();
  };
  return {
    schedule() {
      if (timer !== null) return;
      timer = setTimeout(run, Math.max(0, last + interval - Date.now()));
      timer.unref?.();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

/**
 * Runs `publish`, throttled, whenever the plan, the roster (people join) or any person room changes:
 * the host-side tallies that read people's own rooms (vote progress, the 2×2 averages) all watch this.
 * Returns the detach.
 */
export function watchPlanAndPeople(event: HostedEvent, publish: () => void, interval: number): () => void {
  const watched = new Map<string, Y.Doc>();
  const throttled = throttle(publish, interval);
  const schedule = () => throttled.schedule();
  const watchPeople = () => {
    for (const p of event.people) {
      const rel = `person/${p.id}`;
      if (watched.has(rel)) continue;
      const doc = event.doc(rel);
      doc.on('update', schedule);
      watched.set(rel, doc);
    }
    schedule();
  };
  const plan = event.doc('plan');
  const host = event.doc(HOST_ROOM);
  plan.on('update', schedule);
  host.on('update', watchPeople);
  watchPeople();
  return () => {
    throttled.cancel();
    plan.off('update', schedule);
    host.off('update', watchPeople);
    for (const doc of watched.values()) doc.off('update', schedule);
  };
}

/**
 * Keeps "N of M have voted" in the results room current for every open vote of the event: watches the
 * plan (votes opened by the host or a facilitator's client), the roster (M grows as people join) and
 * every person room (N). Idempotent per event; returns the detach.
 */
export function attachVotingProgress(event: HostedEvent, interval = PROGRESS_INTERVAL_MS): () => void {
  const existing = attached.get(event);
  if (existing) return existing;
  const stop = watchPlanAndPeople(
    event,
    () => {
      for (const vote of openVotes(event.doc('plan'))) publishProgress(event, vote);
    },
    interval,
  );
  const detach = () => {
    stop();
    attached.delete(event);
  };
  attached.set(event, detach);
  return detach;
}
