// Parsing an event file: never throws on damage past the header, never scans without bound.
import * as Y from 'yjs';
import type { HeaderState, LogRecord } from './record-codec';
import { HEADER, RECORD_TYPE, checkHeader, encodeRecord, headerError, readRecordAt } from './record-codec';

/**
 * 'torn-tail': the only damage is a run of bytes at the end holding no valid record — what an
 * interrupted append leaves; cutting it off loses nothing readable.
 * 'corrupt': valid records were found after damage (or the search gave up), so the file must not
 * be truncated: the caller keeps the original aside and rewrites.
 */
export type Damage = 'none' | 'torn-tail' | 'corrupt';
export type ScanResult = { records: LogRecord[]; problems: string[]; damage: Damage; cleanEnd: number };

/** How many payload bytes a resync search may hash before it calls the rest unreadable. */
const RESYNC_BUDGET_BYTES = 64 * 1024 * 1024;

export function scanRecords(bytes: Uint8Array): ScanResult {
  const records: LogRecord[] = [];
  const problems: string[] = [];
  let damage: Damage = 'none';
  let cleanEnd = bytes.length;
  const budget = { bytes: 0 };
  let pos = HEADER.length;
  while (pos < bytes.length) {
    const read = readRecordAt(bytes, pos);
    if (read.ok) {
      records.push(read.record);
      pos += read.record.size;
      continue;
    }
    const next = findNextRecord(bytes, pos + 1, budget);
    if (next === null && damage === 'none') {
      damage = 'torn-tail';
      cleanEnd = pos;
      problems.push(`torn tail at byte ${pos}: ${bytes.length - pos} bytes cut off (${read.why})`);
      break;
    }
    if (damage === 'none') cleanEnd = pos;
    damage = 'corrupt';
    const until = next === null || next === 'gave-up' ? bytes.length : next;
    problems.push(`unreadable bytes ${pos}..${until} skipped (${read.why})`);
    if (next === null || next === 'gave-up') break;
    pos = next;
  }
  return { records, problems, damage, cleanEnd };
}

/** Null when no valid record starts anywhere after `from`. */
function findNextRecord(bytes: Uint8Array, from: number, budget: { bytes: number }): number | null | 'gave-up' {
  for (let p = from; p + 8 < bytes.length; p++) {
    if (readRecordAt(bytes, p, budget).ok) return p;
    if (budget.bytes > RESYNC_BUDGET_BYTES) return 'gave-up';
  }
  return null;
}

export function applyRecords(records: LogRecord[], problems: string[]): Map<string, Y.Doc> {
  const docs = new Map<string, Y.Doc>();
  for (const r of records) {
    let doc = docs.get(r.room);
    if (!doc) docs.set(r.room, (doc = new Y.Doc()));
    try {
      if (r.type === RECORD_TYPE.update) Y.applyUpdate(doc, r.data);
      else Y.applyUpdateV2(doc, r.data);
    } catch (err) {
      problems.push(`record at byte ${r.offset} (room ${r.room}) could not be applied: ${String(err)}`);
    }
  }
  return docs;
}

/** Missing updates (a skipped damaged record) leave later ones waiting for their dependencies. */
export function reportWaitingUpdates(docs: Map<string, Y.Doc>, problems: string[]): void {
  for (const [room, doc] of docs) {
    if (doc.store.pendingStructs || doc.store.pendingDs) problems.push(`room ${room} has updates whose predecessors are missing`);
  }
}

/** Parses the bytes of a `.veche` file (import, validation). A foreign or newer header throws AppError. */
export function readEventFileDocs(bytes: Uint8Array): { docs: Map<string, Y.Doc>; problems: string[] } {
  const header: HeaderState = checkHeader(bytes);
  if (header !== 'ok') throw headerError(header, 'this file');
  const scan = scanRecords(bytes);
  const problems = [...scan.problems];
  const docs = applyRecords(scan.records, problems);
  reportWaitingUpdates(docs, problems);
  return { docs, problems };
}

/** A whole file: header + one V2 snapshot record per room. */
export function encodeSnapshotFile(docs: Map<string, Y.Doc>): Uint8Array {
  const parts: Uint8Array[] = [HEADER];
  for (const [room, doc] of docs) {
    // A room that was only looked at has no state; it would reopen as a room that never existed anyway.
    if (doc.store.clients.size === 0 && !doc.store.pendingStructs && !doc.store.pendingDs) continue;
    parts.push(encodeRecord(RECORD_TYPE.snapshot, room, Y.encodeStateAsUpdateV2(doc)));
  }
  return concatBytes(parts);
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
