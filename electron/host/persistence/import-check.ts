// Cheap checks on an event file from elsewhere, before anything is decoded or allocated from it.
import * as decoding from 'lib0/decoding';
import { AppError } from '@shared/errors';
import { scanRecords } from './log-reader';
import type { LogRecord } from './record-codec';
import { RECORD_TYPE, checkHeader, headerError } from './record-codec';

/**
 * Yjs snapshots are compact: a map key overwritten 20,000 times is 20,000 structs in 142 bytes, a
 * list emptied after 20,000 inserts 20,000 in 50 (measured). So a struct count is checked against
 * the bytes with this much room, and an absolute allowance on top; a 52-byte record declaring 120
 * million structs (which made Yjs allocate 4.4 GiB) is far outside either.
 */
export const IMPORT_LIMITS = {
  structsPerByte: 512,
  structsSlack: 4_000_000,
  /** Rooms in one file: an event has a plan, results, its boards and one room per person. */
  maxRooms: 20_000,
} as const;

export const refuseFile = (why: string) => new AppError('bad_request', `this file cannot be opened as an event: ${why}`);

/** Throws a `bad_request` that says what is wrong; returns the records when the file passes. */
export function checkEventFileBytes(bytes: Uint8Array): LogRecord[] {
  const header = checkHeader(bytes);
  if (header !== 'ok') throw headerError(header, 'this file');
  const { records } = scanRecords(bytes);
  const rooms = new Set<string>();
  for (const r of records) {
    rooms.add(r.room);
    checkUpdateHeader(r);
  }
  if (rooms.size > IMPORT_LIMITS.maxRooms) throw refuseFile(`it has ${rooms.size} rooms (at most ${IMPORT_LIMITS.maxRooms})`);
  return records;
}

/** The update's own declarations: how many clients, and how many structs the first of them has. */
function checkUpdateHeader(r: LogRecord): void {
  const where = `room ${r.room}, byte ${r.offset}`;
  try {
    const d = decoding.createDecoder(r.data);
    if (r.type === RECORD_TYPE.snapshot) {
      decoding.readVarUint(d); // V2 feature flag
      for (let i = 0; i < 9; i++) decoding.readVarUint8Array(d); // column encoders
    }
    const clients = decoding.readVarUint(d);
    const rest = r.data.length - d.pos;
    // Every client needs at least its struct count and start clock.
    if (clients > rest / 2) throw refuseFile(`${where}: declares ${clients} writers in ${rest} bytes`);
    if (clients === 0) return;
    const structs = decoding.readVarUint(d);
    const allowed = r.type === RECORD_TYPE.update ? r.data.length : IMPORT_LIMITS.structsSlack + IMPORT_LIMITS.structsPerByte * r.data.length;
    if (structs > allowed) throw refuseFile(`${where}: declares ${structs.toLocaleString('en')} changes in ${r.data.length} bytes`);
  } catch (err) {
    // A record Yjs cannot read is reported by the decoder, like any damage; only declarations are refused here.
    if (err instanceof AppError) throw err;
  }
}
