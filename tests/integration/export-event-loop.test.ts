import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { passportText } from '@shared/doc/passport';
import { addNode, readTree } from '@shared/doc/tree';
import type { NodeId } from '@shared/tree/types';
import type { TestHost } from './helpers/host';
import { api, connect, eventually, startTestHost, synced } from './helpers/host';

/**
 * Exports are built in worker threads, so the host keeps answering while the heaviest ones run: a
 * 60,000-character card without a space (a raw client past the UI's 10,000 cap), a 20,000-character
 * passport section glued with no-break spaces (pasted from Word) and a 300-node tree, exported while
 * /api/health is asked every 100 ms. The 200 ms bound is the issue's own acceptance check; the
 * p99 event-loop delay is measured by bench figure 6.
 */
let host: TestHost;
let eventId: string;
let boards: { id: string; kind: string }[];
const auth = () => ({ authorization: `Bearer ${host.facilitatorToken}` });

beforeAll(async () => {
  host = await startTestHost({ demo: true });
  const events = await api<{ events: { id: string; format: string }[] }>(host, 'GET', '/api/events', { token: host.facilitatorToken });
  eventId = events.body.events.find((e) => e.format === 'strategy')!.id;
  const res = await fetch(`${host.base}/api/events/${eventId}/export/event.json`, { headers: auth() });
  boards = ((await res.json()) as { boards: { id: string; kind: string }[] }).boards;
});
afterAll(() => host.stop());

async function withBoard(kind: string, write: (doc: Y.Doc) => void): Promise<string> {
  const board = boards.find((b) => b.kind === kind)!;
  const { doc, provider } = connect(host, `${eventId}/board/${board.id}`, host.facilitatorToken);
  await synced(provider);
  write(doc);
  const sv = Y.encodeStateVector(doc);
  // Wait until the host has it: a second client sees the same state.
  const probe = connect(host, `${eventId}/board/${board.id}`, host.facilitatorToken);
  await synced(probe.provider);
  await eventually(() => expect(Y.encodeStateVector(probe.doc)).toEqual(sv), 10_000);
  probe.provider.destroy();
  provider.destroy();
  return board.id;
}

const LONG_CARD = 'д'.repeat(60_000);
const NBSP_FIELD = Array.from({ length: 2_500 }, (_, i) => `сл${i % 10}ово`)
  .join('\u00A0')
  .slice(0, 20_000);

describe('exports do not stall the host', () => {
  it('answers /api/health within 200 ms while the heaviest exports build', async () => {
    const cards = await withBoard('cards', (doc) => {
      const card = new Y.Map<unknown>();
      card.set('text', LONG_CARD);
      card.set('authorName', 'raw client');
      card.set('order', 'zz');
      doc.getMap('cards').set('long-card', card);
    });
    const passport = await withBoard('passport', (doc) => passportText(doc, 'summary').insert(0, NBSP_FIELD));
    const tree = await withBoard('goal-tree', (doc) => {
      const start = readTree(doc);
      const parents = [...start.nodes.values()].filter((n) => n.side !== 'root').map((n) => ({ id: n.id as NodeId, kind: n.kind }));
      while (readTree(doc).nodes.size < 300) {
        const p = parents[(parents.length * 7919 + readTree(doc).nodes.size) % parents.length]!;
        const added = addNode(doc, { parentId: p.id, kind: p.kind, text: `Узел ${parents.length}: добиться результата` }, 'test');
        if (added.ok) parents.push({ id: added.value, kind: p.kind });
      }
    });

    const slowest: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const t = performance.now();
        const res = await fetch(`${host.base}/api/health`);
        await res.arrayBuffer();
        slowest.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const names = ['report.pdf', 'report.docx', `tree-${tree}.png`, `tree-${tree}.pdf`, `passport-${passport}.pdf`, `passport-${passport}.docx`];
    const results = await Promise.all(
      names.map(async (n) => {
        const res = await fetch(`${host.base}/api/events/${eventId}/export/${n}?lang=ru`, { headers: auth() });
        const size = (await res.arrayBuffer()).byteLength;
        return { n, status: res.status, size };
      }),
    );
    polling = false;
    await poller;

    for (const r of results) expect(r.status, r.n).toBe(200);
    expect(cards).toBeTruthy();
    expect(slowest.length).toBeGreaterThan(3);
    expect(Math.max(...slowest)).toBeLessThan(200);
  }, 240_000);
});
