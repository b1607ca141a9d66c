import type * as Y from 'yjs';
import { z } from 'zod';

/**
 * The event's particulars for its documents: the date, the place, who organised it and who
 * facilitated it. Public (every report prints them), so they sit in the plan's `settings` map under
 * `eventMeta`; facilitators set them through `PATCH /api/events/<id>` ({ meta }), which the host
 * validates, and readers accept only well-formed values, whatever a raw client wrote.
 */
export type EventMeta = {
  /** yyyy-mm-dd, a real calendar date, or '' when not set. */
  date: string;
  place: string;
  organiser: string;
  facilitator: string;
};

export const EVENT_META_FIELDS = ['date', 'place', 'organiser', 'facilitator'] as const;
export const MAX_META_TEXT = 200;
export const EMPTY_EVENT_META: EventMeta = { date: '', place: '', organiser: '', facilitator: '' };

/** A real date in yyyy-mm-dd (30.02 is not one). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d;
}

const text = z.string().trim().max(MAX_META_TEXT);
/** The body's `meta`: any subset of the fields; '' clears one. */
export const EventMetaPatch = z
  .object({
    date: z
      .string()
      .trim()
      .refine((s) => s === '' || isIsoDate(s), { message: 'date must be a real date as yyyy-mm-dd' })
      .optional(),
    place: text.optional(),
    organiser: text.optional(),
    facilitator: text.optional(),
  })
  .strict();
export type EventMetaPatch = z.infer<typeof EventMetaPatch>;

const settingsOf = (plan: Y.Doc) => plan.getMap<unknown>('settings');

export function readEventMeta(plan: Y.Doc): EventMeta {
  const raw = settingsOf(plan).get('eventMeta');
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const s = (k: string) => (typeof o[k] === 'string' ? (o[k] as string).trim().slice(0, MAX_META_TEXT) : '');
  const date = s('date');
  return { date: isIsoDate(date) ? date : '', place: s('place'), organiser: s('organiser'), facilitator: s('facilitator') };
}

export function writeEventMeta(plan: Y.Doc, patch: EventMetaPatch, origin: unknown): EventMeta {
  const next = { ...readEventMeta(plan), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as EventMeta;
  plan.transact(() => settingsOf(plan).set('eventMeta', next), origin);
  return next;
}
