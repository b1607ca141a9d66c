import type * as Y from 'yjs';
import type { Result } from '../errors';
import { fail, ok } from '../errors';
import type { Repairs } from './records';
import { NEED_CATEGORIES, POSTER_FIELDS, POSTER_LIMITS, PosterNeedsSchema, PosterSchema, cutTo, readRecord } from './records';
import { initMeta } from './schema';

export { NEED_CATEGORIES, POSTER_FIELDS, POSTER_LIMITS } from './records';

/**
 * A poster (постер, стендовый доклад) in its own board room, kind 'poster', one per initiative
 * (team). The board is readable by everyone and written by its team until the host locks it at
 * `editingClosesAt` (the posters' championship round deadline, electron/host/posters/setup.ts).
 * Two flat maps, one key per field, so two team members editing different fields merge:
 * - `poster`: name, who, problem, doing, results, contacts, image;
 * - `posterNeeds`: need category → short description ('' or absent: not needed).
 */

export type NeedCategory = (typeof NEED_CATEGORIES)[number];

export type PosterField = (typeof POSTER_FIELDS)[number];

export type Poster = Record<PosterField, string> & {
  /** A small `data:image/(png|jpeg|webp);base64,…` URL, or null: remote URLs would leak visitors to the internet. */
  image: string | null;
  needs: Partial<Record<NeedCategory, string>>;
};

export type PosterPatch = Partial<Record<PosterField, string>> & { image?: string | null; needs?: Partial<Record<NeedCategory, string>> };

const fieldsOf = (doc: Y.Doc) => doc.getMap<unknown>('poster');
const needsOf = (doc: Y.Doc) => doc.getMap<unknown>('posterNeeds');

export const isPosterImage = (v: unknown): v is string => typeof v === 'string' && PosterSchema.shape.image.safeParse(v).success;

const limitOf = (f: PosterField): number => (f === 'name' ? POSTER_LIMITS.name : f === 'contacts' ? POSTER_LIMITS.contacts : POSTER_LIMITS.text);

/** How a poster field that fails PosterSchema is read: over-long text is cut, a bad image is dropped. */
const POSTER_REPAIRS: Repairs<typeof PosterSchema.shape> = {
  ...(Object.fromEntries(POSTER_FIELDS.map((f) => [f, cutTo(limitOf(f))])) as Record<PosterField, (v: unknown) => string>),
  image: () => null,
};
const NEED_REPAIRS = Object.fromEntries(NEED_CATEGORIES.map((c) => [c, cutTo(POSTER_LIMITS.need)])) as Repairs<typeof PosterNeedsSchema.shape>;

/** Reads defensively: a team member's client may have written anything (PosterSchema decides). */
export function readPoster(doc: Y.Doc): Poster {
  const { image, ...fields } = readRecord(PosterSchema, POSTER_REPAIRS, fieldsOf(doc));
  const stated = readRecord(PosterNeedsSchema, NEED_REPAIRS, needsOf(doc));
  const needs: Partial<Record<NeedCategory, string>> = {};
  for (const c of NEED_CATEGORIES) if (stated[c]?.trim()) needs[c] = stated[c];
  return { ...fields, image, needs };
}

export function validPosterPatch(p: PosterPatch): Result<PosterPatch> {
  for (const f of POSTER_FIELDS) {
    const v = p[f];
    if (v !== undefined && v.length > limitOf(f)) return fail('bad_request', `${f} is longer than ${limitOf(f)} characters`);
  }
  for (const [c, d] of Object.entries(p.needs ?? {})) {
    if (!(NEED_CATEGORIES as readonly string[]).includes(c)) return fail('bad_request', `unknown need ${c}`);
    if (d.length > POSTER_LIMITS.need) return fail('bad_request', `the need ${c} is longer than ${POSTER_LIMITS.need} characters`);
  }
  if (p.image !== undefined && p.image !== null && !isPosterImage(p.image)) {
    return fail('payload_too_large', `the image must be a png/jpeg/webp data: URL of at most ${POSTER_LIMITS.image} characters`);
  }
  return ok(p);
}

export function initPoster(doc: Y.Doc, title: string, origin: unknown): void {
  initMeta(doc, 'board', origin, { title });
}

export function writePoster(doc: Y.Doc, patch: PosterPatch, origin: unknown): Result<void> {
  const v = validPosterPatch(patch);
  if (!v.ok) return fail(v.error.code, v.error.message);
  doc.transact(() => {
    const m = fieldsOf(doc);
    for (const f of POSTER_FIELDS) if (patch[f] !== undefined && m.get(f) !== patch[f]) m.set(f, patch[f]);
    if (patch.image !== undefined) m.set('image', patch.image);
    for (const [c, d] of Object.entries(patch.needs ?? {})) {
      if (d.trim()) needsOf(doc).set(c, d);
      else needsOf(doc).delete(c);
    }
  }, origin);
  return ok(undefined);
}

/** The needs a poster states, in category order. */
export const posterNeeds = (p: Poster): { category: NeedCategory; description: string }[] =>
  NEED_CATEGORIES.flatMap((category) => (p.needs[category] ? [{ category, description: p.needs[category] }] : []));
