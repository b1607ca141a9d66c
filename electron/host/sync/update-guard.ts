import * as Y from 'yjs';
import type { Identity } from '@shared/access';
import { isFacilitatorRole } from '@shared/access';
import { MAX_CARD_TEXT } from '@shared/doc/board';
import { MAX_GROUP_CARDS, MAX_GROUP_TITLE } from '@shared/doc/groups';
import { isId } from '@shared/ids';
import type { BoardKind } from '@shared/doc/plan';
import type { Room } from './room';

/**
 * The host's check of what an update does, before it is applied or relayed. Applies to card and grid
 * boards, whose policy is "own cards only" for everyone but facilitators: a participant may create
 * cards authored by themself, and change or delete only their own. Card groups (shared/doc/groups.ts)
 * follow the same rule in their own `groups` map, and are closed to participants while a vote on the
 * board is open. Trees (everyone edits everything),
 * plans and person rooms are left to the rooms table. Works on the decoded structs and delete set,
 * so its cost is proportional to the update, not to the board.
 */
export type GuardVerdict = { ok: true } | { ok: false; reason: string };
export type GuardPolicy = 'own-cards' | 'open';

/** Card and grid boards are "own cards only"; trees are co-edited; posters and passports have their own shapes. */
export const guardPolicyOf = (kind: BoardKind | undefined): GuardPolicy => (kind === 'cards' || kind === 'grid' ? 'own-cards' : 'open');

const policies = new WeakMap<Room, () => GuardPolicy>();
const votingOpen = new WeakMap<Room, () => boolean>();

/**
 * Called once per room when it is created (hosted-event.ts): which policy its board has right now, and
 * whether a vote with an item on the board is open (then only facilitators change card groups).
 */
export function registerGuard(room: Room, policy: () => GuardPolicy, voteOpen: () => boolean = () => false): void {
  policies.set(room, policy);
  votingOpen.set(room, voteOpen);
}

const OK: GuardVerdict = { ok: true };
const refuse = (reason: string): GuardVerdict => ({ ok: false, reason });

/** Card fields a participant may write, with their checks (shared/doc/board.ts + grid.ts). */
const SHORT = (v: unknown) => v === null || (typeof v === 'string' && v.length <= 200);
const CARD_FIELDS: Record<string, (v: unknown) => boolean> = {
  text: (v) => typeof v === 'string' && v.length <= MAX_CARD_TEXT,
  authorId: (v) => v === null || typeof v === 'string',
  authorName: (v) => typeof v === 'string' && v.length <= 200,
  column: SHORT,
  row: SHORT,
  color: (v) => v === null || (typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v)),
  order: (v) => typeof v === 'string' && v.length > 0 && v.length <= 200,
  createdAt: (v) => typeof v === 'number' && Number.isFinite(v),
};

/** Card group fields (shared/doc/groups.ts): groups reference cards by id, so grouping never rewrites a card. */
const GROUP_FIELDS: Record<string, (v: unknown) => boolean> = {
  title: (v) => typeof v === 'string' && v.length <= MAX_GROUP_TITLE,
  cards: (v) => Array.isArray(v) && v.length <= MAX_GROUP_CARDS && v.every((x) => isId(x)),
  authorId: (v) => v === null || typeof v === 'string',
  authorName: (v) => typeof v === 'string' && v.length <= 200,
  createdAt: (v) => typeof v === 'number' && Number.isFinite(v),
};

/** The two maps of records a participant may write on a card board, each record owned by its author. */
type RecordMap = 'cards' | 'groups';
const isRecordMap = (top: string): top is RecordMap => top === 'cards' || top === 'groups';

/** Where an item sits: a record (card or group, by id) and the field, or a top-level name. */
type Place = { top: string; card: string | null; field: string | null };

export function guardUpdate(room: Room, who: Identity, update: Uint8Array): GuardVerdict {
  const policy = policies.get(room)?.() ?? 'open';
  if (policy === 'open' || isFacilitatorRole(who.role)) return OK;
  const { structs, ds } = Y.decodeUpdate(update);
  const cards = room.doc.getMap<unknown>('cards');
  const groups = room.doc.getMap<unknown>('groups');
  const mapOf = (top: RecordMap) => (top === 'cards' ? cards : groups);
  let closed: boolean | null = null; // asked only when an update touches groups
  const groupsClosed = () => (closed ??= votingOpen.get(room)?.() ?? false);
  const store = room.doc.store;
  const fresh = new Map<string, Place>(); // items of this update that are types: id → place
  const key = (id: Y.ID) => `${id.client}:${id.clock}`;
  const newCardFields = new Map<string, Map<string, unknown>>(); // `${top}/${id}` → fields
  const recordKey = (p: Place) => `${p.top}/${p.card}`;

  const placeOfType = (type: Y.AbstractType<unknown>): Place | null => {
    const item = type._item;
    if (!item) return null;
    if (item.parent === cards) return { top: 'cards', card: item.parentSub, field: null };
    return item.parent === groups ? { top: 'groups', card: item.parentSub, field: null } : null;
  };
  const placeOfId = (id: Y.ID): Place | null => {
    const inUpdate = fresh.get(key(id));
    if (inUpdate) return inUpdate;
    if (id.clock >= Y.getState(store, id.client)) return null;
    const item = Y.getItem(store, id);
    return item instanceof Y.Item ? placeOfItem(item) : null;
  };
  const placeOfItem = (item: Y.Item): Place | null => {
    const parent = item.parent;
    if (parent instanceof Y.AbstractType) {
      if (parent === cards) return { top: 'cards', card: item.parentSub, field: null };
      if (parent === groups) return { top: 'groups', card: item.parentSub, field: null };
      if (parent._item === null) return { top: Y.findRootTypeKey(parent), card: null, field: item.parentSub };
      const card = placeOfType(parent);
      return card ? { ...card, field: item.parentSub } : { top: '?', card: null, field: null };
    }
    return null;
  };
  const ownerOf = (cardId: string, top: RecordMap = 'cards'): string | null | undefined => {
    const m = mapOf(top).get(cardId);
    return m instanceof Y.Map ? (m.get('authorId') as string | null) : undefined;
  };
  const mayChange = (cardId: string | null, top: RecordMap = 'cards') =>
    cardId !== null && (ownerOf(cardId, top) === undefined || ownerOf(cardId, top) === who.personId);
  const whose = (top: RecordMap) => (top === 'cards' ? 'that card belongs to someone else' : 'that group was made by someone else');

  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    if (s.id.clock + s.length <= Y.getState(store, s.id.client)) continue; // already here: Yjs skips it too
    let place: Place | null;
    if (typeof s.parent === 'string')
      place = isRecordMap(s.parent) ? { top: s.parent, card: s.parentSub, field: null } : { top: s.parent, card: null, field: s.parentSub };
    else if (s.parent instanceof Y.ID) {
      const p = placeOfId(s.parent);
      place = p && p.card !== null && p.field === null ? { ...p, field: s.parentSub } : p && { top: isRecordMap(p.top) ? '?' : p.top, card: null, field: null };
    } else {
      const o = s.origin ?? s.rightOrigin;
      place = o ? placeOfId(o) : null;
    }
    if (!place) return refuse('an edit of something this board does not have');
    fresh.set(key(s.id), place);
    if (place.top === 'meta') {
      // A fresh board's schemaVersion/kind may be written by whoever opens it first; never changed by a participant.
      const meta = room.doc.getMap<unknown>('meta');
      if (typeof s.parent !== 'string' || place.field === null || meta.has(place.field)) return refuse("participants do not change this board's meta");
      continue;
    }
    if (!isRecordMap(place.top)) return refuse(`participants do not write "${place.top}" on this board`);
    const top = place.top;
    const what = top === 'cards' ? 'a card' : 'a group';
    if (top === 'groups' && groupsClosed()) return refuse('a vote on this board is open: only facilitators group cards now');
    if (place.field === null) {
      if (!(s.content instanceof Y.ContentType) || !(s.content.type instanceof Y.Map)) return refuse(`${what} must be a map`);
      if (ownerOf(place.card!, top) !== undefined && !mayChange(place.card, top)) return refuse(whose(top));
      newCardFields.set(recordKey(place), new Map());
      continue;
    }
    const check = (top === 'cards' ? CARD_FIELDS : GROUP_FIELDS)[place.field];
    if (!check) return refuse(`${what} has no field "${place.field}"`);
    if (!(s.content instanceof Y.ContentAny) || s.content.arr.length !== 1 || !check(s.content.arr[0])) return refuse(`a bad value for ${place.field}`);
    const value = s.content.arr[0];
    const created = newCardFields.get(recordKey(place));
    if (created) created.set(place.field, value);
    else {
      if (!mayChange(place.card, top)) return refuse(whose(top));
      if (place.field === 'authorId' || place.field === 'authorName') return refuse(`the author of ${what} cannot be changed`);
    }
  }
  for (const [rec, fields] of newCardFields) {
    if (fields.get('authorId') !== who.personId || typeof fields.get('authorName') !== 'string' || (fields.get('authorName') as string).trim() !== who.name)
      return refuse(`${rec.replace('/', ' ')}: the author must be the writer`);
  }

  let verdict: GuardVerdict = OK;
  ds.clients.forEach((ranges, client) => {
    for (const r of ranges) {
      let clock = r.clock;
      const end = r.clock + r.len;
      const known = Y.getState(store, client);
      while (verdict.ok && clock < Math.min(end, known)) {
        const item = Y.getItem(store, Y.createID(client, clock));
        // A sync step 2 carries the client's whole delete set: deletions the host already has are not new.
        if (item instanceof Y.Item && !item.deleted) {
          const place = placeOfItem(item);
          if (place?.top === 'cards' && !mayChange(place.card)) verdict = refuse('deleting or changing a card that belongs to someone else');
          else if (place?.top === 'groups' && groupsClosed()) verdict = refuse('a vote on this board is open: only facilitators undo groups now');
          else if (place?.top === 'groups' && !mayChange(place.card, 'groups')) verdict = refuse('undoing or changing a group made by someone else');
          else if (place && !isRecordMap(place.top)) verdict = refuse(`participants do not delete "${place.top}" on this board`);
          else if (!place) verdict = refuse('a delete of something this board does not have');
        }
        clock = item.id.clock + item.length;
      }
    }
  });
  return verdict;
}
