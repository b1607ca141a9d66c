import { afterEach, describe, expect, it } from 'vitest';
import { onWake } from '../../../renderer/src/collab/wake';

/** Just the two event targets onWake listens on; vitest runs in Node, with no DOM. */
const fakeWindow = new EventTarget();
const fakeDocument = Object.assign(new EventTarget(), { visibilityState: 'hidden' as 'hidden' | 'visible' });
const g = globalThis as unknown as { window?: EventTarget; document?: EventTarget };
g.window = fakeWindow;
g.document = fakeDocument;

afterEach(() => {
  fakeDocument.visibilityState = 'hidden';
});

describe('a phone that comes back', () => {
  it('wakes the rooms when the page turns visible, is restored from the back-forward cache, or the network returns', () => {
    let wakes = 0;
    const stop = onWake(() => (wakes += 1));
    fakeDocument.dispatchEvent(new Event('visibilitychange')); // turned hidden: the screen locked
    expect(wakes).toBe(0);
    fakeDocument.visibilityState = 'visible';
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    fakeWindow.dispatchEvent(new Event('pageshow'));
    fakeWindow.dispatchEvent(new Event('online'));
    expect(wakes).toBe(3);
    stop();
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    fakeWindow.dispatchEvent(new Event('online'));
    expect(wakes).toBe(3);
  });
});
