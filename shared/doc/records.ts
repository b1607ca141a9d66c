import * as z from 'zod/mini';
import type { PersonId } from '../ids';
import { isId } from '../ids';
import type { NodeId } from '../tree/types';
import { MAX_NODE_TEXT, NODE_KINDS, TREE_KINDS } from '../tree/types';
import { LIMITS as JURY_LIMITS } from '../championship/model';
import { MAX_OPEN_ANSWER, MAX_QUESTION_TEXT } from './audience';
import { MATRIX_MAX, MATRIX_MIN } from './matrix';
import { DOC_KINDS } from './schema';

/**
 * One validator per stored record, defined once. A record is a Y.Map with one key per field; each
 * field's schema here is what the host's update guard (electron/host/sync/update-guard.ts) lets a
 * client write there, the record's type is `z.infer` of it, and the accessors read through
 * `readRecord`, which repairs a field that fails its schema (a hostile or older client may have
 * written anything) instead of failing the view. `zod/mini`, because the renderer's participant
 * bundle carries these.
 */

/** Text caps, in UTF-16 units as `string.length` counts them. */
export const MAX_CARD_TEXT = 10_000;
/** Shorter than a board card: a private card is a thought for a wall of stickies, not an essay. */
export const MAX_PRIVATE_TEXT = 1000;
export const POSTER_LIMITS = { text: 2000, need: 300, name: 200, contacts: 300, image: 200_000 } as const;
/** Names, column/row ids, order keys, colours: short by nature. */
export const MAX_SHORT = 200;
const MAX_ID = 64;
/** A reference to an id (parent, source, author): ids are ≤ 64 characters, a goal-tree mirror's adds a prefix. */
export const MAX_REF = 128;

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
const POSTER_IMAGE = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

const text = (cap: number) => z.string().check(z.maxLength(cap));
const short = text(MAX_SHORT);
const time = z.number().check(z.refine(Number.isFinite));
const orderKey = z.string().check(z.minLength(1), z.maxLength(MAX_SHORT));
const idOf = <T extends string>() => z.custom<T>((v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_REF);

/** A card on a card board (`cards`: id → record). `authorId`/`authorName` are its author fields. */
export const CardSchema = z.object({
  text: text(MAX_CARD_TEXT),
  authorId: z.nullable(idOf<PersonId>()),
  authorName: short,
  column: z.nullable(short),
  color: z.nullable(z.string().check(z.regex(HEX_COLOR))),
  order: orderKey,
  createdAt: time,
});
/** A card on a grid board: a card plus the row of its cell (a grid board is still a card board). */
export const GridCardSchema = z.object({ ...CardSchema.shape, row: z.optional(z.nullable(short)) });

/** A card group (`groups`: id → record) on a card or grid board: member card ids, never the cards themselves (groups.ts). */
export const CardGroupSchema = z.object({
  title: text(MAX_SHORT),
  cards: z.array(z.custom<string>((v) => isId(v))).check(z.maxLength(50)),
  authorId: z.nullable(idOf<PersonId>()),
  authorName: short,
  createdAt: time,
});

/** A tree node (`nodes`: id → record). Never removed by the accessors, only tombstoned by `deleted`. */
export const TreeNodeSchema = z.object({
  kind: z.enum(NODE_KINDS),
  text: text(MAX_NODE_TEXT),
  parentId: z.nullable(idOf<NodeId>()),
  order: orderKey,
  deleted: z.boolean(),
  authorId: z.nullable(idOf<PersonId>()),
  createdAt: time,
  sourceId: z.optional(z.nullable(idOf<NodeId>())),
  sourceText: z.optional(z.nullable(text(MAX_NODE_TEXT))),
});

export const POSTER_FIELDS = ['name', 'who', 'problem', 'doing', 'results', 'contacts'] as const;
export const NEED_CATEGORIES = ['volunteers', 'partners', 'premises', 'equipment', 'expertise', 'media', 'money'] as const;

/** A poster's fields, one flat map (`poster`); `image` is a small data: URL or null. */
export const PosterSchema = z.object({
  name: text(POSTER_LIMITS.name),
  who: text(POSTER_LIMITS.text),
  problem: text(POSTER_LIMITS.text),
  doing: text(POSTER_LIMITS.text),
  results: text(POSTER_LIMITS.text),
  contacts: text(POSTER_LIMITS.contacts),
  image: z.nullable(z.string().check(z.maxLength(POSTER_LIMITS.image), z.regex(POSTER_IMAGE))),
});
/** A poster's needs (`posterNeeds`): category → short description. */
export const PosterNeedsSchema = z.object(
  Object.fromEntries(NEED_CATEGORIES.map((c) => [c, text(POSTER_LIMITS.need)])) as Record<(typeof NEED_CATEGORIES)[number], ReturnType<typeof text>>,
);

/** A card in a person's private round (person room `private`: boardId → cardId → record). No author fields: the host knows whose room it is. */
export const PrivateCardSchema = z.object({
  text: text(MAX_PRIVATE_TEXT),
  row: z.nullable(text(MAX_ID)),
  column: z.nullable(text(MAX_ID)),
  color: z.nullable(text(MAX_ID)),
  createdAt: time,
});

/** A board room's `meta` map. */
export const BoardMetaSchema = z.object({
  schemaVersion: z.int().check(z.minimum(1)),
  kind: z.enum(DOC_KINDS),
  treeKind: z.optional(z.enum(TREE_KINDS)),
  title: z.optional(short),
  boardKind: z.optional(text(MAX_ID)),
});

export type CardFields = z.infer<typeof CardSchema>;
export type GridCardFields = z.infer<typeof GridCardSchema>;
export type TreeNodeFields = z.infer<typeof TreeNodeSchema>;
export type PosterFields = z.infer<typeof PosterSchema>;
export type PrivateCardFields = z.infer<typeof PrivateCardSchema>;

type Shape = Record<string, z.ZodMiniType>;
/** What a field that fails its schema is read as: a function of what is stored there. */
export type Repairs<S extends Shape> = { [K in keyof S]: (stored: unknown) => z.infer<S[K]> };

/** Cuts a string to `max` units without splitting a surrogate pair. */
export function clampString(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Repairs: a text cut to its cap (or '' if not a string), a fixed value otherwise. */
export const cutTo =
  (max: number) =>
  (v: unknown): string =>
    typeof v === 'string' ? clampString(v, max) : '';
export const always =
  <T>(value: T) =>
  (): T =>
    value;

/** A Y.Map's entries as Yjs keeps them: a field's item is replaced when it is set and flagged when deleted. */
type Entries = { _map?: Map<string, { deleted: boolean }> };
type Cached = { schema: object; items: unknown[]; deleted: boolean[]; value: unknown };
/**
 * Parsed records by map: a board re-read after one change parses only the records that changed
 * (5,000 cards parse in tens of milliseconds on a phone; checking that 5,000 did not change is cheap).
 */
const parsed = new WeakMap<object, Cached>();

function fresh(cached: Cached | undefined, schema: object, keys: readonly string[], entries: Map<string, { deleted: boolean }>): boolean {
  if (!cached || cached.schema !== schema) return false;
  for (let i = 0; i < keys.length; i++) {
    const item = entries.get(keys[i]!);
    if (item !== cached.items[i] || (item !== undefined && item.deleted !== cached.deleted[i])) return false;
  }
  return true;
}

/**
 * Reads one record from its map: one parse of the whole record, and only when that fails, field by
 * field, each bad field replaced by its repair. Never throws. The result is shared between reads of
 * an unchanged Y.Map: treat it as read-only.
 */
export function readRecord<S extends Shape>(schema: z.ZodMiniObject<S>, repairs: Repairs<S>, map: { get(key: string): unknown }): z.infer<z.ZodMiniObject<S>> {
  const shape = schema.shape;
  const keys = Object.keys(shape);
  const entries = (map as Entries)._map;
  const cached = entries ? parsed.get(map) : undefined;
  if (entries && fresh(cached, schema, keys, entries)) return cached!.value as z.infer<z.ZodMiniObject<S>>;
  const raw: Record<string, unknown> = {};
  for (const k of keys) raw[k] = map.get(k);
  const whole = schema.safeParse(raw);
  let value: Record<string, unknown>;
  if (whole.success) value = whole.data as Record<string, unknown>;
  else {
    value = {};
    for (const k of keys) {
      const one = shape[k]!.safeParse(raw[k]);
      value[k] = one.success ? one.data : repairs[k as keyof S](raw[k]);
    }
  }
  if (entries) {
    const items = keys.map((k) => entries.get(k));
    parsed.set(map, { schema, items, deleted: items.map((i) => i?.deleted ?? false), value });
  }
  return value as z.infer<z.ZodMiniObject<S>>;
}

// ---- A person's own room: what its owner writes there (the host reads every one of these as untrusted) ----

/** A key of a person room's maps: ids, vote keys `<board>:<item>`, jury entry keys `<round>:<team>`. */
export const PERSON_KEY = /^[A-Za-z0-9_:.-]{1,200}$/;
const OBJECT_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Whether a key may name an entry there (never one a plain object would take for its prototype when read as JSON). */
export const isPersonKey = (k: string): boolean => PERSON_KEY.test(k) && !OBJECT_KEYS.has(k);

/** `votes`: voteId → itemKey → dots on that item (the host counts at most the vote's budget). */
export const BallotDotsSchema = z.int().check(z.minimum(0), z.maximum(1000));
/** `matrix`: boardId → ideaId → where this person placed the idea on the 2×2. */
export const PlacementSchema = z.strictObject({
  impact: z.number().check(z.minimum(MATRIX_MIN), z.maximum(MATRIX_MAX)),
  effort: z.number().check(z.minimum(MATRIX_MIN), z.maximum(MATRIX_MAX)),
});
/** `questions`: id → a question for the facilitator (the host publishes it after moderation). */
export const QuestionSchema = z.object({
  boardId: idOf<string>(),
  text: text(MAX_QUESTION_TEXT),
  anonymous: z.boolean(),
  createdAt: time,
});
/** `upvotes`: questionId → the board it is on. */
export const UpvoteSchema = idOf<string>();
/** `scale`: boardId → the answer (the host checks it against the board's range). */
export const ScaleAnswerSchema = z.number().check(z.refine(Number.isFinite));
/** `openAnswers`: boardId → a short answer. */
export const OpenAnswerSchema = text(MAX_OPEN_ANSWER);
/** `scores`: entryKey → criterionId → a juror's mark (the host checks it against the criterion's scale). */
export const MarkSchema = z.strictObject({ score: z.number().check(z.refine(Number.isFinite)), comment: text(JURY_LIMITS.comment) });
/** `recusals`: entryKey → true ("I have a conflict of interest"). */
export const RecusalSchema = z.literal(true);
/** A person room's `meta` map (written by the host when the person joins). */
export const PersonMetaSchema = z.object({
  schemaVersion: z.int().check(z.minimum(1)),
  kind: z.enum(DOC_KINDS),
  personId: z.optional(idOf<PersonId>()),
});
