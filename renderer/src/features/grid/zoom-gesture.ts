/** Scale limits of the console grid's zoom (GridZoom). */
export const MIN_SCALE = 0.25;
export const MAX_SCALE = 2;
/** A zoom gesture ends when no step has come for this long; only then are margins and scroll set. */
export const SETTLE_MS = 180;

export const clampScale = (s: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/**
 * The content's transform during a gesture: `translate(x, y) scale(scale)` with the origin at the
 * content box's top left. Settled (margins and scroll set for `scale`), x and y are 0.
 */
export type Gesture = { scale: number; x: number; y: number };

/**
 * The next step of a gesture: scale `to`, keeping the content point now on screen at `at` (px from
 * the content box's untransformed top left) where it is.
 */
export function anchoredStep(from: Gesture, to: number, at: { x: number; y: number }): Gesture {
  const k = to / from.scale;
  return { scale: to, x: at.x - (at.x - from.x) * k, y: at.y - (at.y - from.y) * k };
}

/** How far the scrollers can move once a gesture settles: the offset turns into scroll then. */
export type ScrollRoom = {
  /** The viewport's scrollLeft now, and the most it can have at the new scale. */
  left: number;
  maxLeft: number;
  /** The page's scrollY now, and the most it can have at the new scale. */
  top: number;
  maxTop: number;
};

/**
 * Keeps a step's offset to what scrolling can take over when the gesture settles (the new scroll is
 * the current one minus the offset), so the content does not jump at the end: zoomed out, a grid
 * narrower than its viewport stays at the left edge, as it is when settled.
 */
export function withinScroll(g: Gesture, room: ScrollRoom): Gesture {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return { ...g, x: clamp(g.x, room.left - Math.max(0, room.maxLeft), room.left), y: clamp(g.y, room.top - Math.max(0, room.maxTop), room.top) };
}
