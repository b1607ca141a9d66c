import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { addCard } from '@shared/doc/board';
import { applyDrop, createGroup, planDrop, readGroups } from '@shared/doc/groups';
import { parseVoteGroups } from '@shared/doc/voting';
import type { CardId, PersonId } from '@shared/ids';
import type { VoteRules } from '@shared/voting/tally';
import { ballotTotal, tally, validBallot } from '@shared/voting/tally';

const B = 'board1';
const k = (id: string) => `${B}:${id}`;
/** Three items: a group g (members x, y) and two plain cards. */
const vote = (perPerson: number, maxPerItem: number): VoteRules => ({
  items: [
    { boardId: B, itemId: 'g' },
    { boardId: B, itemId: 'p' },
    { boardId: B, itemId: 'q' },
  ],
  perPerson,
  maxPerItem,
  groups: { [k('g')]: [k('x'), k('y')] },
});

describe('the group-aware tally', () => {
  it("dots on a group's members count for the group, under the per-item maximum", () => {
    expect(validBallot({ [k('x')]: 1, [k('y')]: 1, [k('p')]: 1 }, vote(3, 1))).toEqual({ [k('g')]: 1, [k('p')]: 1 });
    expect(validBallot({ [k('x')]: 2, [k('y')]: 2 }, vote(5, 3))).toEqual({ [k('g')]: 3 });
    expect(validBallot({ [k('g')]: 1, [k('x')]: 1 }, vote(5, 5))).toEqual({ [k('g')]: 2 });
  });

  it('junk on members (negative, fractional, text) is ignored as it is on items', () => {
    expect(validBallot({ [k('x')]: -5, [k('y')]: 1.5, [k('g')]: '3' }, vote(3, 3))).toEqual({});
  });

  it('a vote without groups counts exactly as before: a member key is no item', () => {
    const plain: VoteRules = { ...vote(3, 3), groups: undefined };
    expect(validBallot({ [k('x')]: 2, [k('p')]: 1 }, plain)).toEqual({ [k('p')]: 1 });
  });

  it('tally: two people on two duplicates give one item two voters, and the ranking has the group once', () => {
    const t = tally(
      [
        { personId: 'a', group: null, raw: { [k('x')]: 1 } },
        { personId: 'b', group: null, raw: { [k('y')]: 1, [k('q')]: 1 } },
      ],
      vote(3, 1),
      { [k('g')]: 'Дубли', [k('p')]: 'П', [k('q')]: 'К' },
    );
    expect(t.items.map((i) => [i.itemId, i.total, i.voters, i.text])).toEqual([
      ['g', 2, 2, 'Дубли'],
      ['q', 1, 1, 'К'],
      ['p', 0, 0, 'П'],
    ]);
  });

  it('property: whatever a ballot holds on members and items, no person exceeds the budget or any item its maximum', () => {
    const keys = [k('g'), k('x'), k('y'), k('p'), k('q'), 'junk'];
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.integer({ min: -3, max: 50 }), fc.double(), fc.string())),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        (raw, per, max) => {
          const b = validBallot(raw, vote(per, max));
          expect(ballotTotal(b)).toBeLessThanOrEqual(per);
          for (const [key, n] of Object.entries(b)) {
            expect([k('g'), k('p'), k('q')]).toContain(key);
            expect(n).toBeLessThanOrEqual(max);
          }
        },
      ),
    );
  });

  it('a stored vote keeps only groups of its own items, members on the same board, each member claimed once', () => {
    const items = [
      { boardId: B, itemId: 'g' },
      { boardId: B, itemId: 'h' },
      { boardId: B, itemId: 'p' },
    ];
    expect(
      parseVoteGroups({ [k('g')]: [k('x'), k('y'), 'other:z', k('p')], [k('h')]: [k('x'), k('w')], [k('nope')]: [k('v')], __proto__: [k('u')] }, items),
    ).toEqual({
      [k('g')]: [k('x'), k('y')],
      [k('h')]: [k('w')],
    });
    expect(parseVoteGroups('junk', items)).toEqual({});
  });
});

describe('card groups in a board doc', () => {
  const board = () => {
    const doc = new Y.Doc();
    for (const id of ['a', 'b', 'c', 'd']) addCard(doc, { text: id.toUpperCase(), authorId: null, authorName: '' }, 'test', id as CardId);
    return doc;
  };
  const anna = { authorId: 'anna' as PersonId, authorName: 'Анна' };

  it('a card claimed by two groups belongs to the older one; a group left with one live card is no group', () => {
    const doc = board();
    createGroup(doc, ['a', 'b'] as CardId[], 'first', anna, 'test', 'g1');
    createGroup(doc, ['b', 'c', 'zzz'] as CardId[], 'second', anna, 'test', 'g2');
    expect(readGroups(doc).map((g) => [g.id, g.cards])).toEqual([['g1', ['a', 'b']]]);
    createGroup(doc, ['c', 'd'] as CardId[], 'third', anna, 'test', 'g3');
    expect(readGroups(doc).map((g) => g.id)).toEqual(['g1', 'g3']);
  });

  it("dropping a card on another: a new group, then joining it; someone else's group is not joined", () => {
    const doc = board();
    const p1 = planDrop(readGroups(doc), 'b' as CardId, 'a' as CardId, anna.authorId, false)!;
    expect(p1.kind).toBe('new');
    const gid = applyDrop(doc, p1, '', anna, 'test');
    const p2 = planDrop(readGroups(doc), 'c' as CardId, 'a' as CardId, anna.authorId, false)!;
    expect(p2).toMatchObject({ kind: 'join', groupId: gid });
    applyDrop(doc, p2, '', anna, 'test');
    expect(readGroups(doc)[0]!.cards).toEqual(['a', 'b', 'c']);
    expect(planDrop(readGroups(doc), 'd' as CardId, 'a' as CardId, 'boris' as PersonId, false)).toBeNull();
    expect(planDrop(readGroups(doc), 'd' as CardId, 'a' as CardId, null, true)).toMatchObject({ kind: 'join' });
  });
});
