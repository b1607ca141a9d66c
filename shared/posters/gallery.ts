import type * as Y from 'yjs';
import { isId } from '../ids';
import { num, strOrNull } from '../doc/schema';

/**
 * The gallery walk and what the projector shows during a poster session, in the plan
 * (`posterGallery` map; facilitators' clients write it, everyone reads it).
 *
 * Nothing here needs a writer to tick: the stand the walk is at and the poster a carousel shows are
 * pure functions of host time (shared/clock.ts), so the projector, the console and every phone
 * agree without anybody advancing a counter — and two projector windows cannot advance it twice.
 *
 * - `order`: the walk order, team ids (stands); teams missing from it follow in plan order.
 * - `standMs`: time at each stand.
 * - `walk`: started at host time `startedAt`; `pausedAt` set while paused. `startedAt` moves forward
 *   by the paused time on resume, and back by what was left on "next stand", so the derived stand
 *   and countdown stay one formula.
 * - `view`: what the projector shows in the poster session (results mode): a carousel of all
 *   posters, one poster large, the walk, or the two nominations.
 */
export const GALLERY_VIEWS = ['carousel', 'poster', 'walk', 'nominations'] as const;
export type GalleryView = (typeof GALLERY_VIEWS)[number];

export type Gallery = {
  order: string[];
  standMs: number;
  startedAt: number | null;
  pausedAt: number | null;
  view: GalleryView;
  /** The poster board shown in 'poster' view. */
  posterId: string | null;
  /** Seconds per poster in the carousel. */
  carouselMs: number;
};

export const DEFAULT_STAND_MS = 5 * 60_000;
export const DEFAULT_CAROUSEL_MS = 15_000;
export const LIMITS = { standMs: { min: 30_000, max: 60 * 60_000 }, carouselMs: { min: 5_000, max: 120_000 } } as const;

const mapOf = (plan: Y.Doc) => plan.getMap<unknown>('posterGallery');
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const clamp = (v: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, v));

export function readGallery(plan: Y.Doc): Gallery {
  const m = mapOf(plan);
  const order = m.get('order');
  const view = m.get('view');
  return {
    order: Array.isArray(order) ? [...new Set(order.filter((id): id is string => typeof id === 'string' && isId(id)))] : [],
    standMs: clamp(num(m.get('standMs'), DEFAULT_STAND_MS), LIMITS.standMs),
    startedAt: numOrNull(m.get('startedAt')),
    pausedAt: numOrNull(m.get('pausedAt')),
    view: (GALLERY_VIEWS as readonly unknown[]).includes(view) ? (view as GalleryView) : 'carousel',
    posterId: strOrNull(m.get('posterId')),
    carouselMs: clamp(num(m.get('carouselMs'), DEFAULT_CAROUSEL_MS), LIMITS.carouselMs),
  };
}

/** The walk's stands: the saved order (only teams that still exist), then any team it does not name yet. */
export function walkOrder(g: Gallery, teamIds: readonly string[]): string[] {
  const known = new Set(teamIds);
  const first = g.order.filter((id) => known.has(id));
  return [...first, ...teamIds.filter((id) => !first.includes(id))];
}

export type WalkState =
  { phase: 'idle' } | { phase: 'running' | 'paused'; stand: number; teamId: string; next: string | null; leftMs: number } | { phase: 'done' };

/** Where the walk is at host time `now`. Pure: every screen computes the same stand and countdown. */
export function walkState(g: Gallery, stands: readonly string[], now: number): WalkState {
  if (g.startedAt === null || stands.length === 0) return { phase: 'idle' };
  const elapsed = Math.max(0, (g.pausedAt ?? now) - g.startedAt);
  const stand = Math.floor(elapsed / g.standMs);
  if (stand >= stands.length) return { phase: 'done' };
  return {
    phase: g.pausedAt === null ? 'running' : 'paused',
    stand,
    teamId: stands[stand]!,
    next: stands[stand + 1] ?? null,
    leftMs: g.standMs - (elapsed % g.standMs),
  };
}

/** The poster index a carousel of `count` posters shows at host time `now`. */
export const carouselIndex = (g: Gallery, count: number, now: number): number => (count <= 0 ? 0 : Math.floor(Math.max(0, now) / g.carouselMs) % count);

function write(plan: Y.Doc, patch: Record<string, unknown>, origin: unknown): void {
  plan.transact(() => {
    const m = mapOf(plan);
    for (const [k, v] of Object.entries(patch)) m.set(k, v);
  }, origin);
}

export const setWalkOrder = (plan: Y.Doc, order: readonly string[], origin: unknown) => write(plan, { order: [...order] }, origin);

export const setStandMs = (plan: Y.Doc, ms: number, origin: unknown) => write(plan, { standMs: clamp(Math.round(ms), LIMITS.standMs) }, origin);

export const setCarouselMs = (plan: Y.Doc, ms: number, origin: unknown) => write(plan, { carouselMs: clamp(Math.round(ms), LIMITS.carouselMs) }, origin);

export const setGalleryView = (plan: Y.Doc, view: GalleryView, posterId: string | null, origin: unknown) => write(plan, { view, posterId }, origin);

/** Starts the walk at the first stand. */
export const startWalk = (plan: Y.Doc, now: number, origin: unknown) => write(plan, { startedAt: now, pausedAt: null }, origin);

export function pauseWalk(plan: Y.Doc, now: number, origin: unknown): void {
  const g = readGallery(plan);
  if (g.startedAt !== null && g.pausedAt === null) write(plan, { pausedAt: now }, origin);
}

export function resumeWalk(plan: Y.Doc, now: number, origin: unknown): void {
  const g = readGallery(plan);
  if (g.startedAt !== null && g.pausedAt !== null) write(plan, { startedAt: g.startedAt + (now - g.pausedAt), pausedAt: null }, origin);
}

/** Ends the current stand now: the walk moves on with the next stand's full time (paused stays paused). */
export function nextStand(plan: Y.Doc, stands: readonly string[], now: number, origin: unknown): void {
  const g = readGallery(plan);
  const s = walkState(g, stands, now);
  if (s.phase !== 'running' && s.phase !== 'paused') return;
  write(plan, { startedAt: g.startedAt! - s.leftMs }, origin);
}

export const stopWalk = (plan: Y.Doc, origin: unknown) => write(plan, { startedAt: null, pausedAt: null }, origin);
