import type * as Y from 'yjs';
import { readBoard } from '@shared/doc/plan';
import { childMap, HOST_ORIGIN, str } from '@shared/doc/schema';
import type { NewVote, VoteId, VoteInfo, VoteProgress, VoteResults } from '@shared/doc/voting';
import { ballotSource, isVotePublishedClosed, markVoteClosed, openVote, readVote, readVoteResults, writePublishedVote } from '@shared/doc/voting';
import { AppError } from '@shared/errors';
import type { BallotInput, ItemKey, ItemRef, VoteRules } from '@shared/voting/tally';
import { itemKey, tally, validBallot } from '@shared/voting/tally';
import type { HostedEvent } from '../events/hosted-event';
import { takePoint } from '../history/history';
import { HOST_ROOM, counts } from '../events/host-doc';
import type { HostPerson } from '../events/host-doc';
import { readVotes } from '@shared/doc/voting';
import type { CardGroup } from '@shared/doc/groups';
import { groupLabel, readGroups } from '@shared/doc/groups';
import type { CardId } from '@shared/ids';

type DocLookup = (rel: string) => Y.Doc | undefined;

/** Items are cards (`cards` map) or tree nodes (`nodes` map); both keep their text under `text`. */
function itemMap(docs: DocLookup, ref: ItemRef): Y.Map<unknown> | null {
  const doc = docs(`board/${ref.boardId}`);
  if (!doc) return null;
  return childMap(doc.getMap<unknown>('cards'), ref.itemId) ?? childMap(doc.getMap<unknown>('nodes'), ref.itemId);
}

/** A live card group (shared/doc/groups.ts) as a vote item, or null. */
function groupItem(docs: DocLookup, ref: ItemRef): CardGroup | null {
  const doc = docs(`board/${ref.boardId}`);
  return doc ? (readGroups(doc).find((g) => g.id === ref.itemId) ?? null) : null;
}

/** A group's text in the results: its title, or its cards' texts joined. */
function groupText(docs: DocLookup, boardId: string, g: CardGroup): string {
  const doc = docs(`board/${boardId}`)!;
  return groupLabel(g, (id) => str(childMap(doc.getMap<unknown>('cards'), id)?.get('text')));
}

/**
 * A vote counts a card group as one item: a card listed that sits in a group is replaced by its group
 * (listed once), and each group item carries its member cards so dots on them count for it.
 */
export function groupVoteItems(docs: DocLookup, items: readonly ItemRef[]): { items: ItemRef[]; groups: Record<ItemKey, ItemKey[]> } {
  const out: ItemRef[] = [];
  const groups: Record<ItemKey, ItemKey[]> = {};
  const seen = new Set<ItemKey>();
  const byBoard = new Map<string, CardGroup[]>();
  const groupsOn = (boardId: string) => {
    let g = byBoard.get(boardId);
    if (!g) {
      const doc = docs(`board/${boardId}`);
      g = doc ? readGroups(doc) : [];
      byBoard.set(boardId, g);
    }
    return g;
  };
  for (const ref of items) {
    const on = groupsOn(ref.boardId);
    const g = on.find((x) => x.id === ref.itemId) ?? on.find((x) => x.cards.includes(ref.itemId as CardId)) ?? null;
    const item = g ? { boardId: ref.boardId, itemId: g.id } : ref;
    const key = itemKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
    if (g) groups[key] = g.cards.map((c) => itemKey({ boardId: ref.boardId, itemId: c }));
  }
  return { items: out, groups };
}

const lookupIn =
  (event: HostedEvent): DocLookup =>
  (rel) =>
    event.docs.get(rel);

/** A tree node deleted by someone is a tombstone (`deleted: true`), still in the map: not a live item to vote on. */
export function itemExists(event: HostedEvent, ref: ItemRef): boolean {
  if (readBoard(event.doc('plan'), ref.boardId) === null) return false;
  const m = itemMap(lookupIn(event), ref);
  return (m !== null && m.get('deleted') !== true) || groupItem(lookupIn(event), ref) !== null;
}

/** Each item's text as it is now ('' for an item since deleted); also used by the demo builder on bare docs. */
export function itemTexts(docs: DocLookup, vote: VoteRules): Record<ItemKey, string> {
  const out: Record<ItemKey, string> = {};
  for (const ref of vote.items) {
    const g = itemMap(docs, ref) ? null : groupItem(docs, ref);
    out[itemKey(ref)] = g ? groupText(docs, ref.boardId, g) : str(itemMap(docs, ref)?.get('text'));
  }
  return out;
}

/**
 * Only participants vote, and only they make up "M": facilitators and jurors are not the electorate,
 * nor are people the facilitator voided, removed, merged into another or has not checked in yet.
 */
const electorate = (event: HostedEvent) => event.people.filter(counts);
const counting = (event: HostedEvent) => new Set<string>(electorate(event).map((p) => p.id));

/** The ballots a closed vote counted, kept in the host's own room so a later void can take one out. */
const closedBallotsOf = (event: HostedEvent) => event.doc(HOST_ROOM).getMap<unknown>('closedBallots');

/**
 * Whose ballots a closing vote keeps: those who count, and the voided, whom the facilitator may count
 * again ("restore") after the close. Removed and merged people cannot come back, so theirs are not kept.
 */
const mayCountAgain = (p: HostPerson): boolean => p.role === 'participant' && !p.mergedInto && (counts(p) || p.status === 'voided');

/** Each participant's ballot as their room holds it now, reduced to the vote's own keys. */
export function collectBallots(event: HostedEvent, vote: VoteInfo): BallotInput[] {
  return ballotsOf(event, vote, electorate(event));
}

function ballotsOf(event: HostedEvent, vote: VoteInfo, people: readonly HostPerson[]): BallotInput[] {
  return people.map((p) => {
    const doc = event.docs.get(`person/${p.id}`);
    const m = doc ? childMap(doc.getMap<unknown>('votes'), vote.id) : null;
    return { personId: p.id, group: p.group, raw: m ? ballotSource(m, vote) : {} };
  });
}

export function voteProgress(event: HostedEvent, vote: VoteInfo): VoteProgress {
  const ballots = collectBallots(event, vote);
  const voted = ballots.filter((b) => Object.keys(validBallot(b.raw, vote)).length > 0).length;
  return { state: 'open', title: vote.title, voted, eligible: ballots.length };
}

/** Publishes "N of M" for an open vote; a vote with a published result is final and left alone. */
export function publishProgress(event: HostedEvent, vote: VoteInfo): void {
  const results = event.doc('results');
  if (vote.state !== 'open' || isVotePublishedClosed(results, vote.id)) return;
  writePublishedVote(results, vote.id, voteProgress(event, vote), HOST_ORIGIN);
}

/** The host opens a vote after checking that every item exists on its board. */
export function openVoteOnHost(event: HostedEvent, body: NewVote): VoteId {
  if (body.maxPerItem > body.perPerson) throw new AppError('bad_request', 'maxPerItem cannot exceed perPerson');
  const seen = new Set<string>();
  for (const ref of body.items) {
    if (!itemExists(event, ref)) throw new AppError('bad_request', `no item ${ref.itemId} on board ${ref.boardId}`);
    if (seen.has(itemKey(ref))) throw new AppError('bad_request', `item ${ref.itemId} listed twice`);
    seen.add(itemKey(ref));
  }
  const grouped = groupVoteItems(lookupIn(event), body.items);
  const id = openVote(event.doc('plan'), { ...body, ...grouped }, HOST_ORIGIN);
  publishProgress(event, readVote(event.doc('plan'), id)!);
  return id;
}

/**
 * Counts every participant's room as it is at this moment and publishes the ranked result, then marks
 * the plan closed. Dots written later change nothing: the published result is never recomputed, and a
 * second close answers with the same result.
 */
export function closeVote(event: HostedEvent, voteId: VoteId, now = Date.now()): VoteResults {
  const plan = event.doc('plan');
  const results = event.doc('results');
  const vote = readVote(plan, voteId);
  if (!vote) throw new AppError('not_found', `no vote ${voteId}`);
  const already = readVoteResults(results, voteId);
  if (already) {
    if (vote.state !== 'closed') markVoteClosed(plan, voteId, already.closedAt, HOST_ORIGIN);
    return already;
  }
  // Every board the vote counted over, as it stood when the result was fixed.
  for (const boardId of new Set(vote.items.map((i) => i.boardId))) {
    if (readBoard(plan, boardId) && event.docs.has(`board/${boardId}`)) takePoint(event, `board/${boardId}`, 'vote-close', 'host', now);
  }
  const kept = ballotsOf(event, vote, event.people.filter(mayCountAgain));
  const counted = counting(event);
  const ballots = kept.filter((b) => counted.has(b.personId));
  const tallied = tally(ballots, vote, itemTexts(lookupIn(event), vote));
  const out: VoteResults = { ...tallied, state: 'closed', title: vote.title, eligible: ballots.length, closedAt: now, perPerson: vote.perPerson };
  const host = event.doc(HOST_ROOM);
  host.transact(() => closedBallotsOf(event).set(voteId, JSON.parse(JSON.stringify(kept)) as unknown), HOST_ORIGIN);
  writePublishedVote(results, voteId, out, HOST_ORIGIN);
  markVoteClosed(plan, voteId, now, HOST_ORIGIN);
  return out;
}

/**
 * After the facilitator voids, removes or merges people: open votes are republished from the rooms,
 * closed ones re-counted from the ballots they counted at close, without the people who no longer count.
 * Votes closed before ballots were kept are re-counted from the rooms as they are now.
 */
export function recountVotes(event: HostedEvent): void {
  const results = event.doc('results');
  const counted = counting(event);
  for (const vote of readVotes(event.doc('plan'))) {
    const published = readVoteResults(results, vote.id);
    if (!published) {
      publishProgress(event, vote);
      continue;
    }
    const kept = closedBallotsOf(event).get(vote.id);
    const all = Array.isArray(kept) ? (kept as BallotInput[]) : collectBallots(event, vote);
    const ballots = all.filter((b) => counted.has(b.personId));
    const tallied = tally(ballots, vote, itemTexts(lookupIn(event), vote));
    writePublishedVote(results, vote.id, { ...published, ...tallied, eligible: ballots.length }, HOST_ORIGIN);
  }
}
