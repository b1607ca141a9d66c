import * as Y from 'yjs';
import type { Identity } from '@shared/access';
import { isFacilitatorRole } from '@shared/access';
import { isPersonKey } from '@shared/doc/records';
import type { BoardShape, FieldCheck, Fields, TopShape } from './doc-shapes';
import type { Room } from './room';

export { boardShapeOf, PERSON_SHAPE } from './doc-shapes';

/**
 * The host's check of what an update does, before it is applied or relayed, on every board room and
 * every person's own room (doc-shapes.ts says what each kind may hold). A participant's update is refused when it writes a
 * name, key or value the board's schema does not allow or a text over its cap, creates a record
 * whose author fields are not the writer, changes a record's author, or — on card and grid boards,
 * "own cards only" — changes or deletes someone else's card or card group, or touches card groups
 * while a vote on the board is open (then only facilitators group). Facilitators edit anything. Works on
 * the decoded structs and delete set, so its cost is proportional to the update, not to the board.
 */
export type GuardVerdict = { ok: true } | { ok: false; reason: string };

const shapes = new WeakMap<Room, () => BoardShape>();
const votingOpen = new WeakMap<Room, () => boolean>();

/**
 * Called once per board or person room when it is created (hosted-event.ts): the shape its board has right now,
 * and whether a vote with an item on the board is open (records marked `closedWhileVoting` then refuse
 * participants: card groups are the facilitator's once the dots are being placed).
 */
export function registerGuard(room: Room, shape: () => BoardShape, voteOpen: () => boolean = () => false): void {
  shapes.set(room, shape);
  votingOpen.set(room, voteOpen);
}

const OK: GuardVerdict = { ok: true };
const refuse = (reason: string): GuardVerdict => ({ ok: false, reason });

/** Where a struct sits: the chain of names from the top-level type down ('#' for a place in a text or array). */
type Path = readonly string[];
/** A resolved container: its path, the type itself when the doc has it, and a key naming it. */
type Container = { path: Path; type: { _length: number } | null; key: string };
/** A struct of this update: the container it goes into and its own path (for children and neighbours). */
type Placed = { container: Container; self: Path; selfKey: string };

/** A container nested deeper than this is no record of ours. */
const MAX_DEPTH = 8;
const VOID: Placed = { container: { path: ['∅'], type: null, key: '∅' }, self: ['∅'], selfKey: '∅' };
const idKey = (id: Y.ID) => `${id.client}:${id.clock}`;

function pathOfType(type: Y.AbstractType<unknown>, depth = 0): Path | null {
  if (depth > MAX_DEPTH) return null;
  const item = type._item;
  if (item === null) return [Y.findRootTypeKey(type)];
  const above = item.parent instanceof Y.AbstractType ? pathOfType(item.parent, depth + 1) : null;
  return above && [...above, item.parentSub ?? '#'];
}

/** A doc item's container and own path; VOID when its parent is gone (Yjs integrates nothing there). */
function placeOfStoreItem(item: Y.Item): Placed | null {
  const parent = item.parent;
  if (!(parent instanceof Y.AbstractType)) return VOID;
  const path = pathOfType(parent);
  if (!path) return null;
  const key = parent._item ? idKey(parent._item.id) : `root:${path[0]}`;
  return { container: { path, type: parent, key }, self: [...path, item.parentSub ?? '#'], selfKey: idKey(item.id) };
}

/** Per update: what it created, so later structs and the delete set can be judged against it. */
class Walk {
  /** Records created by this update (by the key of their map) → their fields. */
  readonly created = new Map<string, Map<string, unknown>>();
  /** Sequence lengths added per container (texts, arrays). */
  readonly added = new Map<string, number>();
  /** Record maps this update creates (item key) → the key of `created` they fill. */
  readonly recordOf = new Map<string, string>();
  /** Live sequence length this update deletes per container, so a replaced text is not counted twice. */
  readonly removed = new Map<string, number>();
  /** Meta keys this update writes again with the value they have (two clients initialising one board), and meta items it deletes. */
  readonly metaRewritten = new Set<string>();
  readonly metaDeleted = new Set<string>();
  private closed: boolean | null = null;
  constructor(
    readonly doc: Y.Doc,
    readonly shape: BoardShape,
    readonly who: Identity,
    private readonly voteOpen: () => boolean = () => false,
    structs: readonly (Y.Item | Y.GC | Y.Skip)[] = [],
  ) {
    for (const s of structs) if (!(s instanceof Y.Skip)) this.carried.add(s.id.client, s.id.clock, s.length, true);
  }

  /** Asked only when an update touches records closed while voting, at most once per update. */
  votingOpen(): boolean {
    return (this.closed ??= this.voteOpen());
  }

  /** Structs of this update already placed, and those left pending, per client as clock runs (a struct may be a run of merged items). */
  private readonly placedRuns = new Runs<Placed>();
  private readonly pendingRuns = new Runs<true>();

  /** Every struct this update carries, so "later in this update" is told from "nowhere". */
  private readonly carried = new Runs<true>();

  /** Where an id sits: placed (in the doc or earlier in this update), MISSING (nowhere: Yjs will hold what needs it), or undefined (later in this update). */
  private known(id: Y.ID): Placed | typeof MISSING | null | undefined {
    const inUpdate = this.placedRuns.find(id);
    if (inUpdate) return inUpdate;
    if (this.pendingRuns.find(id)) return MISSING;
    if (id.clock >= Y.getState(this.doc.store, id.client)) return this.carried.find(id) ? undefined : MISSING;
    const item = Y.getItem(this.doc.store, id);
    return item instanceof Y.Item ? placeOfStoreItem(item) : VOID;
  }

  placed(s: Y.Item, where: Placed): void {
    this.placedRuns.add(s.id.client, s.id.clock, s.length, where);
  }

  /** A struct that needs something neither the doc nor this update has: Yjs keeps it pending, and the host drops it and asks for a resync. */
  pend(s: Y.Item): void {
    this.pendingRuns.add(s.id.client, s.id.clock, s.length, true);
  }

  /** The struct's place; MISSING when it needs what neither the doc nor the update has; null when it points at something it cannot. */
  place(s: Y.Item): Placed | typeof MISSING | null {
    if (typeof s.parent === 'string') {
      const root = this.doc.share.get(s.parent) ?? null;
      const container = { path: [s.parent], type: root, key: `root:${s.parent}` };
      return { container, self: [s.parent, s.parentSub ?? '#'], selfKey: idKey(s.id) };
    }
    if (s.parent instanceof Y.ID) {
      const p = this.known(s.parent);
      if (!p) return null;
      if (p === VOID || p === MISSING) return p;
      const item = this.placedRuns.find(s.parent) ? null : Y.getItem(this.doc.store, s.parent);
      const type = item instanceof Y.Item && item.content instanceof Y.ContentType ? item.content.type : null;
      const container = { path: p.self, type, key: p.selfKey };
      return { container, self: [...p.self, s.parentSub ?? '#'], selfKey: idKey(s.id) };
    }
    const o = s.origin ?? s.rightOrigin;
    const p = o ? this.known(o) : null;
    if (p === MISSING) return MISSING;
    return p ? { container: p.container, self: p.self, selfKey: idKey(s.id) } : null;
  }
}

/** Needed by a struct but in neither the doc nor the update (an earlier update of that client never arrived). */
const MISSING = Symbol('missing');

/** Clock runs [clock, clock + length) per client, added in ascending clock order per client (as an update lists its structs). */
class Runs<T> {
  private readonly byClient = new Map<number, { clock: number[]; end: number[]; value: T[] }>();
  add(client: number, clock: number, length: number, value: T): void {
    let r = this.byClient.get(client);
    if (!r) this.byClient.set(client, (r = { clock: [], end: [], value: [] }));
    r.clock.push(clock);
    r.end.push(clock + length);
    r.value.push(value);
  }
  find(id: Y.ID): T | undefined {
    const r = this.byClient.get(id.client);
    if (!r) return undefined;
    let lo = 0;
    let hi = r.clock.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (r.clock[mid]! > id.clock) hi = mid - 1;
      else if (r.end[mid]! <= id.clock) lo = mid + 1;
      else return r.value[mid];
    }
    return undefined;
  }
}

export function guardUpdate(room: Room, who: Identity, update: Uint8Array): GuardVerdict {
  const shapeOf = shapes.get(room);
  if (!shapeOf || isFacilitatorRole(who.role)) return OK;
  const { structs, ds } = Y.decodeUpdate(update);
  const walk = new Walk(room.doc, shapeOf(), who, votingOpen.get(room), structs);
  const store = room.doc.store;
  const deletes = checkDeletes(walk, ds);
  if (!deletes.ok) return deletes;
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    if (s.id.clock + s.length <= Y.getState(store, s.id.client)) continue; // already here: Yjs skips it too
    const placed = walk.place(s);
    // A client whose earlier update never arrived (refused while read-only, or over a budget) builds on
    // it: Yjs cannot integrate such a struct, so it is not checked here; the host drops it and asks the
    // client for everything it lacks, which then comes back whole and is checked.
    if (placed === MISSING) {
      walk.pend(s);
      continue;
    }
    if (!placed) return refuse('an edit of something this board does not have');
    walk.placed(s, placed);
    if (placed === VOID) continue;
    const verdict = checkStruct(walk, s, placed);
    if (!verdict.ok) return verdict;
  }
  for (const [key, fields] of walk.created) {
    const top = walk.shape.top(key.slice(0, key.indexOf('\u0000')));
    if (top?.kind === 'records' && !top.authorOk(fields, who)) return refuse(`${key.slice(key.indexOf('\u0000') + 1)}: the author must be the writer`);
  }
  for (const field of walk.metaDeleted) if (!walk.metaRewritten.has(field)) return refuse(`participants do not delete "meta" ${walk.shape.where}`);
  return OK;
}

function checkStruct(walk: Walk, s: Y.Item, placed: Placed): GuardVerdict {
  const { self } = placed;
  const top = self[0]!;
  const shape = top === 'meta' ? null : walk.shape.top(top);
  if (top !== 'meta' && !shape) return refuse(`participants do not write "${top}" ${walk.shape.where}`);
  if (s.content instanceof Y.ContentDeleted) return OK; // written and deleted again: carries no value
  if (!shape) return checkMeta(walk, s, self);
  switch (shape.kind) {
    case 'records':
      return checkRecord(walk, shape, s, placed);
    case 'fields':
      if (self.length !== 2 || !fieldOf(shape.fields, self[1]!)) return refuse(`"${top}" has no field "${self.slice(1).join('.')}"`);
      return oneValue(s, fieldOf(shape.fields, self[1]!)!) ? OK : refuse(`a bad value for ${top}.${self[1]}`);
    case 'generic':
      return checkGeneric(walk, shape, s, placed);
    case 'nested':
      return checkNested(shape, s, self);
  }
}

/** A struct in a nested map (a person room): every key an id, each level holding what its shape says, plain values only. */
function checkNested(shape: Extract<TopShape, { kind: 'nested' }>, s: Y.Item, self: Path): GuardVerdict {
  const [top, ...keys] = self;
  const where = self.join('.');
  for (let depth = 0; depth < keys.length; depth++) {
    const key = keys[depth]!;
    const level = shape.levels[depth];
    if (!level || !isPersonKey(key)) return refuse(`"${top}" holds no "${where}"`);
    const last = depth === keys.length - 1;
    if (level.holds === 'value') return last && oneValue(s, level.value) ? OK : refuse(`a bad value for ${where}`);
    if (last) return s.content instanceof Y.ContentType && s.content.type instanceof Y.Map ? OK : refuse(`${where} must be a map`);
    if (level.holds === 'record') {
      const field = keys[depth + 1]!;
      const check = fieldOf(level.fields, field);
      if (depth + 2 !== keys.length || !check) return refuse(`a record of "${top}" has no field "${keys.slice(depth + 1).join('.')}"`);
      return oneValue(s, check) ? OK : refuse(`a bad value for ${where}`);
    }
  }
  return refuse(`"${top}" holds records, not this`);
}

/** A board's meta: a participant may write a key that is missing, or write one again with the value it has. */
function checkMeta(walk: Walk, s: Y.Item, self: Path): GuardVerdict {
  const field = self[1]!;
  const check = fieldOf(walk.shape.meta, field);
  if (self.length !== 2 || !check || !oneValue(s, check)) return refuse(`participants do not change the meta ${walk.shape.where}`);
  const meta = walk.doc.getMap<unknown>('meta');
  if (!meta.has(field)) return OK;
  if (meta.get(field) !== (s.content as Y.ContentAny).arr[0]) return refuse(`participants do not change the meta ${walk.shape.where}`);
  walk.metaRewritten.add(field);
  return OK;
}

/** A field's check; own keys only, so "constructor" or "__proto__" is no field. */
const fieldOf = (fields: Fields, name: string): FieldCheck | undefined => (Object.hasOwn(fields, name) ? fields[name] : undefined);

const oneValue = (s: Y.Item, check: FieldCheck) => s.content instanceof Y.ContentAny && s.content.arr.length === 1 && check.safeParse(s.content.arr[0]).success;

function ownerOf(walk: Walk, top: string, id: string): string | null | undefined {
  const m = walk.doc.getMap<unknown>(top).get(id);
  return m instanceof Y.Map ? (m.get('authorId') as string | null) : undefined;
}
const mayChange = (walk: Walk, top: string, id: string) => {
  const owner = ownerOf(walk, top, id);
  return owner === undefined || owner === walk.who.personId;
};

function checkRecord(walk: Walk, shape: Extract<TopShape, { kind: 'records' }>, s: Y.Item, placed: Placed): GuardVerdict {
  const [top, id, field, ...deeper] = placed.self as [string, string, string?, ...string[]];
  if (id === '#' || deeper.length > 0) return refuse(`"${top}" holds records, not this`);
  if (shape.closedWhileVoting && walk.votingOpen()) return refuse(shape.closedWhileVoting);
  if (field === undefined) {
    if (!(s.content instanceof Y.ContentType) || !(s.content.type instanceof Y.Map)) return refuse(`a record of "${top}" must be a map`);
    if (shape.owned && !mayChange(walk, top, id)) return refuse(`${shape.noun ?? 'that card'} belongs to someone else`);
    walk.created.set(`${top}\u0000${id}`, new Map());
    walk.recordOf.set(idKey(s.id), `${top}\u0000${id}`);
    return OK;
  }
  const check = fieldOf(shape.fields, field);
  if (!check) return refuse(`a record of "${top}" has no field "${field}"`);
  if (!oneValue(s, check)) return refuse(`a bad value for ${field}`);
  const createdKey = walk.recordOf.get(placed.container.key);
  if (createdKey !== undefined) {
    walk.created.get(createdKey)!.set(field, (s.content as Y.ContentAny).arr[0]);
    return OK;
  }
  if (shape.owned && !mayChange(walk, top, id)) return refuse(`${shape.noun ?? 'that card'} belongs to someone else`);
  if (field === 'authorId' || field === 'authorName') return refuse('the author of a record cannot be changed');
  return OK;
}

/** Plain values only: a string within the cap, a finite number, a boolean, null, or a flat list/object of those. */
function plainValue(v: unknown, textCap: number, nested = false): boolean {
  if (v === null || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string') return v.length <= textCap;
  if (nested || typeof v !== 'object' || v instanceof Uint8Array) return false;
  const values = Array.isArray(v) ? v : Object.values(v as object);
  return values.length <= 100 && values.every((x) => plainValue(x, textCap, true));
}

function checkGeneric(walk: Walk, shape: Extract<TopShape, { kind: 'generic' }>, s: Y.Item, placed: Placed): GuardVerdict {
  const { self, container } = placed;
  if (self.length > shape.depth + 1) return refuse(`"${self[0]}" is not nested that deep`);
  const c = s.content;
  if (c instanceof Y.ContentType) {
    const t = c.type;
    return t instanceof Y.Map || t instanceof Y.Text || t instanceof Y.Array ? OK : refuse('only maps, texts and lists here');
  }
  if (c instanceof Y.ContentString || (c instanceof Y.ContentAny && self.at(-1) === '#')) {
    const isText = c instanceof Y.ContentString;
    const t = container.type;
    if (t instanceof Y.Map || (!isText && t instanceof Y.Text)) return refuse(`a bad value in ${self.slice(0, -1).join('.')}`);
    if (!isText && !c.arr.every((v) => plainValue(v, shape.textCap))) return refuse(`a bad value in ${self.slice(0, -1).join('.')}`);
    const before = walk.added.get(container.key) ?? (t?._length ?? 0) - (walk.removed.get(container.key) ?? 0);
    const after = before + c.getLength();
    walk.added.set(container.key, after);
    const cap = isText ? shape.textCap : shape.arrayCap;
    return after <= cap ? OK : refuse(`${self.slice(0, -1).join('.')} is longer than ${cap}`);
  }
  if (c instanceof Y.ContentAny) return c.arr.length === 1 && plainValue(c.arr[0], shape.textCap) ? OK : refuse(`a bad value for ${self.join('.')}`);
  return refuse('formatting, embeds and binary content are not written here');
}

/** Deletions of what the doc has: never the meta, and on "own cards only" boards only one's own records. */
function checkDeletes(walk: Walk, ds: ReturnType<typeof Y.decodeUpdate>['ds']): GuardVerdict {
  const store = walk.doc.store;
  let verdict: GuardVerdict = OK;
  ds.clients.forEach((ranges, client) => {
    const known = Y.getState(store, client);
    for (const r of ranges) {
      let clock = r.clock;
      const end = Math.min(r.clock + r.len, known);
      while (verdict.ok && clock < end) {
        const item = Y.getItem(store, Y.createID(client, clock));
        // A sync step 2 carries the client's whole delete set: deletions the host already has are not new.
        if (item instanceof Y.Item && !item.deleted) verdict = mayDelete(walk, item);
        clock = item.id.clock + item.length;
      }
    }
  });
  return verdict;
}

function mayDelete(walk: Walk, item: Y.Item): GuardVerdict {
  const placed = placeOfStoreItem(item);
  if (!placed) return refuse('a delete of something this board does not have');
  if (placed === VOID) return OK;
  const [top, id] = placed.self;
  if (top === 'meta') {
    walk.metaDeleted.add(id!);
    return OK;
  }
  const shape = walk.shape.top(top!);
  if (!shape) return refuse(`participants do not delete "${top}" ${walk.shape.where}`);
  if (shape.kind === 'records' && shape.closedWhileVoting && walk.votingOpen()) return refuse(shape.closedWhileVoting);
  if (shape.kind === 'records' && shape.owned && !mayChange(walk, top!, id!))
    return refuse(`deleting or changing ${shape.noun ?? 'a card'} that belongs to someone else`);
  if (item.parentSub === null && item.countable) walk.removed.set(placed.container.key, (walk.removed.get(placed.container.key) ?? 0) + item.length);
  return OK;
}
