// A wire-level sync client for the join storm: it speaks the y-websocket protocol as the stock client
// does on connect (sync step 1 with an empty state vector, an empty step 2 when the host asks for its
// state) and counts itself synced when the host's step 2 has arrived, but never decodes it. 150 stock
// clients decoding a 1.7 MB board on the host's 2 cores measure the clients; these measure the host.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { WebSocket } from 'ws';

const MESSAGE_SYNC = 0;
const STEP1 = 0;
const STEP2 = 1;

export type WireClient = { synced: Promise<Uint8Array>; close(): void };

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, step);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

/** Connects to `/sync/<room>`; `synced` resolves with the step 2 payload (the room's whole state, undecoded). */
export function wireConnect(port: number, room: string, token: string): WireClient {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/sync/${room}?token=${encodeURIComponent(token)}`);
  ws.binaryType = 'nodebuffer';
  const synced = new Promise<Uint8Array>((ok, fail) => {
    ws.on('open', () => ws.send(syncMessage(STEP1, EMPTY_STATE_VECTOR)));
    ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (decoding.readVarUint(d) !== MESSAGE_SYNC) return; // presence and auth are not part of a join
      const step = decoding.readVarUint(d);
      if (step === STEP1) ws.send(syncMessage(STEP2, EMPTY_UPDATE));
      else if (step === STEP2) ok(decoding.readVarUint8Array(d));
    });
    ws.on('error', fail);
    ws.on('close', (code) => fail(new Error(`${room}: closed with ${code} before sync`)));
  });
  return { synced, close: () => ws.terminate() };
}
