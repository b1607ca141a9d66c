import { z } from 'zod';
import { NEED_CATEGORIES } from '../doc/poster';

/** Bodies of the poster session endpoints (docs/protocol.md, "Poster session"), parsed once at the host's edge. */
export const SetupPostersBody = z.strictObject({
  /** Host time (ms) at which the posters lock; null: no deadline; absent: leave as it is. */
  editingClosesAt: z.number().int().nonnegative().nullable().optional(),
  /** The console's language, for the titles the host makes (the posters' round, the inboxes); default ru. */
  lang: z.enum(['ru', 'en']).optional(),
});

export const CommentBody = z.strictObject({
  text: z.string().trim().min(1).max(1000),
  /** The thread's first comment this one answers; absent: a new thread. */
  replyTo: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
});

export const OFFER_KINDS = ['offer', 'volunteer'] as const;
export const OfferBody = z.strictObject({
  kind: z.enum(OFFER_KINDS),
  category: z.enum(NEED_CATEGORIES),
  text: z.string().trim().min(1).max(1000),
  contact: z.string().trim().max(200).default(''),
  /** Explicit consent: the contact goes to this initiative's team (and the facilitator's needs↔offers export) only when true. */
  shareContact: z.boolean().default(false),
});

export const OFFER_DECISIONS = ['accepted', 'declined'] as const;
export const DecisionBody = z.strictObject({ decision: z.enum(OFFER_DECISIONS) });

export type SetupPostersBody = z.infer<typeof SetupPostersBody>;
export type CommentBody = z.infer<typeof CommentBody>;
export type OfferBody = z.infer<typeof OfferBody>;
export type DecisionBody = z.infer<typeof DecisionBody>;
