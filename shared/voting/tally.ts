/**
 * Dot-voting arithmetic, pure: no Yjs, no network. The host is the authority and runs exactly this;
 * the UI runs it too, so what a participant sees as "spent" is what the host will count.
 *
 * The budget rule (deterministic, independent of the order anything was written in):
 * 1. only entries whose key is one of the vote's items and whose count is a positive integer count;
 *    negative, zero, fractional, non-numeric and unknown entries are ignored outright;
 * 2. items are taken in canonical order — their item key (`<boardId>:<itemId>`) by code units;
 * 3. each item gets min(count, maxPerItem, what is left of perPerson); counting stops when the budget is spent.
 */

export type ItemRef = { boardId: string; itemId: string };
/** What a ballot is keyed by. Card ids are unique per board only (team copies may share them), so the board is part of the key. */
export type ItemKey = string;
export type VoteRules = {
  items: readonly ItemRef[];
  perPerson: number;
  maxPerItem: number;
  /**
   * Card groups (shared/doc/groups.ts) the vote counts as one item: the group's item key → its member
   * cards' keys. Dots a ballot holds on a member count for the group, under the same per-item maximum,
   * so two dots on two duplicates are two dots on one item.
   */
  groups?: Readonly<Record<ItemKey, readonly ItemKey[]>>;
};
/** A ballot after the budget rule: item key → dots, only positive entries, never over the limits. */
export type Ballot = Readonly<Record<ItemKey, number>>;

export type BallotInput = { personId: string; group: string | null; raw: unknown };

export type RankedItem = ItemRef & {
  text: string;
  total: number;
  /** Stakeholder group id → dots; people without a group are under NO_GROUP. Only groups with dots appear. */
  byGroup: Record<string, number>;
  /** How many people put at least one dot here (the first tie-breaker). */
  voters: number;
  /** Competition rank: equal totals share a rank (1, 2, 2, 4). The list order is total, then voters, then key. */
  rank: number;
};

export type VoteTally = { items: RankedItem[]; voters: number; votersByGroup: Record<string, number> };

export const NO_GROUP = '_none';

export const itemKey = (ref: ItemRef): ItemKey => `${ref.boardId}:${ref.itemId}`;

export function parseItemKey(key: string): ItemRef | null {
  const i = key.indexOf(':');
  if (i <= 0 || i === key.length - 1 || key.indexOf(':', i + 1) !== -1) return null;
  return { boardId: key.slice(0, i), itemId: key.slice(i + 1) };
}

/** Code-unit order, the same in every JS engine and locale (localeCompare is not). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const lookup = (raw: unknown, key: string): unknown => {
  if (raw instanceof Map) return raw.get(key);
  if (raw !== null && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, key)) {
    return (raw as Record<string, unknown>)[key];
  }
  return undefined;
};

const positive = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0);

/** An item's dots: its own entry plus, for a group, each member's entry (each a positive integer or ignored). */
function countOf(raw: unknown, key: ItemKey, members: readonly ItemKey[] | undefined): number {
  let n = positive(lookup(raw, key));
  if (members) for (const m of new Set(members)) if (m !== key) n += positive(lookup(raw, m));
  return Math.min(n, Number.MAX_SAFE_INTEGER);
}

/** Every key a ballot may hold dots under for this vote: the items' own keys and their groups' member keys. */
export function ballotKeys(vote: VoteRules): ItemKey[] {
  const out = new Set<ItemKey>();
  for (const ref of vote.items) {
    const key = itemKey(ref);
    out.add(key);
    for (const m of vote.groups?.[key] ?? []) out.add(m);
  }
  return [...out];
}

/** Applies the budget rule to whatever a person's room holds (a plain object or a Map of key → count). */
export function validBallot(raw: unknown, vote: VoteRules): Ballot {
  const out: Record<ItemKey, number> = {};
  const perPerson = Math.max(0, Math.floor(vote.perPerson));
  const maxPerItem = Math.max(0, Math.floor(vote.maxPerItem));
  let left = perPerson;
  // Looked up by the vote's own keys, so a hostile ballot with a million keys costs nothing extra.
  const keys = [...new Set(vote.items.map(itemKey))].sort(byCodeUnits);
  for (const key of keys) {
    if (left <= 0) break;
    const count = countOf(raw, key, vote.groups?.[key]);
    if (count <= 0) continue;
    const take = Math.min(count, maxPerItem, left);
    if (take <= 0) continue;
    out[key] = take;
    left -= take;
  }
  return out;
}

export const ballotTotal = (b: Ballot): number => Object.values(b).reduce((s, n) => s + n, 0);

const groupKey = (g: string | null) => (g === null || g === '' ? NO_GROUP : g);

/**
 * Counts every ballot (one per person; a second ballot for the same person is a bug and throws)
 * and ranks all the vote's items, including those nobody chose.
 */
export function tally(ballots: readonly BallotInput[], vote: VoteRules, itemTexts: Readonly<Record<ItemKey, string>>): VoteTally {
  const seen = new Set<string>();
  const rows = new Map<ItemKey, RankedItem>();
  for (const ref of vote.items) {
    const key = itemKey(ref);
    if (!rows.has(key)) rows.set(key, { boardId: ref.boardId, itemId: ref.itemId, text: itemTexts[key] ?? '', total: 0, byGroup: {}, voters: 0, rank: 0 });
  }
  const votersByGroup: Record<string, number> = {};
  let voters = 0;
  for (const b of ballots) {
    if (seen.has(b.personId)) throw new Error(`tally: two ballots for person ${b.personId}`);
    seen.add(b.personId);
    const ballot = validBallot(b.raw, vote);
    const entries = Object.entries(ballot);
    if (entries.length === 0) continue;
    const g = groupKey(b.group);
    voters += 1;
    votersByGroup[g] = (votersByGroup[g] ?? 0) + 1;
    for (const [key, n] of entries) {
      const row = rows.get(key)!;
      row.total += n;
      row.voters += 1;
      row.byGroup[g] = (row.byGroup[g] ?? 0) + n;
    }
  }
  return { items: rank([...rows.entries()]), voters, votersByGroup: sortKeys(votersByGroup) };
}

/** Total desc, then how many people chose it desc, then item key: a total order, so every host and client agree. */
function rank(rows: [ItemKey, RankedItem][]): RankedItem[] {
  rows.sort(([ka, a], [kb, b]) => b.total - a.total || b.voters - a.voters || byCodeUnits(ka, kb));
  let prev: RankedItem | null = null;
  return rows.map(([, row], i) => {
    row.rank = prev !== null && prev.total === row.total ? prev.rank : i + 1;
    row.byGroup = sortKeys(row.byGroup);
    prev = row;
    return row;
  });
}

/** Same content → same JSON, whatever order ballots came in. */
function sortKeys(o: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(o).sort(byCodeUnits)) out[k] = o[k]!;
  return out;
}
