import * as Y from 'yjs';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { newId } from '@shared/ids';
import type { HostedEvent } from '../events/hosted-event';

/**
 * Who wrote which records of a board, and when: the attribution "undo everything person X did since
 * T" works from. Kept in the event file's `_history` doc (map `writes`), so it survives restarts and
 * compaction like the points do.
 *
 * A record is a direct entry of a board's top-level map ("cards:<id>", "nodes:<id>", "gridRows:<id>",
 * …) or a whole top-level text ("passport.text.goal"). One entry per person and board holds the
 * records they touched, each with the time of their last touch (written at most once a second per
 * record, so typing costs at most one small write a second). An entry closes after ENTRY_MS, after
 * MAX_PER_ENTRY records, or when a restore point of its board is taken, so no entry straddles a point
 * and "since <a point of the timeline>" is exact.
 *
 * Budget: at most MAX_WRITE_RECORDS record mentions per event; past it, the oldest entries go and
 * `prunedBefore` says from when on attribution is complete (an undo reaching further back says so).
 */
export const MAX_WRITE_RECORDS = 50_000;
export const MAX_PER_ENTRY = 500;
export const ENTRY_MS = 5 * 60_000;
const TOUCH_EVERY_MS = 1_000;

export type Writer = { personId: string; name: string };
export type WriteEntry = { id: string; board: string; personId: string; name: string; from: number; records: Map<string, number> };

const HISTORY_ROOM = '_history';
const writesOf = (h: Y.Doc) => h.getMap<Y.Map<unknown>>('writes');
const writesMetaOf = (h: Y.Doc) => h.getMap<unknown>('writesMeta');

/** The main facilitator signs in without a person record: their writes are attributed to this id. */
export const FACILITATOR_WRITER = 'facilitator';

type Open = { id: string; from: number; size: number };
type State = { open: Map<string, Open>; pointAt: Map<string, number>; total: number | null };
const states = new WeakMap<HostedEvent, State>();
const stateOf = (event: HostedEvent): State => {
  let s = states.get(event);
  if (!s) states.set(event, (s = { open: new Map(), pointAt: new Map(), total: null }));
  return s;
};

/** Called by takePoint: the board's open entries close, so none straddles the point. */
export function notePoint(event: HostedEvent, board: string, at: number): void {
  const s = stateOf(event);
  s.pointAt.set(board, Math.max(at, s.pointAt.get(board) ?? 0));
}

function readEntry(id: string, m: Y.Map<unknown>): WriteEntry | null {
  const records = m.get('records');
  if (!(records instanceof Y.Map)) return null;
  const out = new Map<string, number>();
  records.forEach((t, r) => typeof t === 'number' && out.set(r, t));
  return {
    id,
    board: String(m.get('board')),
    personId: String(m.get('personId')),
    name: String(m.get('name') ?? ''),
    from: Number(m.get('from')),
    records: out,
  };
}

export function readWrites(event: HostedEvent, board: string): WriteEntry[] {
  const out: WriteEntry[] = [];
  writesOf(event.doc(HISTORY_ROOM)).forEach((m, id) => {
    if (m instanceof Y.Map && m.get('board') === board) {
      const e = readEntry(id, m);
      if (e) out.push(e);
    }
  });
  return out.sort((a, b) => a.from - b.from);
}

/** Attribution is complete from this time on (0: nothing was ever pruned). */
export function writesCompleteSince(event: HostedEvent): number {
  return Number(writesMetaOf(event.doc(HISTORY_ROOM)).get('prunedBefore') ?? 0);
}

/** Everyone who wrote on the board (as far as attribution reaches), with their last write. */
export function writersOf(event: HostedEvent, board: string): (Writer & { last: number })[] {
  const by = new Map<string, Writer & { last: number }>();
  for (const e of readWrites(event, board)) {
    const last = Math.max(e.from, ...e.records.values());
    const was = by.get(e.personId);
    if (!was || was.last < last) by.set(e.personId, { personId: e.personId, name: e.name || was?.name || '', last: Math.max(last, was?.last ?? 0) });
  }
  return [...by.values()].sort((a, b) => b.last - a.last);
}

/** The records a transaction touched, by the names recordsOf gives them. */
export function touchedRecords(doc: Y.Doc, tr: Y.Transaction): Set<string> {
  const out = new Set<string>();
  const tops = new Map<unknown, string>();
  for (const [name, type] of doc.share) tops.set(type, name);
  for (const [type, keys] of tr.changed) {
    const top = tops.get(type);
    if (top !== undefined) {
      if (type instanceof Y.Map) {
        for (const k of keys) if (k !== null) out.add(`${top}:${k}`);
      } else out.add(top);
      continue;
    }
    // A nested type: climb to the direct child of a top-level map.
    let item = type._item;
    for (let depth = 0; item && depth < 32; depth++) {
      const parent = item.parent as Y.AbstractType<unknown>;
      const name = tops.get(parent);
      if (name !== undefined) {
        out.add(parent instanceof Y.Map && item.parentSub !== null ? `${name}:${item.parentSub}` : name);
        break;
      }
      item = parent._item;
    }
  }
  return out;
}

/** Records who touched what in one accepted transaction of a connection. */
export function recordWrite(event: HostedEvent, board: string, writer: Writer, records: Set<string>, now = Date.now()): void {
  if (records.size === 0) return;
  const s = stateOf(event);
  const h = event.doc(HISTORY_ROOM);
  const writes = writesOf(h);
  if (s.total === null) {
    s.total = 0;
    writes.forEach((m) => {
      const r = m instanceof Y.Map ? m.get('records') : null;
      if (r instanceof Y.Map) s.total! += r.size;
    });
  }
  const key = `${board}|${writer.personId}`;
  let open = s.open.get(key);
  let entry = open && writes.get(open.id);
  const fresh = !open || !(entry instanceof Y.Map) || now - open.from > ENTRY_MS || open.size >= MAX_PER_ENTRY || open.from <= (s.pointAt.get(board) ?? 0);
  // The common case — someone typing into a record they touched less than a second ago — writes nothing.
  if (!fresh) {
    const map = (entry as Y.Map<unknown>).get('records') as Y.Map<number>;
    let due = false;
    for (const r of records) {
      const was = map.get(r);
      if (was === undefined || now - was >= TOUCH_EVERY_MS) {
        due = true;
        break;
      }
    }
    if (!due) return;
  }
  h.transact(() => {
    if (fresh || !open || !(entry instanceof Y.Map)) {
      open = { id: newId(), from: now, size: 0 };
      entry = new Y.Map<unknown>();
      entry.set('board', board);
      entry.set('personId', writer.personId);
      entry.set('name', writer.name);
      entry.set('from', now);
      entry.set('records', new Y.Map<number>());
      writes.set(open.id, entry);
      s.open.set(key, open);
    }
    const map = entry.get('records') as Y.Map<number>;
    for (const r of records) {
      const was = map.get(r);
      if (was === undefined) {
        open.size++;
        s.total!++;
      } else if (now - was < TOUCH_EVERY_MS) continue;
      map.set(r, now);
    }
    if (s.total! > MAX_WRITE_RECORDS) prune(h, s);
  }, HOST_ORIGIN);
}

/** Drops the oldest entries until the event is at 90 % of its budget; remembers how far back it is complete. */
function prune(h: Y.Doc, s: State): void {
  const all: { id: string; from: number; size: number; last: number }[] = [];
  writesOf(h).forEach((m, id) => {
    const r = m instanceof Y.Map ? m.get('records') : null;
    const times = r instanceof Y.Map ? [...(r as Y.Map<number>).values()] : [];
    all.push({ id, from: Number(m.get('from')), size: times.length, last: Math.max(0, ...times) });
  });
  all.sort((a, b) => a.from - b.from);
  let prunedBefore = Number(writesMetaOf(h).get('prunedBefore') ?? 0);
  for (const e of all) {
    if (s.total! <= MAX_WRITE_RECORDS * 0.9) break;
    writesOf(h).delete(e.id);
    s.total! -= e.size;
    prunedBefore = Math.max(prunedBefore, e.last + 1);
    for (const [k, o] of s.open) if (o.id === e.id) s.open.delete(k);
  }
  writesMetaOf(h).set('prunedBefore', prunedBefore);
}
