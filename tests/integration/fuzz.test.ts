import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, readCards } from '@shared/doc/board';
import { readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, rawSocket, startTestHost, synced } from './helpers/host';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ joinBurst: 1000, joinPerMinute: 1000 });
});
afterAll(() => host.stop());

function validUpdateFrame(): Uint8Array {
  const d = new Y.Doc();
  addCard(d, { text: 'валидная карточка', authorId: null, authorName: 'fuzz' }, 'fuzz');
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(d));
  return encoding.toUint8Array(e);
}

/** Random bytes, and valid frames with bytes flipped, cut short or spliced: what a broken client sends. */
function frames(n: number, seed: number): Uint8Array[] {
  const base = validUpdateFrame();
  const mutated = fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 }), fc.nat(base.length)).map(([at, byte, cut]) => {
    const copy = base.slice(0, Math.max(1, cut));
    if (at < copy.length) copy[at] = byte;
    return copy;
  });
  const prefixed = fc
    .tuple(fc.constantFrom(0, 1, 2, 3, 4, 200), fc.constantFrom(0, 1, 2, 7), fc.uint8Array({ maxLength: 64 }))
    .map(([t, s, rest]) => new Uint8Array([t, s, ...rest]));
  return fc.sample(fc.oneof(fc.uint8Array({ maxLength: 256 }), mutated, prefixed), { numRuns: n, seed });
}

describe('fuzzing the sync endpoint', () => {
  it('1,000 random and mutated frames leave the host up and other clients intact', async () => {
    const { id, joinCode } = await createEvent(host, 'Fuzz');
    const fac = connect(host, `${id}/plan`, host.facilitatorToken);
    await synced(fac.provider);
    const boardId = readPlan(fac.doc).boards[0]!.id;
    const room = `${id}/board/${boardId}`;
    const p = await join(host, joinCode, 'Честный');
    const honest = connect(host, room, p.token);
    await synced(honest.provider);
    addCard(honest.doc, { text: 'до атаки', authorId: p.personId, authorName: 'Честный' }, LOCAL_ORIGIN);

    const attacker = await join(host, joinCode, 'Злоумышленник');
    const all = frames(1000, 42);
    let closedByHost = 0;
    for (let i = 0; i < all.length; i += 50) {
      const { ws, status, closed } = await rawSocket(`${host.wsBase}/${room}?token=${attacker.token}`);
      expect(status).toBeNull();
      for (const f of all.slice(i, i + 50)) if (ws.readyState === ws.OPEN) ws.send(f);
      ws.close();
      if ((await closed).code === 1007) closedByHost++;
    }
    expect(closedByHost).toBeGreaterThan(0);

    expect((await api(host, 'GET', '/api/health')).status).toBe(200);
    expect(honest.provider.wsconnected).toBe(true);
    addCard(honest.doc, { text: 'после атаки', authorId: p.personId, authorName: 'Честный' }, LOCAL_ORIGIN);
    const check = connect(host, room, host.facilitatorToken);
    await synced(check.provider);
    await eventually(() => {
      const texts = readCards(check.doc).map((c) => c.text);
      expect(texts).toContain('до атаки');
      expect(texts).toContain('после атаки');
      expect(Y.encodeStateVector(check.doc)).toEqual(Y.encodeStateVector(honest.doc));
    });
    for (const c of [fac, honest, check]) c.provider.destroy();
  });
});
