import * as Y from 'yjs';
import type { Identity } from '@shared/access';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { newId } from '@shared/ids';
import type { HostedEvent } from '../events/hosted-event';
import { restoreDoc } from './restore';
import { notePoint } from './writes';

/**
 * Restorable points of an event's boards, kept in the event file itself (doc `_history`, never a
 * sync room), so they survive compaction, kill -9 and copying the file. A point is a full Yjs state of
 * the board at that moment; with the board's records counted for the timeline.
 *
 * Disk budget: at most HISTORY_BUDGET_BYTES of point states per event and POINTS_PER_BOARD per board;
 * past either, the oldest automatic points go first (points taken before a restore are kept longest).
 */
export const HISTORY_ROOM = '_history';
export const HISTORY_BUDGET_BYTES = 64 * 1024 * 1024;
export const POINTS_PER_BOARD = 200;
/** While a board changes, a point at most this long after the first change since the last point. */
export const AUTO_POINT_MS = 3 * 60_000;

export const POINT_REASONS = ['auto', 'manual', 'lock', 'team', 'before-restore', 'restore', 'reveal', 'vote-close', 'import', 'before-undo'] as const;
export type PointReason = (typeof POINT_REASONS)[number];

/**
 * `changed`: how many cards/nodes differ from the board's previous point (added, removed, tombstoned
 * or edited); null for the board's first point.
 */
export type HistoryPoint = {
  id: string;
  board: string;
  at: number;
  reason: PointReason;
  by: string;
  cards: number;
  nodes: number;
  bytes: number;
  changed: number | null;
};
export type AuditEntry = { at: number; action: string; board: string | null; by: string; detail: string };

const pointsOf = (h: Y.Doc) => h.getMap<Y.Map<unknown>>('points');
const auditOf = (h: Y.Doc) => h.getArray<Y.Map<unknown>>('audit');

const liveCount = (doc: Y.Doc, name: string) => {
  let n = 0;
  doc.getMap<unknown>(name).forEach((m) => {
    if (m instanceof Y.Map && m.get('deleted') !== true) n++;
  });
  return n;
};

function readPoint(id: string, m: Y.Map<unknown>): HistoryPoint {
  return {
    id,
    board: String(m.get('board')),
    at: Number(m.get('at')),
    reason: m.get('reason') as PointReason,
    by: String(m.get('by') ?? ''),
    cards: Number(m.get('cards') ?? 0),
    nodes: Number(m.get('nodes') ?? 0),
    bytes: (m.get('state') as Uint8Array | undefined)?.length ?? 0,
    changed: typeof m.get('changed') === 'number' ? (m.get('changed') as number) : null,
  };
}

const RECORD_MAPS = ['cards', 'nodes'] as const;

/** Each live card/node of a board ("cards:<id>", "nodes:<id>") with its content as JSON; tombstones are absent. */
export function recordDigests(doc: Y.Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of RECORD_MAPS) {
    doc.getMap<unknown>(name).forEach((v, k) => {
      if (v instanceof Y.Map && v.get('deleted') === true) return;
      out.set(`${name}:${k}`, JSON.stringify(v instanceof Y.AbstractType ? v.toJSON() : v));
    });
  }
  return out;
}

/** How many records were added, removed or changed between two digests. */
export function countChanged(a: Map<string, string>, b: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of b) if (a.get(k) !== v) n++;
  for (const k of a.keys()) if (!b.has(k)) n++;
  return n;
}

function stateDigests(state: Uint8Array): Map<string, string> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const out = recordDigests(doc);
  doc.destroy();
  return out;
}

export function listPoints(event: HostedEvent, board: string): HistoryPoint[] {
  const out: HistoryPoint[] = [];
  pointsOf(event.doc(HISTORY_ROOM)).forEach((m, id) => {
    if (m instanceof Y.Map && m.get('board') === board) out.push(readPoint(id, m));
  });
  return out.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

export function audit(event: HostedEvent, entry: Omit<AuditEntry, 'at'>, at = Date.now()): void {
  const h = event.doc(HISTORY_ROOM);
  h.transact(() => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ ...entry, at })) m.set(k, v);
    auditOf(h).push([m]);
  }, HOST_ORIGIN);
}

export function readAudit(event: HostedEvent): AuditEntry[] {
  return auditOf(event.doc(HISTORY_ROOM))
    .toArray()
    .filter((m): m is Y.Map<unknown> => m instanceof Y.Map)
    .map((m) => ({
      at: Number(m.get('at')),
      action: String(m.get('action')),
      board: (m.get('board') as string | null) ?? null,
      by: String(m.get('by') ?? ''),
      detail: String(m.get('detail') ?? ''),
    }));
}

/** Takes a point of board `board` (its key in the event file: "board/<id>") now. */
export function takePoint(event: HostedEvent, board: string, reason: PointReason, by: string, at = Date.now()): HistoryPoint {
  const doc = event.doc(board);
  const h = event.doc(HISTORY_ROOM);
  const id = newId();
  const previous = listPoints(event, board).at(-1);
  const previousState = previous && (pointsOf(h).get(previous.id)?.get('state') as Uint8Array | undefined);
  const changed = previousState ? countChanged(stateDigests(previousState), recordDigests(doc)) : null;
  h.transact(() => {
    const m = new Y.Map<unknown>();
    m.set('board', board);
    m.set('at', at);
    m.set('reason', reason);
    m.set('by', by);
    m.set('cards', liveCount(doc, 'cards'));
    m.set('nodes', liveCount(doc, 'nodes'));
    m.set('state', Y.encodeStateAsUpdate(doc));
    if (changed !== null) m.set('changed', changed);
    pointsOf(h).set(id, m);
    prune(h, board);
  }, HOST_ORIGIN);
  notePoint(event, board, at);
  return readPoint(id, pointsOf(h).get(id)!);
}

/** Keeps the history within its budget: oldest first, points taken before a restore last. */
function prune(h: Y.Doc, board: string): void {
  const all: HistoryPoint[] = [];
  pointsOf(h).forEach((m, id) => m instanceof Y.Map && all.push(readPoint(id, m)));
  const rank = (p: HistoryPoint) => (p.reason === 'before-restore' ? 1 : 0);
  all.sort((a, b) => rank(a) - rank(b) || a.at - b.at);
  let bytes = all.reduce((s, p) => s + p.bytes, 0);
  let onBoard = all.filter((p) => p.board === board).length;
  for (const p of all) {
    if (bytes <= HISTORY_BUDGET_BYTES && onBoard <= POINTS_PER_BOARD) break;
    if (bytes <= HISTORY_BUDGET_BYTES && p.board !== board) continue;
    pointsOf(h).delete(p.id);
    bytes -= p.bytes;
    if (p.board === board) onBoard--;
  }
}

/** The board as it was at a point, for a read-only preview: a fresh doc nobody syncs. */
export function pointDoc(event: HostedEvent, pointId: string): Y.Doc | null {
  const m = pointsOf(event.doc(HISTORY_ROOM)).get(pointId);
  if (!(m instanceof Y.Map)) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, m.get('state') as Uint8Array);
  return doc;
}

/**
 * Restores a board to a point as a new change every client receives. A point of the present is taken
 * first, so the restore itself can be undone by restoring that one.
 */
export function restorePoint(event: HostedEvent, pointId: string, who: Identity): { before: HistoryPoint; changed: number } | null {
  const m = pointsOf(event.doc(HISTORY_ROOM)).get(pointId);
  if (!(m instanceof Y.Map)) return null;
  const point = readPoint(pointId, m);
  const before = takePoint(event, point.board, 'before-restore', who.name);
  const { changed } = restoreDoc(event.doc(point.board), m.get('state') as Uint8Array, HOST_ORIGIN);
  audit(event, {
    action: 'restore',
    board: point.board,
    by: who.name,
    detail: `to the point of ${new Date(point.at).toISOString()} (${point.cards} cards, ${point.nodes} nodes); ${changed} records changed; undo: restore point ${before.id}`,
  });
  return { before, changed };
}
