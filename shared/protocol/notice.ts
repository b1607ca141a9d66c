import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * Sync message type 4 (after y-websocket's 0–3): the host tells one socket, in a word the renderer
 * turns into a translated banner, why its changes were refused or are not being saved. A stock
 * y-websocket client only logs it.
 */
export const MESSAGE_NOTICE = 4;

export const NOTICES = [
  /** The room holds as much as the host accepts; the change was refused. */
  'room-budget',
  /** This person has written as much as one person may into the event. */
  'person-budget',
  /** Too much, too fast; the change was refused, slow down. */
  'rate',
  /** The host cannot save and holds as much unsaved work as it will; the change was refused. */
  'storage-full',
  /** The host cannot save right now; changes are kept in its memory for now. */
  'storage-failing',
  /** Saving works (again). */
  'storage-ok',
] as const;
export type Notice = (typeof NOTICES)[number];

/** Notices that mean "your last change did not reach the host". */
export const REFUSALS = ['room-budget', 'person-budget', 'rate', 'storage-full'] as const satisfies readonly Notice[];
export type Refusal = (typeof REFUSALS)[number];
export const isRefusal = (n: Notice): n is Refusal => (REFUSALS as readonly Notice[]).includes(n);

export function encodeNotice(notice: Notice): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_NOTICE);
  encoding.writeVarString(e, notice);
  return encoding.toUint8Array(e);
}

/** Reads the body after the message type; an unknown word (a newer host) is null. */
export function readNotice(d: decoding.Decoder): Notice | null {
  const word = decoding.readVarString(d);
  return (NOTICES as readonly string[]).includes(word) ? (word as Notice) : null;
}
