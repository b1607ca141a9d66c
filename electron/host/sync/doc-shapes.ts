import type { Identity } from '@shared/access';
import type { BoardKind } from '@shared/doc/plan';
import { MAX_FIELD_TEXT } from '@shared/passport/model';
import {
  BallotDotsSchema,
  BoardMetaSchema,
  CardGroupSchema,
  GridCardSchema,
  MarkSchema,
  OpenAnswerSchema,
  PersonMetaSchema,
  PlacementSchema,
  PosterNeedsSchema,
  PosterSchema,
  PrivateCardSchema,
  QuestionSchema,
  RecusalSchema,
  ScaleAnswerSchema,
  TreeNodeSchema,
  UpvoteSchema,
} from '@shared/doc/records';

/**
 * What each kind of board room may hold, for the update guard: its top-level names and, under each,
 * the records or fields of shared/doc/records.ts. A name that is not here is refused.
 */
export type FieldCheck = { safeParse(v: unknown): { success: boolean } };
export type Fields = Readonly<Record<string, FieldCheck>>;

export type TopShape =
  /** id → Y.Map record, one key per field. `owned`: on an "own cards only" board a participant changes only records whose `authorId` is theirs. */
  | {
      kind: 'records';
      fields: Fields;
      owned: boolean;
      authorOk: (fields: ReadonlyMap<string, unknown>, who: Identity) => boolean;
      /** What a refusal calls a record of this map ("that card" by default). */
      noun?: string;
      /** Set to the refusal's reason when participants may not touch these records while a vote on the board is open. */
      closedWhileVoting?: string;
    }
  /** One flat map of fields (a poster). */
  | { kind: 'fields'; fields: Fields }
  /** Maps, texts and arrays nested a few levels, holding plain values: each text within `textCap`. */
  | { kind: 'generic'; textCap: number; arrayCap: number; depth: number }
  /** Maps keyed by ids, nested `levels.length` deep: `levels[i]` says what the map at depth i holds under each key. No texts, no lists. */
  | { kind: 'nested'; levels: readonly Level[] };

/** Under each key of a nested map: another map, a record (a map of `fields`), or one value. */
export type Level = { holds: 'map' } | { holds: 'record'; fields: Fields } | { holds: 'value'; value: FieldCheck };

/** The shape of a room the guard checks: a board of some kind, or a person's own room. */
export type BoardShape = { top(name: string): TopShape | null; meta: Fields; /** How a refusal names the room: "on this board". */ where: string };

const META: Fields = BoardMetaSchema.shape;
const ON_BOARD = 'on this board';

/** The writer is the author: id and name as their token says (a card shows the name, so it is checked too). */
const cardAuthor = (f: ReadonlyMap<string, unknown>, who: Identity) =>
  f.get('authorId') === who.personId && typeof f.get('authorName') === 'string' && (f.get('authorName') as string).trim() === who.name;
/** A tree node is the writer's or nobody's (the central node and goal-tree mirrors are written with no author). */
const nodeAuthor = (f: ReadonlyMap<string, unknown>, who: Identity) => {
  const a = f.get('authorId');
  return a === undefined || a === null || a === who.personId;
};

const CARD_RECORDS: TopShape = { kind: 'records', fields: GridCardSchema.shape, owned: true, authorOk: cardAuthor };
/** Card groups (shared/doc/groups.ts) reference cards by id, so grouping never rewrites someone's card; a group is its author's. */
const GROUP_RECORDS: TopShape = {
  kind: 'records',
  fields: CardGroupSchema.shape,
  owned: true,
  authorOk: cardAuthor,
  noun: 'that group',
  closedWhileVoting: 'a vote on this board is open: only facilitators group cards now',
};
const CARDS: BoardShape = {
  top: (name) => (name === 'cards' ? CARD_RECORDS : name === 'groups' ? GROUP_RECORDS : null),
  meta: META,
  where: ON_BOARD,
};
const TREE: BoardShape = {
  top: (name) => (name === 'nodes' ? { kind: 'records', fields: TreeNodeSchema.shape, owned: false, authorOk: nodeAuthor } : null),
  meta: META,
  where: ON_BOARD,
};
const POSTER: BoardShape = {
  top: (name) =>
    name === 'poster' ? { kind: 'fields', fields: PosterSchema.shape } : name === 'posterNeeds' ? { kind: 'fields', fields: PosterNeedsSchema.shape } : null,
  meta: META,
  where: ON_BOARD,
};
/**
 * The passport's field list is its own module's business (shared/doc/passport.ts); the guard only
 * holds it to its namespace, plain values and the longest text a passport section may have.
 */
const PASSPORT_GENERIC: TopShape = { kind: 'generic', textCap: MAX_FIELD_TEXT, arrayCap: 1000, depth: 4 };
const PASSPORT: BoardShape = {
  top: (name) => (name.startsWith('passport.') && name.length <= 64 ? PASSPORT_GENERIC : null),
  meta: META,
  where: ON_BOARD,
};

/**
 * A person's own room: their ballots, private cards, 2×2 placements, questions, upvotes, answers, and
 * a juror's marks and recusals, each map holding only its records. What the host writes there (a
 * submitted sheet's time, assigned recusals, the person's poster offers and comments) is the host's:
 * a participant neither writes nor deletes it. The budget of bytes (write-guard.ts) bounds how many.
 */
const nested = (...levels: Level[]): TopShape => ({ kind: 'nested', levels });
const MAP: Level = { holds: 'map' };
const value = (check: FieldCheck): Level => ({ holds: 'value', value: check });
const PERSON_TOPS: Readonly<Record<string, TopShape>> = {
  votes: nested(MAP, value(BallotDotsSchema)),
  private: nested(MAP, { holds: 'record', fields: PrivateCardSchema.shape }),
  matrix: nested(MAP, value(PlacementSchema)),
  questions: nested({ holds: 'record', fields: QuestionSchema.shape }),
  upvotes: nested(value(UpvoteSchema)),
  scale: nested(value(ScaleAnswerSchema)),
  openAnswers: nested(value(OpenAnswerSchema)),
  scores: nested(MAP, value(MarkSchema)),
  recusals: nested(value(RecusalSchema)),
};
export const PERSON_SHAPE: BoardShape = {
  top: (name) => (Object.hasOwn(PERSON_TOPS, name) ? PERSON_TOPS[name]! : null),
  meta: PersonMetaSchema.shape,
  where: 'in a person room',
};
/** The shape of a board of this kind; an unknown kind (a plan written by a newer build) holds nothing a participant may write. */
export function boardShapeOf(kind: BoardKind | undefined): BoardShape {
  switch (kind) {
    case 'cards':
    case 'grid':
      return CARDS;
    case 'problem-tree':
    case 'goal-tree':
      return TREE;
    case 'poster':
      return POSTER;
    case 'passport':
      return PASSPORT;
    default:
      return { top: () => null, meta: META, where: ON_BOARD };
  }
}
