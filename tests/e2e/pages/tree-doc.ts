import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { addNode, initTree, readTree } from '@shared/doc/tree';
import type { NodeId } from '@shared/tree/types';
import type { TestHost } from '../support/host-process';

/** A room opened from Node with the stock y-websocket client and the facilitator's token, as an independent client would. */
export async function openRoom(host: TestHost, room: string): Promise<{ doc: Y.Doc; close(): Promise<void> }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${host.port}/sync`, room, doc, {
    params: { token: host.token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((ok) => (provider.synced ? ok() : provider.once('sync', () => ok())));
  return {
    doc,
    async close() {
      // Let the last updates leave before the socket goes.
      await new Promise<void>((ok) => setTimeout(ok, 200));
      provider.destroy();
      doc.destroy();
    },
  };
}

/**
 * Fills a problem tree with `count` nodes: a few consequences above, the rest causes four per parent
 * with long Russian statements, the size the layout must stay readable at.
 */
export async function fillTree(host: TestHost, eventId: string, boardId: string, count: number): Promise<void> {
  const room = await openRoom(host, `${eventId}/board/${boardId}`);
  const { doc } = room;
  initTree(doc, 'problem-tree', LOCAL_ORIGIN, { text: 'Отток молодёжи из района' });
  const root = readTree(doc).rootId!;
  const causes: NodeId[] = [root];
  const consequences: NodeId[] = [root];
  doc.transact(() => {
    for (let i = 1; i < count; i++) {
      const above = i % 6 === 0;
      const pool = above ? consequences : causes;
      const parent = pool[Math.floor((pool.length - 1) / 4)]!;
      const kind = above ? 'consequence' : 'cause';
      const res = addNode(
        doc,
        { parentId: parent, kind, text: `${above ? 'Последствие' : 'Причина'} ${i}: нет условий для молодых семей в посёлке` },
        LOCAL_ORIGIN,
      );
      if (res.ok) pool.push(res.value);
    }
  }, LOCAL_ORIGIN);
  await room.close();
}
