import * as Y from 'yjs';
import { readPlan } from '@shared/doc/plan';
import { HOST_ORIGIN, initMeta } from '@shared/doc/schema';
import type { VoteId, VoteResults } from '@shared/doc/voting';
import { castVote, markVoteClosed, myVotes, openVote, readVote, writePublishedVote } from '@shared/doc/voting';
import type { PersonId } from '@shared/ids';
import type { BallotInput, ItemRef } from '@shared/voting/tally';
import { tally } from '@shared/voting/tally';
import { itemTexts } from '../session/voting';

/**
 * A closed dot vote for the strategy demo, made the way a real one is: participants' ballots in their
 * own rooms, the result counted by the same tally the host runs on close and published to `results`.
 */

export type DemoVoteOptions = {
  title?: string;
  /** What to vote on; default: every card of the plan's card and grid boards, in board order, at most 10. */
  items?: ItemRef[];
  perPerson?: number;
  maxPerItem?: number;
  /** When the vote closed (ms); default now. */
  closedAt?: number;
};

/** Who votes, by stakeholder group (DEFAULT_GROUPS), and what each group cares about (words in the items' text). */
const VOTERS: [name: string, group: string][] = [
  ['Анастасия Кулакова', 'youth'],
  ['Даниил Попов', 'youth'],
  ['Софья Игнатьева', 'youth'],
  ['Егор Шестаков', 'youth'],
  ['Ирина Бубнова', 'authorities'],
  ['Сергей Малахов', 'authorities'],
  ['Ольга Третьякова', 'authorities'],
  ['Марина Лодыгина', 'ngo'],
  ['Татьяна Воробьёва', 'ngo'],
  ['Алексей Зуев', 'ngo'],
  ['Николай Поздеев', 'business'],
  ['Елена Ширяева', 'business'],
  ['Валентина Окулова', 'residents'],
  ['Пётр Корельский', 'residents'],
  ['Галина Мяндина', 'residents'],
  ['Людмила Пахомова', 'residents'],
];
/** Joined but did not vote: "16 of 18 have voted" reads truer than a perfect turnout. */
const ABSTAINERS: [string, string][] = [
  ['Виктор Сидоров', 'residents'],
  ['Наталья Хабарова', 'business'],
];

const AFFINITY: Record<string, string[]> = {
  youth: ['молодёж', 'коворкинг', 'школа', 'встреч'],
  authorities: ['публичн', 'власт', 'турист', 'тос'],
  ngo: ['нко', 'коворкинг', 'тос', 'школа', 'лидер'],
  business: ['турист', 'ремесл', 'предприним', 'мастерск'],
  residents: ['молодёж', 'встреч', 'публичн', 'дорог', 'тос'],
};

/** A small seeded generator (mulberry32): the demo is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function defaultItems(docs: Map<string, Y.Doc>): ItemRef[] {
  const out: ItemRef[] = [];
  for (const b of readPlan(docs.get('plan')!).boards) {
    if (b.kind !== 'cards' && b.kind !== 'grid') continue;
    docs
      .get(`board/${b.id}`)
      ?.getMap<unknown>('cards')
      .forEach((_v, itemId) => out.push({ boardId: b.id, itemId }));
  }
  return out.slice(0, 10);
}

/** Dots one person places: each drawn in proportion to how much their group cares about the item. */
function pickDots(weights: number[], dots: number, maxPerItem: number, rnd: () => number): number[] {
  const counts = weights.map(() => 0);
  for (let d = 0; d < dots; d++) {
    const open = weights.map((w, i) => (counts[i]! < maxPerItem ? w : 0));
    let r = rnd() * open.reduce((s, w) => s + w, 0);
    const i = open.findIndex((w) => (r -= w) < 0);
    if (i >= 0) counts[i]! += 1;
  }
  return counts;
}

const docAt = (docs: Map<string, Y.Doc>, rel: string): Y.Doc => docs.get(rel) ?? docs.set(rel, new Y.Doc()).get(rel)!;

function personDoc(docs: Map<string, Y.Doc>, id: PersonId): Y.Doc {
  const doc = docAt(docs, `person/${id}`);
  initMeta(doc, 'person', HOST_ORIGIN, { personId: id });
  return doc;
}

/** M as the host counts it: every participant on the roster, not only the demo's voters. */
const eligibleIn = (plan: Y.Doc, atLeast: number) => Math.max(atLeast, readPlan(plan).people.filter((p) => p.role === 'participant').length);

/**
 * Adds demo voters through `addPerson` (the caller's roster: host records and plan), writes their
 * ballots into `person/<id>`, and publishes the closed result to `results`. Returns the vote's id.
 */
export function buildDemoVote(docs: Map<string, Y.Doc>, addPerson: (name: string, group: string) => PersonId, opts: DemoVoteOptions = {}): VoteId {
  const plan = docs.get('plan')!;
  const items = opts.items ?? defaultItems(docs);
  const rules = { title: opts.title ?? 'Какие идеи и проблемы берём в работу?', items, perPerson: opts.perPerson ?? 3, maxPerItem: opts.maxPerItem ?? 2 };
  const closedAt = opts.closedAt ?? Date.now();
  const voteId = openVote(plan, rules, HOST_ORIGIN, undefined, closedAt - 10 * 60_000);
  const vote = readVote(plan, voteId)!;
  const texts = itemTexts((rel) => docs.get(rel), vote);
  const ballots: BallotInput[] = [];
  VOTERS.forEach(([name, group], n) => {
    const id = addPerson(name, group);
    const doc = personDoc(docs, id);
    const words = AFFINITY[group] ?? [];
    const weights = items.map((ref) => 1 + 4 * words.filter((w) => (texts[`${ref.boardId}:${ref.itemId}`] ?? '').toLowerCase().includes(w)).length);
    pickDots(weights, vote.perPerson, vote.maxPerItem, random(n + 1)).forEach((count, i) => {
      if (count > 0) castVote(doc, vote, items[i]!, count, HOST_ORIGIN);
    });
    ballots.push({ personId: id, group, raw: myVotes(doc, voteId) });
  });
  for (const [name, group] of ABSTAINERS) {
    const id = addPerson(name, group);
    personDoc(docs, id);
    ballots.push({ personId: id, group, raw: {} });
  }
  const eligible = eligibleIn(plan, ballots.length);
  const result: VoteResults = { ...tally(ballots, vote, texts), state: 'closed', title: vote.title, eligible, closedAt, perPerson: vote.perPerson };
  writePublishedVote(docAt(docs, 'results'), voteId, result, HOST_ORIGIN);
  markVoteClosed(plan, voteId, closedAt, HOST_ORIGIN);
  return voteId;
}
