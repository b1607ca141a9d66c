// The byte format of a `.veche` event file; see docs/event-file.md.
import * as zlib from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { AppError } from '@shared/errors';

export const MAGIC = new TextEncoder().encode('VECHE-EVENT\n');
export const FORMAT_VERSION = 1;
export const HEADER = Uint8Array.of(...MAGIC, FORMAT_VERSION);
export const RECORD_HEAD_BYTES = 8;
/** A garbage length must not make a reader allocate or hash gigabytes. */
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;
/** type byte + room length byte + at least one room character. */
const MIN_PAYLOAD_BYTES = 3;

export const RECORD_TYPE = { update: 1, snapshot: 2 } as const;
export type RecordType = (typeof RECORD_TYPE)[keyof typeof RECORD_TYPE];

export type LogRecord = { type: RecordType; room: string; data: Uint8Array; offset: number; size: number };

/** zlib.crc32 exists from Node 20.15 / 22.2; the table fallback keeps older runtimes working. */
const crc32: (data: Uint8Array) => number = typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) >>> 0 : tableCrc32;

let crcTable: Uint32Array | null = null;
function tableCrc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
export { crc32 };

export function encodeRecord(type: RecordType, room: string, data: Uint8Array): Uint8Array {
  if (room.length === 0) throw new AppError('internal', 'an event-file record needs a room key');
  const enc = encoding.createEncoder();
  encoding.writeUint8(enc, type);
  encoding.writeVarString(enc, room);
  encoding.writeUint8Array(enc, data);
  const payload = encoding.toUint8Array(enc);
  if (payload.length > MAX_PAYLOAD_BYTES) {
    throw new AppError('payload_too_large', `room ${room}: record of ${payload.length} bytes exceeds the file format limit`);
  }
  const out = new Uint8Array(RECORD_HEAD_BYTES + payload.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.length, true);
  view.setUint32(4, crc32(payload), true);
  out.set(payload, RECORD_HEAD_BYTES);
  return out;
}

export type HeaderState = 'ok' | 'absent' | 'foreign' | 'newer';

/** 'absent' = empty or a cut-off header: a file whose creation was interrupted, holding no data. */
export function checkHeader(bytes: Uint8Array): HeaderState {
  const n = Math.min(bytes.length, MAGIC.length);
  for (let i = 0; i < n; i++) if (bytes[i] !== MAGIC[i]) return 'foreign';
  if (bytes.length < HEADER.length) return 'absent';
  const version = bytes[MAGIC.length]!;
  if (version === FORMAT_VERSION) return 'ok';
  return version > FORMAT_VERSION ? 'newer' : 'foreign';
}

export function headerError(state: Exclude<HeaderState, 'ok'>, what: string): AppError {
  const why =
    state === 'newer'
      ? 'it was written by a newer version of Veche'
      : state === 'absent'
        ? 'it is empty or cut off before the end of its header'
        : 'it does not start with the Veche event-file header';
  return new AppError('bad_request', `${what} is not a readable Veche event file: ${why}`);
}

type ReadResult = { ok: true; record: LogRecord } | { ok: false; why: string };

/** Reads the record at `pos`; `budget.bytes` counts hashed bytes so a resync scan stays bounded. */
export function readRecordAt(bytes: Uint8Array, pos: number, budget?: { bytes: number }): ReadResult {
  if (bytes.length - pos < RECORD_HEAD_BYTES) return { ok: false, why: 'incomplete record header' };
  const view = new DataView(bytes.buffer, bytes.byteOffset + pos, RECORD_HEAD_BYTES);
  const length = view.getUint32(0, true);
  if (length < MIN_PAYLOAD_BYTES || length > MAX_PAYLOAD_BYTES) return { ok: false, why: `bad record length ${length}` };
  const end = pos + RECORD_HEAD_BYTES + length;
  if (end > bytes.length) return { ok: false, why: 'record runs past the end of the file' };
  const payload = bytes.subarray(pos + RECORD_HEAD_BYTES, end);
  if (budget) budget.bytes += length;
  if (crc32(payload) !== view.getUint32(4, true)) return { ok: false, why: 'checksum mismatch' };
  return decodePayload(payload, pos, end - pos);
}

function decodePayload(payload: Uint8Array, offset: number, size: number): ReadResult {
  try {
    const dec = decoding.createDecoder(payload);
    const type = decoding.readUint8(dec);
    if (type !== RECORD_TYPE.update && type !== RECORD_TYPE.snapshot) return { ok: false, why: `unknown record type ${type}` };
    const room = decoding.readVarString(dec);
    if (room.length === 0 || dec.pos > payload.length) return { ok: false, why: 'malformed room key' };
    return { ok: true, record: { type, room, data: payload.subarray(dec.pos), offset, size } };
  } catch {
    return { ok: false, why: 'malformed record payload' };
  }
}
