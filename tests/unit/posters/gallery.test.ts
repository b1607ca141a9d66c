import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  carouselIndex,
  nextStand,
  pauseWalk,
  readGallery,
  resumeWalk,
  setStandMs,
  setWalkOrder,
  startWalk,
  stopWalk,
  walkOrder,
  walkState,
} from '@shared/posters/gallery';

const stands = ['teamAaaa', 'teamBbbb', 'teamCccc'];
const O = 'local';

function plan(standMs = 60_000) {
  const doc = new Y.Doc();
  setStandMs(doc, standMs, O);
  return doc;
}

describe('gallery walk', () => {
  it('derives the stand and the countdown from host time alone', () => {
    const doc = plan();
    expect(walkState(readGallery(doc), stands, 0)).toEqual({ phase: 'idle' });
    startWalk(doc, 1_000, O);
    expect(walkState(readGallery(doc), stands, 1_000)).toMatchObject({ phase: 'running', stand: 0, teamId: 'teamAaaa', next: 'teamBbbb', leftMs: 60_000 });
    expect(walkState(readGallery(doc), stands, 61_500)).toMatchObject({ stand: 1, teamId: 'teamBbbb', leftMs: 59_500 });
    expect(walkState(readGallery(doc), stands, 121_000 + 59_999)).toMatchObject({ stand: 2, next: null, leftMs: 1 });
    expect(walkState(readGallery(doc), stands, 181_000)).toEqual({ phase: 'done' });
  });

  it('pauses, resumes where it was, and skips to the next stand with its full time', () => {
    const doc = plan();
    startWalk(doc, 0, O);
    pauseWalk(doc, 20_000, O);
    expect(walkState(readGallery(doc), stands, 500_000)).toMatchObject({ phase: 'paused', stand: 0, leftMs: 40_000 });
    resumeWalk(doc, 500_000, O);
    expect(walkState(readGallery(doc), stands, 510_000)).toMatchObject({ phase: 'running', stand: 0, leftMs: 30_000 });
    nextStand(doc, stands, 510_000, O);
    expect(walkState(readGallery(doc), stands, 510_000)).toMatchObject({ stand: 1, leftMs: 60_000 });
    stopWalk(doc, O);
    expect(walkState(readGallery(doc), stands, 510_000)).toEqual({ phase: 'idle' });
  });

  it('keeps the saved order, drops teams that are gone and appends new ones', () => {
    const doc = plan();
    setWalkOrder(doc, ['teamCccc', 'teamGone', 'teamAaaa'], O);
    expect(walkOrder(readGallery(doc), stands)).toEqual(['teamCccc', 'teamAaaa', 'teamBbbb']);
  });

  it('clamps stand time and ignores junk written by a client', () => {
    const doc = plan(1);
    expect(readGallery(doc).standMs).toBe(30_000);
    doc.getMap('posterGallery').set('order', ['ok_id_12', 42, null, 'ok_id_12']);
    doc.getMap('posterGallery').set('view', 'nonsense');
    const g = readGallery(doc);
    expect(g.order).toEqual(['ok_id_12']);
    expect(g.view).toBe('carousel');
  });

  it('turns the carousel by host time, the same on every screen', () => {
    const g = readGallery(plan());
    expect([0, 14_999, 15_000, 45_000].map((t) => carouselIndex(g, 3, t))).toEqual([0, 0, 1, 0]);
    expect(carouselIndex(g, 0, 99_999)).toBe(0);
  });
});
