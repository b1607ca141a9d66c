import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardId, CardId } from '@shared/ids';
import {
  closeRound,
  markRoundRevealed,
  openPrivateRound,
  readPrivateCards,
  readPrivateRound,
  readPrivateRounds,
  removePrivateCard,
  revealedIds,
  writePrivateCard,
  MAX_PRIVATE_TEXT,
} from '@shared/doc/private';
import {
  castVote,
  dotsLeft,
  markVoteClosed,
  myBallot,
  myVotes,
  openVote,
  readVote,
  readVoteProgress,
  readVoteResults,
  readVotes,
  writePublishedVote,
} from '@shared/doc/voting';
import { LOCAL_ORIGIN } from '@shared/doc/schema';

const B = 'board1' as BoardId;
const items = [
  { boardId: 'board1', itemId: 'a' },
  { boardId: 'board1', itemId: 'b' },
  { boardId: 'tree', itemId: 'n1' },
];

describe('vote definitions in the plan', () => {
  it('open, read back, close', () => {
    const plan = new Y.Doc();
    const id = openVote(plan, { title: 'Какие идеи развивать?', items, perPerson: 3, maxPerItem: 2 }, LOCAL_ORIGIN, 'v1', 1000);
    expect(readVote(plan, id)).toEqual({
      id: 'v1',
      title: 'Какие идеи развивать?',
      items,
      groups: {}, // a vote without card groups
      perPerson: 3,
      maxPerItem: 2,
      state: 'open',
      openedAt: 1000,
      closedAt: null,
    });
    markVoteClosed(plan, id, 2000, LOCAL_ORIGIN);
    expect(readVotes(plan).map((v) => [v.state, v.closedAt])).toEqual([['closed', 2000]]);
  });

  it('a malformed entry reads as a harmless vote, never a crash', () => {
    const plan = new Y.Doc();
    const m = new Y.Map<unknown>();
    plan.getMap('votes').set('bad', m);
    m.set('items', [{ boardId: '../x', itemId: 'a' }, 'junk', { boardId: 'b', itemId: 'c' }, { boardId: 'b', itemId: 'c' }]);
    m.set('perPerson', 1e9);
    m.set('maxPerItem', -3);
    plan.getMap('votes').set('notAMap', 42);
    const v = readVote(plan, 'bad')!;
    expect(v.items).toEqual([{ boardId: 'b', itemId: 'c' }]);
    expect([v.perPerson, v.maxPerItem, v.state]).toEqual([100, 0, 'open']);
    expect(readVote(plan, 'notAMap')).toBeNull();
  });
});

describe('castVote in a person room', () => {
  const setup = () => {
    const plan = new Y.Doc();
    openVote(plan, { title: 't', items, perPerson: 3, maxPerItem: 2 }, LOCAL_ORIGIN, 'v');
    return { vote: readVote(plan, 'v')!, person: new Y.Doc() };
  };

  it('adds and takes back dots within the budget', () => {
    const { vote, person } = setup();
    expect(castVote(person, vote, items[0]!, 1, LOCAL_ORIGIN)).toEqual({ ok: true, value: 1 });
    expect(castVote(person, vote, items[0]!, 1, LOCAL_ORIGIN)).toEqual({ ok: true, value: 2 });
    expect(castVote(person, vote, items[2]!, 1, LOCAL_ORIGIN)).toEqual({ ok: true, value: 1 });
    expect(dotsLeft(person, vote)).toBe(0);
    expect(castVote(person, vote, items[0]!, -2, LOCAL_ORIGIN)).toEqual({ ok: true, value: 0 });
    expect(myVotes(person, 'v')).toEqual({ 'tree:n1': 1 });
  });

  it('refuses what the host would ignore, without writing', () => {
    const { vote, person } = setup();
    castVote(person, vote, items[0]!, 2, LOCAL_ORIGIN);
    expect(castVote(person, vote, items[0]!, 1, LOCAL_ORIGIN).ok).toBe(false);
    castVote(person, vote, items[1]!, 1, LOCAL_ORIGIN);
    expect(castVote(person, vote, items[2]!, 1, LOCAL_ORIGIN).ok).toBe(false);
    expect(castVote(person, vote, { boardId: 'x', itemId: 'y' }, 1, LOCAL_ORIGIN).ok).toBe(false);
    expect(castVote(person, vote, items[1]!, 0.5, LOCAL_ORIGIN).ok).toBe(false);
    expect(castVote(person, { ...vote, state: 'closed' }, items[1]!, -1, LOCAL_ORIGIN).ok).toBe(false);
    expect(myVotes(person, 'v')).toEqual({ 'board1:a': 2, 'board1:b': 1 });
  });

  it('the next cast cleans junk a hostile or old client left, so the room holds what counts', () => {
    const { vote, person } = setup();
    const m = new Y.Map<unknown>();
    person.getMap('votes').set('v', m);
    m.set('board1:a', 50);
    m.set('nope', 3);
    m.set('board1:b', -4);
    expect(myBallot(person, vote)).toEqual({ 'board1:a': 2 });
    expect(castVote(person, vote, items[1]!, 1, LOCAL_ORIGIN)).toEqual({ ok: true, value: 1 });
    expect(myVotes(person, 'v')).toEqual({ 'board1:a': 2, 'board1:b': 1 });
  });
});

describe('published results', () => {
  it('progress and results read back; anything else reads as nothing', () => {
    const results = new Y.Doc();
    expect(readVoteProgress(results, 'v')).toBeNull();
    writePublishedVote(results, 'v', { state: 'open', title: 't', voted: 2, eligible: 5 }, 'host');
    expect(readVoteProgress(results, 'v')).toEqual({ state: 'open', title: 't', voted: 2, eligible: 5 });
    expect(readVoteResults(results, 'v')).toBeNull();
    expect(writePublishedVote(results, 'v', { state: 'open', title: 't', voted: 2, eligible: 5 }, 'host')).toBe(false);
    results.getMap('votes').set('junk', 'x');
    expect(readVoteProgress(results, 'junk')).toBeNull();
  });
});

describe('private cards and rounds', () => {
  it('write, read cleaned, remove', () => {
    const person = new Y.Doc();
    const a = writePrivateCard(person, B, { text: '  Нет кинотеатра  ' }, LOCAL_ORIGIN, 'c1' as CardId);
    writePrivateCard(person, B, { text: '   ' }, LOCAL_ORIGIN);
    writePrivateCard(person, B, { text: 'x'.repeat(MAX_PRIVATE_TEXT + 50), row: 'r1', column: 'y'.repeat(100) }, LOCAL_ORIGIN, 'c2' as CardId);
    (person.getMap('private').get(B) as Y.Map<unknown>).set('junk', 'not a card');
    const cards = readPrivateCards(person, B);
    expect(cards.map((c) => c.text.length)).toEqual([14, MAX_PRIVATE_TEXT]);
    expect(cards[0]!.text).toBe('Нет кинотеатра');
    expect([cards[1]!.row, cards[1]!.column]).toEqual(['r1', null]);
    removePrivateCard(person, B, a, LOCAL_ORIGIN);
    expect(readPrivateCards(person, B)).toHaveLength(1);
    expect(readPrivateCards(person, 'other' as BoardId)).toEqual([]);
  });

  it('a round opens, is revealed, reopens keeping what was revealed, and closes', () => {
    const plan = new Y.Doc();
    openPrivateRound(plan, B, { anonymous: true }, LOCAL_ORIGIN, 10);
    expect(readPrivateRound(plan, B)).toEqual({ boardId: B, state: 'open', anonymous: true, openedAt: 10, revealedAt: null, revealedCount: 0 });
    markRoundRevealed(plan, B, ['r1', 'r2'], 20, 'host');
    expect(readPrivateRound(plan, B)!.state).toBe('revealed');
    openPrivateRound(plan, B, { anonymous: false }, LOCAL_ORIGIN, 30);
    expect(readPrivateRounds(plan)).toEqual([{ boardId: B, state: 'open', anonymous: false, openedAt: 30, revealedAt: null, revealedCount: 2 }]);
    expect([...revealedIds(plan, B)]).toEqual(['r1', 'r2']);
    closeRound(plan, B, LOCAL_ORIGIN);
    expect(readPrivateRound(plan, B)).toBeNull();
  });
});
