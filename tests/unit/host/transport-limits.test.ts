import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LruBuckets } from '../../../electron/host/limits/lru-buckets';
import { SocketAdmission } from '../../../electron/host/limits/socket-admission';
import { SendQueueGuard } from '../../../electron/host/sync/send-limits';
import { StepTwoCache } from '../../../electron/host/sync/step-two';

describe('the per-address upgrade limiter', () => {
  it('forgets the least recently seen address, never the one that keeps flooding', () => {
    let now = 0;
    const limiter = new LruBuckets(3, 1, 100, () => now);
    for (let i = 0; i < 3; i++) expect(limiter.take('flooder')).toBe(true);
    expect(limiter.take('flooder')).toBe(false);
    // A scan of 10,000 other addresses, with the flooder trying between them.
    for (let i = 0; i < 10_000; i++) {
      limiter.take(`10.0.${i >> 8}.${i & 255}`);
      if (i % 50 === 0) expect(limiter.take('flooder')).toBe(false);
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
    now += 1_000;
    expect(limiter.take('flooder')).toBe(true);
  });
});

describe('socket admission', () => {
  it('caps live sockets per person and per address, and counts a closed one back', () => {
    const admission = new SocketAdmission({ perToken: 2, perAddress: 3, upgradeBurst: 100, upgradesPerSecond: 1, trackedAddresses: 10 });
    const closeA = admission.open('1.1.1.1', 'ev/p1');
    admission.open('1.1.1.1', 'ev/p1');
    expect(admission.check('1.1.1.1', 'ev/p1')?.status).toBe(429);
    expect(admission.check('1.1.1.1', 'ev/p2')).toBeNull();
    admission.open('1.1.1.1', null);
    expect(admission.check('1.1.1.1', null)?.reason).toMatch(/address/);
    closeA();
    closeA();
    expect(admission.check('1.1.1.1', 'ev/p1')).toBeNull();
  });
});

describe('the send queue guard', () => {
  it('always lets a message into an empty queue, and refuses once the queue passes its cap', () => {
    const guard = new SendQueueGuard(1_000);
    expect(guard.admits({ bufferedAmount: 0 }, 50_000)).toBe(true);
    expect(guard.admits({ bufferedAmount: 50_000 }, 50_000)).toBe(true); // 100,000 ≤ 1,000 + 2 × 50,000 + 0
    expect(guard.admits({ bufferedAmount: 100_000 }, 50_000)).toBe(false);
  });
});

function step2Update(msg: Uint8Array): Uint8Array {
  const d = decoding.createDecoder(msg);
  decoding.readVarUint(d); // sync
  decoding.readVarUint(d); // step 2
  return decoding.readVarUint8Array(d);
}

describe('shared sync step 2 answers', () => {
  const doc = new Y.Doc();
  doc.getMap('m').set('a', 'x'.repeat(1000));
  const other = new Y.Doc();
  other.getMap('m').set('b', 1);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));

  it('answers an unknown writer, a clock past the doc and an empty vector with one shared full-state buffer', () => {
    const cache = new StepTwoCache(doc);
    const empty = cache.answer(new Map());
    expect(cache.answer(new Map([[424242, 1]]))).toBe(empty);
    expect(
      cache.answer(
        new Map([
          [doc.clientID, 10 ** 9],
          [other.clientID, 10 ** 9],
          [7, 3],
        ]),
      ),
    ).not.toBe(empty);
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, step2Update(empty));
    expect(fresh.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
  });

  it('gives a client exactly what it lacks, and a fresh answer after the doc changes', () => {
    const cache = new StepTwoCache(doc);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(other));
    const answer = cache.answer(Y.decodeStateVector(Y.encodeStateVector(client)));
    Y.applyUpdate(client, step2Update(answer));
    expect(client.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
    const before = cache.answer(new Map());
    doc.getMap('m').set('c', 2);
    cache.clear();
    const after = cache.answer(new Map());
    expect(after).not.toBe(before);
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, step2Update(after));
    expect(fresh.getMap('m').get('c')).toBe(2);
  });
});
