import type { Identity } from '@shared/access';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import type { HostedEvent } from '../events/hosted-event';
import { audit, listPoints, pointDoc, takePoint } from './history';
import { restoreRecords } from './restore';
import { readWrites, writesCompleteSince } from './writes';

export type UndoSkip = { record: string; by: string[] };
export type UndoOutcome = {
  /** Records put back to the base point's state (or removed / tombstoned). */
  restored: string[];
  /** Records the person touched that someone else changed later: left as they are. */
  skipped: UndoSkip[];
  /** The point the records were taken from: the newest at or before `since`. */
  basePoint: string;
  /** The point taken just before the undo: restoring it undoes the undo. */
  undoPoint: string;
  /** Attribution older than `since` was pruned (budget): writes before that time were not undone. */
  incomplete: boolean;
};

/**
 * "Undo everything `person` did on this board since `since`", as one host change every client
 * receives: each record the person touched since then goes back to its state in the newest restore
 * point at or before `since` (removed if it did not exist), except records someone else changed after
 * the person's last touch, which are reported as skipped. A point is taken first and the audit log
 * gets an entry.
 */
export function undoPerson(event: HostedEvent, board: string, person: string, since: number, who: Identity, now = Date.now()): UndoOutcome {
  const base = listPoints(event, board)
    .filter((p) => p.at <= since)
    .at(-1);
  if (!base) throw new AppError('conflict', 'no restore point at or before that time: nothing to go back to');
  const mine = new Map<string, number>();
  const others = new Map<string, Map<string, number>>();
  let name = '';
  for (const e of readWrites(event, board)) {
    for (const [record, at] of e.records) {
      if (e.personId === person) {
        if (at >= since) mine.set(record, Math.max(at, mine.get(record) ?? 0));
        name ||= e.name;
      } else {
        let by = others.get(record);
        if (!by) others.set(record, (by = new Map()));
        by.set(e.name || e.personId, Math.max(at, by.get(e.name || e.personId) ?? 0));
      }
    }
  }
  const todo: string[] = [];
  const skipped: UndoSkip[] = [];
  for (const [record, last] of mine) {
    const later = [...(others.get(record) ?? [])].filter(([, at]) => at > last).map(([n]) => n);
    if (later.length > 0) skipped.push({ record, by: later.sort() });
    else todo.push(record);
  }
  const snapshot = pointDoc(event, base.id)!;
  const before = takePoint(event, board, 'before-undo', who.name, now);
  const restored = restoreRecords(event.doc(board), snapshot, todo.sort(), HOST_ORIGIN);
  snapshot.destroy();
  const incomplete = writesCompleteSince(event) > since;
  const list = (xs: string[]) => xs.slice(0, 50).join(' ') + (xs.length > 50 ? ` … (${xs.length})` : '');
  audit(
    event,
    {
      action: 'undo-person',
      board,
      by: who.name,
      detail:
        `undid ${name || person} since ${new Date(since).toISOString()}: ${restored.length} records restored` +
        (restored.length ? ` (${list(restored)})` : '') +
        (skipped.length ? `; ${skipped.length} skipped, changed later by others (${list(skipped.map((s) => s.record))})` : '') +
        (incomplete ? '; attribution before ' + new Date(writesCompleteSince(event)).toISOString() + ' was pruned' : '') +
        `; undo: restore point ${before.id}`,
    },
    now,
  );
  return { restored, skipped, basePoint: base.id, undoPoint: before.id, incomplete };
}
