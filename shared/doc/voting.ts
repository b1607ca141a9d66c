import * as Y from 'yjs';
import type { Result } from '../errors';
import { fail, ok } from '../errors';
import { isId, newId } from '../ids';
import type { Ballot, ItemKey, ItemRef, VoteRules, VoteTally } from '../voting/tally';
import { ballotKeys, ballotTotal, itemKey, validBallot } from '../voting/tally';
import { MAX_GROUP_CARDS } from './groups';
import { childMap, num, str } from './schema';

/**
 * Dot voting in three rooms (docs/architecture.md, "Rooms"):
 * - plan `votes`: voteId → Y.Map {title, items: ItemRef[], perPerson, maxPerItem, state, openedAt, closedAt} —
 *   the definition, public; written by the host (POST …/votes) or a facilitator's client;
 * - person `votes`: voteId → Y.Map itemKey → count — one person's dots, only they and the host see them;
 * - results `votes`: voteId → one JSON value — progress while open (counts of people, never of dots),
 *   the ranked tally once closed. Written by the host alone.
 * A closed vote is final: there is no reopen (a second round is a new vote), so a published result
 * can never silently change under the projector.
 */

export type VoteId = string;
export const VOTE_STATES = ['open', 'closed'] as const;
export type VoteState = (typeof VOTE_STATES)[number];

export type VoteInfo = VoteRules & {
  id: VoteId;
  title: string;
  items: ItemRef[];
  /** Card groups counted as one item (shared/voting/tally.ts); {} for a vote without groups. */
  groups: Record<ItemKey, ItemKey[]>;
  state: VoteState;
  openedAt: number;
  closedAt: number | null;
};

export type NewVote = { title: string; items: ItemRef[]; perPerson: number; maxPerItem: number; groups?: Record<ItemKey, ItemKey[]> };

export const MAX_VOTE_ITEMS = 200;
export const MAX_BUDGET = 100;

const planVotesOf = (plan: Y.Doc) => plan.getMap<unknown>('votes');
const personVotesOf = (person: Y.Doc) => person.getMap<unknown>('votes');

function parseItems(v: unknown): ItemRef[] {
  if (!Array.isArray(v)) return [];
  const out: ItemRef[] = [];
  const seen = new Set<string>();
  for (const x of v.slice(0, MAX_VOTE_ITEMS)) {
    if (!x || typeof x !== 'object') continue;
    const { boardId, itemId } = x as Record<string, unknown>;
    if (!isId(boardId) || !isId(itemId)) continue;
    const key = itemKey({ boardId, itemId });
    if (!seen.has(key)) out.push({ boardId, itemId });
    seen.add(key);
  }
  return out;
}

/** A group's members as the vote stores them: only for the vote's own item keys, members on the same board, bounded. */
export function parseVoteGroups(v: unknown, items: readonly ItemRef[]): Record<ItemKey, ItemKey[]> {
  const out: Record<ItemKey, ItemKey[]> = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  const raw = v as Record<string, unknown>;
  const claimed = new Set(items.map(itemKey));
  for (const ref of items) {
    const key = itemKey(ref);
    if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
    const list = raw[key];
    if (!Array.isArray(list)) continue;
    const members: ItemKey[] = [];
    for (const m of list.slice(0, MAX_GROUP_CARDS)) {
      if (typeof m !== 'string' || !isId(m.slice(ref.boardId.length + 1)) || !m.startsWith(`${ref.boardId}:`) || claimed.has(m)) continue;
      claimed.add(m);
      members.push(m);
    }
    if (members.length > 0) out[key] = members;
  }
  return out;
}

const budget = (v: unknown) => Math.min(MAX_BUDGET, Math.max(0, Math.floor(num(v))));

function voteFromMap(id: VoteId, m: Y.Map<unknown>): VoteInfo {
  const closedAt = m.get('closedAt');
  const items = parseItems(m.get('items'));
  return {
    id,
    title: str(m.get('title')),
    items,
    groups: parseVoteGroups(m.get('groups'), items),
    perPerson: budget(m.get('perPerson')),
    maxPerItem: budget(m.get('maxPerItem')),
    state: m.get('state') === 'closed' ? 'closed' : 'open',
    openedAt: num(m.get('openedAt')),
    closedAt: typeof closedAt === 'number' ? closedAt : null,
  };
}

export function readVote(plan: Y.Doc, id: VoteId): VoteInfo | null {
  const m = childMap(planVotesOf(plan), id);
  return m ? voteFromMap(id, m) : null;
}

/** Every vote, newest first. */
export function readVotes(plan: Y.Doc): VoteInfo[] {
  const out: VoteInfo[] = [];
  planVotesOf(plan).forEach((m, id) => {
    if (m instanceof Y.Map) out.push(voteFromMap(id, m as Y.Map<unknown>));
  });
  return out.sort((a, b) => b.openedAt - a.openedAt || (a.id < b.id ? -1 : 1));
}

export const openVotes = (plan: Y.Doc): VoteInfo[] => readVotes(plan).filter((v) => v.state === 'open');

/** Writes a new open vote into the plan. Callers validate items against the boards (the host does). */
export function openVote(plan: Y.Doc, vote: NewVote, origin: unknown, id: VoteId = newId(), now = Date.now()): VoteId {
  plan.transact(() => {
    const m = new Y.Map<unknown>();
    m.set('title', vote.title);
    const items = parseItems(vote.items);
    m.set('items', items);
    if (vote.groups) m.set('groups', parseVoteGroups(vote.groups, items));
    m.set('perPerson', budget(vote.perPerson));
    m.set('maxPerItem', budget(vote.maxPerItem));
    m.set('state', 'open');
    m.set('openedAt', now);
    m.set('closedAt', null);
    planVotesOf(plan).set(id, m);
  }, origin);
  return id;
}

/** The host marks a vote closed after publishing its tally. */
export function markVoteClosed(plan: Y.Doc, id: VoteId, closedAt: number, origin: unknown): void {
  plan.transact(() => {
    const m = childMap(planVotesOf(plan), id);
    if (!m) return;
    m.set('state', 'closed');
    m.set('closedAt', closedAt);
  }, origin);
}

/** One person's raw dots for a vote (exactly what their room holds, before the budget rule). */
export function myVotes(person: Y.Doc, voteId: VoteId): Record<ItemKey, unknown> {
  const m = childMap(personVotesOf(person), voteId);
  return m ? (m.toJSON() as Record<ItemKey, unknown>) : {};
}

/** What of a person's dots will count: the host applies this same rule. */
export function myBallot(person: Y.Doc, vote: VoteInfo): Ballot {
  const m = childMap(personVotesOf(person), vote.id);
  return m ? validBallot(ballotSource(m, vote), vote) : {};
}

/** Reads only the vote's own keys from a person's ballot map (a hostile map may hold anything else). */
export function ballotSource(m: Y.Map<unknown>, vote: VoteRules): Record<ItemKey, unknown> {
  const out: Record<ItemKey, unknown> = {};
  for (const key of ballotKeys(vote)) if (m.has(key)) out[key] = m.get(key);
  return out;
}

export const dotsLeft = (person: Y.Doc, vote: VoteInfo): number => vote.perPerson - ballotTotal(myBallot(person, vote));

/**
 * Adds `delta` dots (negative takes them back) to an item in the person's own room. Refuses, without
 * writing, what the host would ignore: a closed vote, an item not in the vote, going over the per-item
 * maximum or the budget. Returns the item's new count.
 */
export function castVote(person: Y.Doc, vote: VoteInfo, item: ItemRef, delta: number, origin: unknown): Result<number> {
  if (vote.state !== 'open') return fail('conflict', 'the vote is closed');
  const key = itemKey(item);
  if (!vote.items.some((r) => itemKey(r) === key)) return fail('bad_request', 'this item is not in the vote');
  if (!Number.isSafeInteger(delta)) return fail('bad_request', 'delta must be an integer');
  const ballot = myBallot(person, vote);
  const current = ballot[key] ?? 0;
  const next = Math.max(0, current + delta);
  if (next > vote.maxPerItem) return fail('conflict', `at most ${vote.maxPerItem} per item`);
  if (ballotTotal(ballot) - current + next > vote.perPerson) return fail('conflict', `at most ${vote.perPerson} in all`);
  person.transact(() => {
    const all = personVotesOf(person);
    let m = childMap(all, vote.id);
    if (!m) {
      m = new Y.Map<unknown>();
      all.set(vote.id, m);
    }
    // Rewrites the ballot to what counts, so junk left by an older client (over budget, malformed)
    // cannot come back to life when the person takes a dot off elsewhere.
    const counted: Record<ItemKey, number> = { ...ballot, [key]: next };
    for (const k of [...m.keys()]) if (!counted[k]) m.delete(k);
    for (const [k, n] of Object.entries(counted)) if (n > 0 && m.get(k) !== n) m.set(k, n);
  }, origin);
  return ok(next);
}

/** Calls `fn` after any change to the vote definitions in the plan; returns the unsubscribe. */
export function observePlanVotes(plan: Y.Doc, fn: () => void): () => void {
  const m = planVotesOf(plan);
  m.observeDeep(fn);
  return () => m.unobserveDeep(fn);
}

/** Calls `fn` after any change to the person's own dots; returns the unsubscribe. */
export function observeMyVotes(person: Y.Doc, fn: () => void): () => void {
  const m = personVotesOf(person);
  m.observeDeep(fn);
  return () => m.unobserveDeep(fn);
}

// ---- results room: written by the host only ----

/** While open: how many have voted, never how. */
export type VoteProgress = { state: 'open'; title: string; voted: number; eligible: number };
export type VoteResults = VoteTally & { state: 'closed'; title: string; eligible: number; closedAt: number; perPerson: number };
type Published = VoteProgress | VoteResults;

const resultsVotesOf = (results: Y.Doc) => results.getMap<unknown>('votes');

function published(results: Y.Doc, voteId: VoteId): Published | null {
  const v = resultsVotesOf(results).get(voteId);
  if (!v || typeof v !== 'object' || v instanceof Y.AbstractType) return null;
  const p = v as Partial<Published>;
  return p.state === 'open' || p.state === 'closed' ? (p as Published) : null;
}

/** "N of M have voted"; also answers for a closed vote (its final numbers). Null before the host published anything. */
export function readVoteProgress(results: Y.Doc, voteId: VoteId): VoteProgress | null {
  const p = published(results, voteId);
  if (!p) return null;
  return { state: 'open', title: str(p.title), voted: p.state === 'open' ? num(p.voted) : num((p as VoteResults).voters), eligible: num(p.eligible) };
}

export function readVoteResults(results: Y.Doc, voteId: VoteId): VoteResults | null {
  const p = published(results, voteId);
  return p && p.state === 'closed' && Array.isArray(p.items) ? p : null;
}

export const isVotePublishedClosed = (results: Y.Doc, voteId: VoteId): boolean => published(results, voteId)?.state === 'closed';

/** Host: replaces the vote's entry as one value, so a reader never sees half a result. Skips writes that change nothing. */
export function writePublishedVote(results: Y.Doc, voteId: VoteId, value: Published, origin: unknown): boolean {
  const before = resultsVotesOf(results).get(voteId);
  if (JSON.stringify(before) === JSON.stringify(value)) return false;
  results.transact(() => resultsVotesOf(results).set(voteId, value), origin);
  return true;
}

export function observeVoteResults(results: Y.Doc, fn: () => void): () => void {
  const m = resultsVotesOf(results);
  m.observe(fn);
  return () => m.unobserve(fn);
}
