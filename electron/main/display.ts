import type { Rectangle } from 'electron';

/** The parts of Electron's `Display` the choice depends on (kept structural for tests). */
export type DisplayInfo = { id: number; bounds: Rectangle; internal: boolean };

/**
 * The projector goes on a display that is not the primary one. Prefer an external one (a laptop
 * lid can be a secondary display too), then the largest, so a projector beats a small monitor.
 * Null when there is only one display: the caller opens a normal window instead.
 */
export function chooseProjectorDisplay<D extends DisplayInfo>(displays: readonly D[], primaryId: number): D | null {
  const candidates = displays.filter((d) => d.id !== primaryId);
  if (candidates.length === 0) return null;
  const area = (d: D) => d.bounds.width * d.bounds.height;
  return [...candidates].sort((a, b) => Number(a.internal) - Number(b.internal) || area(b) - area(a))[0] ?? null;
}
