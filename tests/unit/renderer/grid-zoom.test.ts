import { describe, expect, it } from 'vitest';
import { anchoredStep, clampScale, withinScroll, MAX_SCALE, MIN_SCALE } from '../../../renderer/src/features/grid/zoom-gesture';

/** Where a content point lands on screen (relative to the untransformed content box) under a gesture's transform. */
const onScreen = (g: { scale: number; x: number; y: number }, p: { x: number; y: number }) => ({ x: g.x + g.scale * p.x, y: g.y + g.scale * p.y });

describe('grid zoom gesture', () => {
  it('keeps the point under the pointer where it is, step after step', () => {
    let g = { scale: 1, x: 0, y: 0 };
    const at = { x: 640, y: 300 };
    const point = { x: 640, y: 300 };
    for (const s of [0.8, 0.64, 0.512, 0.64, 1.2]) {
      g = anchoredStep(g, s, at);
      const p = onScreen(g, point);
      expect(p.x).toBeCloseTo(at.x, 6);
      expect(p.y).toBeCloseTo(at.y, 6);
    }
  });

  it('anchors a later step at the content point under the new pointer, not the first one', () => {
    const g1 = anchoredStep({ scale: 1, x: 0, y: 0 }, 0.5, { x: 400, y: 200 });
    const at = { x: 100, y: 50 };
    const under = { x: (at.x - g1.x) / g1.scale, y: (at.y - g1.y) / g1.scale };
    const g2 = anchoredStep(g1, 0.25, at);
    expect(onScreen(g2, under).x).toBeCloseTo(at.x, 6);
    expect(onScreen(g2, under).y).toBeCloseTo(at.y, 6);
  });

  it('zoomed out, a grid narrower than its viewport stays at the left edge (nothing to scroll sideways)', () => {
    const g = withinScroll(anchoredStep({ scale: 1, x: 0, y: 0 }, 0.5, { x: 900, y: 400 }), { left: 0, maxLeft: -800, top: 1500, maxTop: 20_000 });
    expect(g.x).toBe(0);
    expect(g.y).toBe(200);
  });

  it('never asks the page to scroll above its top or past its end when the gesture settles', () => {
    const out = withinScroll({ scale: 0.5, x: 0, y: 900 }, { left: 0, maxLeft: 0, top: 300, maxTop: 5000 });
    expect(300 - out.y).toBe(0);
    const deep = withinScroll({ scale: 2, x: -700, y: -4000 }, { left: 100, maxLeft: 600, top: 2000, maxTop: 5000 });
    expect(100 - deep.x).toBe(600);
    expect(2000 - deep.y).toBe(5000);
  });

  it('limits the scale to 25–200 %', () => {
    expect(clampScale(0.1)).toBe(MIN_SCALE);
    expect(clampScale(5)).toBe(MAX_SCALE);
    expect(clampScale(0.8)).toBe(0.8);
  });
});
