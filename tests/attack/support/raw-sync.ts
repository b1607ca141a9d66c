import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { addCard } from '@shared/doc/board';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PersonId } from '@shared/ids';
import { MESSAGE_NOTICE } from '@shared/protocol/notice';
import type { HostProcess } from './host-process';

/**
 * A hand-rolled sync client: sends exactly the frames a test chooses and records what the host
 * answers (notices, sync step 1 requests), where the stock provider would hide both.
 */
export type RawClient = {
  ws: WebSocket;
  notices: string[];
  /** How many sync step 1 messages the host sent (one on connect, more when it asks for a resync). */
  step1s: number;
  sendUpdate(update: Uint8Array): void;
  close(): void;
};

export async function rawClient(host: Pick<HostProcess, 'wsBase'>, room: string, token: string): Promise<RawClient> {
  const ws = new WebSocket(`${host.wsBase}/${room}?token=${encodeURIComponent(token)}`);
  const client: RawClient = {
    ws,
    notices: [],
    step1s: 0,
    sendUpdate(update) {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0);
      syncProtocol.writeUpdate(e, update);
      ws.send(encoding.toUint8Array(e));
    },
    close: () => ws.close(),
  };
  ws.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(d);
    if (type === MESSAGE_NOTICE) client.notices.push(decoding.readVarString(d));
    else if (type === 0 && decoding.readVarUint(d) === syncProtocol.messageYjsSyncStep1) client.step1s++;
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return client;
}

/** An update of about `bytes` bytes from a fresh writer: it depends on nothing, so only budgets can refuse it. */
/**
 * About `bytes` of cards signed by `author`, each within the card text cap: what a participant's
 * client may legitimately send to a card board (the update guard refuses anything else there), so
 * only the byte budgets can stop it.
 */
export function cardsUpdate(bytes: number, author: { authorId: PersonId | null; authorName: string }): Uint8Array {
  const doc = new Y.Doc();
  const per = 9_000;
  for (let left = bytes; left > 0; left -= per) addCard(doc, { text: 'ж'.repeat(Math.min(per, left) / 2), ...author }, LOCAL_ORIGIN);
  return Y.encodeStateAsUpdate(doc);
}

export function bulkUpdate(bytes: number, key = 'blob'): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('junk').set(`${key}-${doc.clientID}`, 'x'.repeat(bytes));
  return Y.encodeStateAsUpdate(doc);
}
