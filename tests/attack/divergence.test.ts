import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { HostProcess } from './support/host-process';
import { clientOn, createEventOn, joinOn, startHostProcess, until } from './support/host-process';
import { rawClient } from './support/raw-sync';

let host: HostProcess | null = null;
afterEach(async () => {
  await host?.stop();
  host = null;
});

/** An update that builds on an item the host never saw: Yjs would keep it pending. */
function orphanUpdates(): { missingParent: Uint8Array; missingDelete: Uint8Array } {
  const author = new Y.Doc();
  author.getArray<string>('list').insert(0, ['основа']);
  const follower = new Y.Doc();
  Y.applyUpdate(follower, Y.encodeStateAsUpdate(author));
  const sv = Y.encodeStateVector(follower);
  follower.getArray<string>('list').insert(1, ['надстройка']);
  const missingParent = Y.encodeStateAsUpdate(follower, sv);
  // A delete of items the host has never seen (only the delete set is sent).
  const gone = new Y.Doc();
  gone.getText('t').insert(0, 'исчезнувший текст');
  gone.getText('t').delete(0, 5);
  const missingDelete = Y.encodeStateAsUpdate(gone, Y.encodeStateVector(gone));
  return { missingParent, missingDelete };
}

const stateJson = (doc: Y.Doc) =>
  JSON.stringify({
    list: doc.getArray('list').toJSON(),
    t: doc.getText('t').toString(),
    scale: doc.getMap('scale').toJSON(),
  });

describe('no divergence', () => {
  it('an update with missing dependencies is not applied and the sender is asked to resync; clients, a late joiner and a restarted host agree', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'veche-diverge-'));
    host = await startHostProcess({ dataDir });
    const ev = await createEventOn(host);
    const p = await joinOn(host, ev.joinCode, 'Подвох');
    // The person's own room. Its guard does not judge a struct that builds on what neither the host
    // nor the update has: Yjs cannot integrate it, so the host drops it and asks for a resync.
    const room = `${ev.id}/person/${p.personId}`;
    const honest = clientOn(host, room, p.token);
    await honest.ready;
    const raw = await rawClient(host, room, p.token);
    await until(() => raw.step1s >= 1, 'the host asked the writer for its state on connect');

    const { missingParent, missingDelete } = orphanUpdates();
    raw.sendUpdate(missingParent);
    await until(() => raw.step1s >= 2, 'the host asked the sender to resync');
    raw.sendUpdate(missingDelete);
    honest.doc.transact(() => honest.doc.getMap('scale').set('board1', 7), LOCAL_ORIGIN);

    const late = clientOn(host, room, p.token);
    await late.ready;
    await until(() => late.doc.getMap('scale').get('board1') === 7, 'the late joiner has the honest answer');
    expect(stateJson(late.doc)).toBe(stateJson(honest.doc));
    expect(late.doc.getArray('list').length).toBe(0);
    expect(late.doc.store.pendingStructs).toBeNull();
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(honest.doc));
    raw.close();
    honest.destroy();
    late.destroy();

    // Restart on the same data: the file holds exactly what the clients hold.
    const expected = stateJson(honest.doc);
    const sv = Y.encodeStateVector(honest.doc);
    await host.stop();
    host = await startHostProcess({ dataDir });
    const again = clientOn(host, room, p.token);
    await again.ready;
    expect(stateJson(again.doc)).toBe(expected);
    expect(Y.encodeStateVector(again.doc)).toEqual(sv);
    again.destroy();
    expect(host.alive()).toBe(true);
    await host.stop();
    host = null;
    await rm(dataDir, { recursive: true, force: true });
  });
});
