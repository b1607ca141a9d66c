import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BallotInput, ItemRef, VoteRules } from '@shared/voting/tally';
import { NO_GROUP, ballotTotal, itemKey, parseItemKey, tally, validBallot } from '@shared/voting/tally';

const item = (boardId: string, itemId: string): ItemRef => ({ boardId, itemId });
const rules = (perPerson: number, maxPerItem: number, ...ids: string[]): VoteRules => ({
  items: ids.map((id) => item('b', id)),
  perPerson,
  maxPerItem,
});

describe('validBallot: the budget rule', () => {
  it('keeps a ballot within the limits as it is', () => {
    expect(validBallot({ 'b:x': 2, 'b:y': 1 }, rules(3, 2, 'x', 'y'))).toEqual({ 'b:x': 2, 'b:y': 1 });
  });

  it('caps each item at maxPerItem and stops when the budget is spent, in item-key order', () => {
    const vote = rules(5, 3, 'c', 'a', 'b');
    expect(validBallot({ 'b:a': 10, 'b:b': 10, 'b:c': 10 }, vote)).toEqual({ 'b:a': 3, 'b:b': 2 });
  });

  it('ignores negative, zero, fractional, non-numeric and unknown entries', () => {
    const raw = { 'b:a': -5, 'b:b': 0, 'b:c': 1.5, 'b:d': '2', 'b:zz': 3, 'other:a': 1, 'b:e': Number.NaN, 'b:f': 1 };
    expect(validBallot(raw, rules(10, 5, 'a', 'b', 'c', 'd', 'e', 'f'))).toEqual({ 'b:f': 1 });
  });

  it('accepts a Map as well as an object, and anything else is an empty ballot', () => {
    const vote = rules(3, 3, 'a');
    expect(validBallot(new Map([['b:a', 2]]), vote)).toEqual({ 'b:a': 2 });
    for (const raw of [null, undefined, 7, 'b:a', [2]]) expect(validBallot(raw, vote)).toEqual({});
  });

  it('does not read inherited properties as votes', () => {
    const raw = Object.create({ 'b:a': 3 }) as Record<string, number>;
    expect(validBallot(raw, rules(3, 3, 'a'))).toEqual({});
  });
});

describe('item keys', () => {
  it('round-trip and refuse malformed keys', () => {
    expect(parseItemKey(itemKey(item('board1', 'card1')))).toEqual(item('board1', 'card1'));
    for (const bad of ['', ':', 'a:', ':b', 'a:b:c', 'ab']) expect(parseItemKey(bad)).toBeNull();
  });
});

describe('tally', () => {
  it('ranks by total, then by number of voters, then by key, with competition ranks and group splits', () => {
    const vote = rules(3, 3, 'a', 'b', 'c', 'd');
    const ballots: BallotInput[] = [
      { personId: 'p1', group: 'youth', raw: { 'b:b': 3 } },
      { personId: 'p2', group: 'ngo', raw: { 'b:a': 1, 'b:c': 2 } },
      { personId: 'p3', group: null, raw: { 'b:a': 2, 'b:c': 1 } },
      { personId: 'p4', group: 'youth', raw: {} },
    ];
    const t = tally(ballots, vote, { 'b:a': 'Коворкинг', 'b:b': 'Мастерские' });
    expect(t.items.map((r) => [r.itemId, r.total, r.voters, r.rank])).toEqual([
      ['a', 3, 2, 1],
      ['c', 3, 2, 1],
      ['b', 3, 1, 1],
      ['d', 0, 0, 4],
    ]);
    expect(t.items[0]!.byGroup).toEqual({ [NO_GROUP]: 2, ngo: 1 });
    expect(t.items[0]!.text).toBe('Коворкинг');
    expect(t.items[1]!.text).toBe('');
    expect(t.voters).toBe(3);
    expect(t.votersByGroup).toEqual({ [NO_GROUP]: 1, ngo: 1, youth: 1 });
  });

  it('refuses two ballots for one person (a bug in the caller)', () => {
    const vote = rules(1, 1, 'a');
    expect(() =>
      tally(
        [
          { personId: 'p', group: null, raw: {} },
          { personId: 'p', group: null, raw: {} },
        ],
        vote,
        {},
      ),
    ).toThrow();
  });
});

// ---- properties ----

const ids = fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 8 });
const voteArb = fc
  .record({
    boards: fc.uniqueArray(fc.constantFrom('b1', 'b2', 'b3'), { minLength: 1 }),
    ids,
    perPerson: fc.integer({ min: 1, max: 10 }),
    maxPerItem: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ boards, ids: itemIds, perPerson, maxPerItem }) => ({
    items: itemIds.map((id, i) => item(boards[i % boards.length]!, id)),
    perPerson,
    maxPerItem,
  }));
const countArb = fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double(), fc.constant('3'), fc.constant(null), fc.constant(Infinity));
const rawArb = (vote: VoteRules) =>
  fc.dictionary(fc.oneof(fc.constantFrom(...vote.items.map(itemKey)), fc.string({ maxLength: 6 })), countArb, { maxKeys: 12 });
const groupArb = fc.option(fc.constantFrom('residents', 'authorities', 'ngo', 'business', 'youth'), { nil: null });
const caseArb = voteArb.chain((vote) =>
  fc.record({
    vote: fc.constant(vote),
    ballots: fc.uniqueArray(fc.record({ personId: fc.stringMatching(/^p[0-9]{1,3}$/), group: groupArb, raw: rawArb(vote) }), {
      selector: (b) => b.personId,
      maxLength: 12,
    }),
  }),
);

describe('tally properties', () => {
  it('a ballot never counts more than perPerson in all nor more than maxPerItem on one item, and only known items', () => {
    fc.assert(
      fc.property(caseArb, ({ vote, ballots }) => {
        const known = new Set(vote.items.map(itemKey));
        for (const b of ballots) {
          const valid = validBallot(b.raw, vote);
          expect(ballotTotal(valid)).toBeLessThanOrEqual(vote.perPerson);
          for (const [k, n] of Object.entries(valid)) {
            expect(known.has(k)).toBe(true);
            expect(Number.isInteger(n) && n >= 1 && n <= vote.maxPerItem).toBe(true);
          }
        }
      }),
    );
  });

  it('is deterministic: ballots in any order (and keys in any order) give the same result', () => {
    fc.assert(
      fc.property(caseArb, fc.infiniteStream(fc.nat()), ({ vote, ballots }, rnd) => {
        const it = rnd[Symbol.iterator]();
        const shuffle = <T>(xs: T[]) =>
          xs
            .map((x) => [it.next().value as number, x] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, x]) => x);
        const reordered = shuffle(ballots).map((b) => ({ ...b, raw: Object.fromEntries(shuffle(Object.entries(b.raw))) }));
        const items = { ...vote, items: shuffle(vote.items) };
        expect(JSON.stringify(tally(reordered, items, {}))).toBe(JSON.stringify(tally(ballots, vote, {})));
      }),
    );
  });

  it('totals equal the sum over groups, and the sum of totals equals the sum of valid ballots', () => {
    fc.assert(
      fc.property(caseArb, ({ vote, ballots }) => {
        const t = tally(ballots, vote, {});
        for (const r of t.items) expect(Object.values(r.byGroup).reduce((s, n) => s + n, 0)).toBe(r.total);
        const all = ballots.reduce((s, b) => s + ballotTotal(validBallot(b.raw, vote)), 0);
        expect(t.items.reduce((s, r) => s + r.total, 0)).toBe(all);
        expect(Object.values(t.votersByGroup).reduce((s, n) => s + n, 0)).toBe(t.voters);
      }),
    );
  });

  it('ranking is a total order: every item once, totals never increase, ranks consistent with totals', () => {
    fc.assert(
      fc.property(caseArb, ({ vote, ballots }) => {
        const t = tally(ballots, vote, {});
        expect(t.items.map((r) => itemKey(r)).sort()).toEqual(vote.items.map(itemKey).sort());
        t.items.forEach((r, i) => {
          const prev = t.items[i - 1];
          if (!prev) return expect(r.rank).toBe(1);
          expect(prev.total).toBeGreaterThanOrEqual(r.total);
          if (prev.total === r.total) {
            expect(r.rank).toBe(prev.rank);
            expect(prev.voters > r.voters || (prev.voters === r.voters && itemKey(prev) < itemKey(r))).toBe(true);
          } else expect(r.rank).toBe(i + 1);
        });
      }),
    );
  });
});
