import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Timers } from '../../renderer/src/collab/reconnect';
import { jitterReconnects } from '../../renderer/src/collab/reconnect';
import { readPlan, setTitle } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { TestHost } from './helpers/host';
import { connect, createEvent, eventually, startTestHost, synced } from './helpers/host';

let host: TestHost;
let eventId: string;

beforeAll(async () => {
  host = await startTestHost();
  ({ id: eventId } = await createEvent(host));
});
afterAll(() => host.stop());

/** Timers that never fire by themselves: only `wake` can bring the client back. */
const frozen: Timers & { scheduled: number[] } = {
  scheduled: [],
  set(_fn, ms) {
    frozen.scheduled.push(ms);
    return frozen.scheduled.length;
  },
  clear() {},
  now: () => Date.now(),
};

describe('a phone that comes back', () => {
  it('waits for its jittered retry after a drop, and resumes at once on wake with what changed meanwhile', async () => {
    const phone = connect(host, `${eventId}/plan`, host.facilitatorToken);
    const reconnector = jitterReconnects(phone.provider, () => 0.25, frozen);
    const other = connect(host, `${eventId}/plan`, host.facilitatorToken);
    await Promise.all([synced(phone.provider), synced(other.provider)]);

    phone.provider.ws?.close(); // the Wi-Fi blinks
    await eventually(() => expect(frozen.scheduled).toEqual([625]));
    // y-websocket's own retry would have reconnected within 100 ms; this one waits for its turn.
    await new Promise((r) => setTimeout(r, 300));
    expect(phone.provider.wsconnected).toBe(false);

    setTitle(other.doc, 'Пока телефон спал', LOCAL_ORIGIN);
    reconnector.wake();
    await synced(phone.provider);
    await eventually(() => expect(readPlan(phone.doc).title).toBe('Пока телефон спал'));
    expect(Y.encodeStateVector(phone.doc)).toEqual(Y.encodeStateVector(other.doc));
    reconnector.stop();
    phone.provider.destroy();
    other.provider.destroy();
  });
});
