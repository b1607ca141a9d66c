import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { secondsLeft, toHostTime } from '@shared/clock';
import type { BoardId } from '@shared/ids';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import {
  addTimerMinutes,
  endTimer,
  observeSession,
  pauseTimer,
  readSession,
  readTimer,
  resetTimer,
  resumeTimer,
  setFollowMe,
  setProjector,
  showBoard,
  startTimer,
  timerExpired,
  timerRemaining,
} from '@shared/doc/session';

const T0 = 1_800_000_000_000;
const MIN = 60_000;

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('timer', () => {
  it('runs, pauses, resumes, gets more minutes and ends, all in host time', () => {
    const doc = new Y.Doc();
    resetTimer(doc, 'stage1', 10 * MIN, LOCAL_ORIGIN);
    expect(timerRemaining(readTimer(doc), T0)).toBe(10 * MIN);
    startTimer(doc, T0, LOCAL_ORIGIN);
    expect(readTimer(doc)).toMatchObject({ state: 'running', endsAt: T0 + 10 * MIN });
    expect(timerRemaining(readTimer(doc), T0 + 4 * MIN)).toBe(6 * MIN);
    pauseTimer(doc, T0 + 4 * MIN, LOCAL_ORIGIN);
    expect(timerRemaining(readTimer(doc), T0 + 60 * MIN)).toBe(6 * MIN);
    resumeTimer(doc, T0 + 20 * MIN, LOCAL_ORIGIN);
    expect(timerRemaining(readTimer(doc), T0 + 21 * MIN)).toBe(5 * MIN);
    addTimerMinutes(doc, 2, T0 + 21 * MIN, LOCAL_ORIGIN);
    expect(timerRemaining(readTimer(doc), T0 + 21 * MIN)).toBe(7 * MIN);
    expect(readTimer(doc).durationMs).toBe(12 * MIN);
    endTimer(doc, LOCAL_ORIGIN);
    expect(readTimer(doc).state).toBe('ended');
    expect(timerRemaining(readTimer(doc), T0)).toBe(0);
  });

  it('never goes below zero and counts as expired once past its end', () => {
    const doc = new Y.Doc();
    startTimer(doc, T0, LOCAL_ORIGIN, MIN);
    expect(timerRemaining(readTimer(doc), T0 + 2 * MIN)).toBe(0);
    expect(timerExpired(readTimer(doc), T0 + 2 * MIN)).toBe(true);
    expect(timerExpired(readTimer(doc), T0)).toBe(false);
  });

  it('"five more minutes" after the bell runs again from now', () => {
    const doc = new Y.Doc();
    startTimer(doc, T0, LOCAL_ORIGIN, MIN);
    endTimer(doc, LOCAL_ORIGIN);
    addTimerMinutes(doc, 5, T0 + 10 * MIN, LOCAL_ORIGIN);
    expect(readTimer(doc).state).toBe('running');
    expect(timerRemaining(readTimer(doc), T0 + 10 * MIN)).toBe(5 * MIN);
    addTimerMinutes(doc, -10, T0 + 10 * MIN, LOCAL_ORIGIN);
    expect(timerRemaining(readTimer(doc), T0 + 10 * MIN)).toBe(0);
  });

  it('pause and resume do nothing in the wrong state', () => {
    const doc = new Y.Doc();
    resetTimer(doc, null, MIN, LOCAL_ORIGIN);
    pauseTimer(doc, T0, LOCAL_ORIGIN);
    resumeTimer(doc, T0, LOCAL_ORIGIN);
    expect(readTimer(doc).state).toBe('idle');
  });

  it('screens with skewed clocks show the same second once they know their offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3_600_000, max: 3_600_000 }), fc.integer({ min: -3_600_000, max: 3_600_000 }), fc.nat(20 * MIN), (skewA, skewB, at) => {
        const doc = new Y.Doc();
        startTimer(doc, T0, LOCAL_ORIGIN, 20 * MIN);
        const t = readTimer(doc);
        const hostNow = T0 + at;
        // Each screen reads its own clock and adds its measured offset (exact here; see clock.test.ts for the error bound).
        const a = timerRemaining(t, toHostTime(hostNow + skewA, { offsetMs: -skewA, rttMs: 0 }));
        const b = timerRemaining(t, toHostTime(hostNow + skewB, { offsetMs: -skewB, rttMs: 0 }));
        expect(secondsLeft(a)).toBe(secondsLeft(b));
      }),
    );
  });

  it('two facilitators pressing at once converge to one of their timers, never a mix', () => {
    // Fresh docs get random client ids, so both ways of winning the conflict are exercised.
    for (let round = 0; round < 30; round++) concurrentPauseAndAdd();
  });

  function concurrentPauseAndAdd() {
    const a = new Y.Doc();
    const b = new Y.Doc();
    resetTimer(a, 's', 10 * MIN, LOCAL_ORIGIN);
    sync(a, b);
    startTimer(a, T0, LOCAL_ORIGIN);
    sync(a, b);
    pauseTimer(a, T0 + MIN, LOCAL_ORIGIN);
    addTimerMinutes(b, 3, T0 + MIN, LOCAL_ORIGIN);
    sync(a, b);
    const merged = readTimer(a);
    expect(readTimer(b)).toEqual(merged);
    const paused = { stageId: 's', state: 'paused', endsAt: null, remainingMs: 9 * MIN, durationMs: 10 * MIN };
    const added = { stageId: 's', state: 'running', endsAt: T0 + 13 * MIN, remainingMs: null, durationMs: 13 * MIN };
    expect([paused, added]).toContainEqual(merged);
  }
});

describe('follow me and projector', () => {
  it('stores what the facilitator shows and what the projector shows', () => {
    const doc = new Y.Doc();
    expect(readSession(doc)).toEqual({
      activeStageId: null,
      followMe: false,
      shownBoardId: null,
      projector: { boardId: null, mode: 'qr', voteId: null, page: null },
    });
    let changes = 0;
    const off = observeSession(doc, () => changes++);
    setFollowMe(doc, true, LOCAL_ORIGIN);
    showBoard(doc, 'b1' as BoardId, LOCAL_ORIGIN);
    setProjector(doc, { boardId: 'b1' as BoardId, mode: 'board' }, LOCAL_ORIGIN);
    setProjector(doc, { mode: 'results', voteId: 'v1' }, LOCAL_ORIGIN);
    off();
    showBoard(doc, null, LOCAL_ORIGIN);
    expect(changes).toBe(4);
    expect(readSession(doc)).toEqual({
      activeStageId: null,
      followMe: true,
      shownBoardId: null,
      projector: { boardId: 'b1', mode: 'results', voteId: 'v1', page: null },
    });
  });

  it('reads junk written by a misbehaving client as defaults', () => {
    const doc = new Y.Doc();
    doc.getMap('session').set('projectorMode', 'fireworks');
    doc.getMap('timer').set('state', 42);
    doc.getMap('timer').set('durationMs', -5);
    expect(readSession(doc).projector.mode).toBe('qr');
    expect(readTimer(doc)).toMatchObject({ state: 'idle', durationMs: 0 });
  });
});

describe('projector pages', () => {
  it('clamps a facilitator page and starts over at page one when the shown content changes', () => {
    const doc = new Y.Doc();
    setProjector(doc, { boardId: 'b1' as BoardId, mode: 'board' }, LOCAL_ORIGIN);
    setProjector(doc, { page: 2 }, LOCAL_ORIGIN);
    expect(readSession(doc).projector.page).toBe(2);
    setProjector(doc, { page: 1e9 }, LOCAL_ORIGIN);
    expect(readSession(doc).projector.page).toBe(999);
    setProjector(doc, { boardId: 'b2' as BoardId }, LOCAL_ORIGIN);
    expect(readSession(doc).projector.page).toBeNull();
    doc.getMap('session').set('projectorPage', -3.5);
    expect(readSession(doc).projector.page).toBeNull();
  });
});
