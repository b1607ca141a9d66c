import type { Bounds } from '@shared/tree/layout';

/** Screen = world × scale + (x, y). */
export type View = { x: number; y: number; scale: number };
export type Viewport = { width: number; height: number };

// A 250-node tree has ~125 leaves side by side: fitting it into a laptop's canvas takes ~1.5 %,
// unreadable but it shows the shape and where to zoom in.
export const MIN_SCALE = 0.01;
export const MAX_SCALE = 3;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The whole tree in the viewport, centred; never blown up past `maxScale` (a 3-node tree stays readable, not huge). */
export function fitView(bounds: Bounds, viewport: Viewport, padding = 24, maxScale = 1.2): View {
  const w = Math.max(1, viewport.width - 2 * padding);
  const h = Math.max(1, viewport.height - 2 * padding);
  const scale = clamp(Math.min(w / Math.max(1, bounds.width), h / Math.max(1, bounds.height)), MIN_SCALE, maxScale);
  return {
    scale,
    x: viewport.width / 2 - (bounds.x + bounds.width / 2) * scale,
    y: viewport.height / 2 - (bounds.y + bounds.height / 2) * scale,
  };
}

/** Zooms by `factor` keeping the world point under `at` (screen coordinates) where it is. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }): View {
  const scale = clamp(view.scale * factor, MIN_SCALE, MAX_SCALE);
  const k = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * k, y: at.y - (at.y - view.y) * k };
}

/** True when the bounds, drawn with `view`, lie inside the viewport. */
export function contains(view: View, bounds: Bounds, viewport: Viewport): boolean {
  const left = bounds.x * view.scale + view.x;
  const top = bounds.y * view.scale + view.y;
  const eps = 0.5;
  return left >= -eps && top >= -eps && left + bounds.width * view.scale <= viewport.width + eps && top + bounds.height * view.scale <= viewport.height + eps;
}

/** Pans the least needed to bring a box fully into view (keyboard selection off-screen). */
export function revealBox(view: View, box: Bounds, viewport: Viewport, margin = 32): View {
  const left = box.x * view.scale + view.x;
  const top = box.y * view.scale + view.y;
  const right = left + box.width * view.scale;
  const bottom = top + box.height * view.scale;
  let dx = 0;
  let dy = 0;
  if (left < margin) dx = margin - left;
  else if (right > viewport.width - margin) dx = viewport.width - margin - right;
  if (top < margin) dy = margin - top;
  else if (bottom > viewport.height - margin) dy = viewport.height - margin - bottom;
  return dx === 0 && dy === 0 ? view : { ...view, x: view.x + dx, y: view.y + dy };
}
