import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, editCard, readCards } from '@shared/doc/board';
import type { RoomCache } from '../../../renderer/src/collab/room-cache';
import { COMPACT_EVERY, cacheKey, openRoomCache } from '../../../renderer/src/collab/room-cache';

/** A doc whose every update goes to the cache, as the room registry wires it. */
function cachedDoc(cache: RoomCache, key: string) {
  const doc = new Y.Doc();
  const writes: Promise<void>[] = [];
  doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'cache') writes.push(cache.append(key, u));
  });
  return { doc, flush: () => Promise.all(writes) };
}

let n = 0;
const opened: RoomCache[] = [];
function freshCache(): { cache: RoomCache; name: string } {
  const name = `veche-cache-test-${++n}`;
  const cache = openRoomCache(name);
  opened.push(cache);
  return { cache, name };
}

afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const KEY = cacheKey('http://192.168.1.10:4321', 'participant:p1', 'ev1/board/b1');

describe('room cache', () => {
  it('a reloaded page gets back the cards it wrote, before any network', async () => {
    const { cache, name } = freshCache();
    const a = cachedDoc(cache, KEY);
    addCard(a.doc, { text: 'Дорога в Ошевенск', authorId: null, authorName: 'Анна' }, 'local');
    addCard(a.doc, { text: 'Нет кинотеатра', authorId: null, authorName: 'Анна' }, 'local');
    await a.flush();
    cache.close();

    const reopened = openRoomCache(name);
    opened.push(reopened);
    const b = new Y.Doc();
    expect(await reopened.load(KEY, b, 'cache')).toBe(2);
    expect(readCards(b).map((c) => c.text)).toEqual(['Дорога в Ошевенск', 'Нет кинотеатра']);
  });

  it('keeps rooms, identities and hosts apart', async () => {
    const { cache } = freshCache();
    const other = [
      cacheKey('http://192.168.1.10:4321', 'participant:p2', 'ev1/board/b1'),
      cacheKey('http://10.0.0.5:4321', 'participant:p1', 'ev1/board/b1'),
      cacheKey('http://192.168.1.10:4321', 'participant:p1', 'ev1/plan'),
    ];
    const a = cachedDoc(cache, KEY);
    addCard(a.doc, { text: 'mine', authorId: null, authorName: 'A' }, 'local');
    await a.flush();
    for (const key of other) {
      const d = new Y.Doc();
      expect(await cache.load(key, d, 'cache')).toBe(0);
      expect(readCards(d)).toEqual([]);
    }
  });

  it('offline edits merge with what others wrote meanwhile, both ways round', async () => {
    const { cache } = freshCache();
    const server = new Y.Doc();
    const phone = cachedDoc(cache, KEY);
    addCard(server, { text: 'from the hall', authorId: null, authorName: 'B' }, 'remote');
    Y.applyUpdate(phone.doc, Y.encodeStateAsUpdate(server));
    // The network drops; the phone writes; the page reloads from the cache alone.
    const id = addCard(phone.doc, { text: 'written offline', authorId: null, authorName: 'A' }, 'local');
    editCard(phone.doc, id, 'written offline, edited', 'local');
    addCard(server, { text: 'also meanwhile', authorId: null, authorName: 'C' }, 'remote');
    await phone.flush();
    const reloaded = new Y.Doc();
    await cache.load(KEY, reloaded, 'cache');
    // Reconnect: a y-websocket sync is an exchange of state vectors and diffs.
    Y.applyUpdate(server, Y.encodeStateAsUpdate(reloaded, Y.encodeStateVector(server)));
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(server, Y.encodeStateVector(reloaded)));
    const texts = (d: Y.Doc) =>
      readCards(d)
        .map((c) => c.text)
        .sort();
    expect(texts(server)).toEqual(['also meanwhile', 'from the hall', 'written offline, edited']);
    expect(texts(reloaded)).toEqual(texts(server));
  });

  it('compaction folds many rows into one without losing an edit', async () => {
    const { cache } = freshCache();
    const a = cachedDoc(cache, KEY);
    for (let i = 0; i < 30; i++) addCard(a.doc, { text: `card ${i}`, authorId: null, authorName: 'A' }, 'local');
    await a.flush();
    expect(await cache.rowCount(KEY)).toBe(30);
    await cache.compact(KEY);
    expect(await cache.rowCount(KEY)).toBe(1);
    const b = new Y.Doc();
    await cache.load(KEY, b, 'cache');
    expect(readCards(b)).toHaveLength(30);
    expect(Y.encodeStateVector(b)).toEqual(Y.encodeStateVector(a.doc));
  });

  it('compacts on its own after enough appended updates', async () => {
    const { cache } = freshCache();
    const a = cachedDoc(cache, KEY);
    for (let i = 0; i < COMPACT_EVERY + 5; i++) {
      addCard(a.doc, { text: `c${i}`, authorId: null, authorName: 'A' }, 'local');
      await a.flush();
    }
    expect(await cache.rowCount(KEY)).toBeLessThan(10);
    const b = new Y.Doc();
    await cache.load(KEY, b, 'cache');
    expect(readCards(b)).toHaveLength(COMPACT_EVERY + 5);
  });

  it('loading a large backlog compacts it, and the updates applied on load are not cached again', async () => {
    const { cache } = freshCache();
    const a = cachedDoc(cache, KEY);
    for (let i = 0; i < 40; i++) addCard(a.doc, { text: `c${i}`, authorId: null, authorName: 'A' }, 'local');
    await a.flush();
    const b = cachedDoc(cache, KEY);
    await cache.load(KEY, b.doc, 'cache');
    await b.flush();
    expect(await cache.rowCount(KEY)).toBe(1);
  });

  it('clear forgets one room only', async () => {
    const { cache } = freshCache();
    const other = cacheKey('o', 'i', 'r2');
    await cache.append(KEY, Y.encodeStateAsUpdate(new Y.Doc()));
    await cache.append(other, Y.encodeStateAsUpdate(new Y.Doc()));
    await cache.clear(KEY);
    expect(await cache.rowCount(KEY)).toBe(0);
    expect(await cache.rowCount(other)).toBe(1);
  });
});

describe('schema versions in the offline cache', () => {
  it("rows written under another schema fingerprint are dropped, this schema's rows kept", async () => {
    const cache = openRoomCache(`veche-cache-schema-${Math.random()}`);
    const doc = new Y.Doc();
    doc.getMap('m').set('k', 1);
    const update = Y.encodeStateAsUpdate(doc);
    const current = cacheKey('o', 'i', 'r');
    const older = cacheKey('o', 'i', 'r', 'plan1.board0.person1.results1');
    await cache.append(current, update);
    await cache.append(older, update);
    await cache.append('http://legacy|i|r', update);
    expect(await cache.dropOtherSchemas()).toBe(2);
    expect(await cache.rowCount(current)).toBe(1);
    expect(await cache.rowCount(older)).toBe(0);
    cache.close();
  });
});
