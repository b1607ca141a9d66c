import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEMO_EVENTS } from '../../../electron/host/demo/content';
import { buildDemoVote } from '../../../electron/host/demo/votes';
import { buildDemoSession } from '../../../electron/host/demo/session';
import { initPlan, upsertPerson } from '@shared/doc/plan';
import { HOST_ORIGIN, initMeta } from '@shared/doc/schema';
import { myVotes, readVote, readVoteResults } from '@shared/doc/voting';
import type { PersonId } from '@shared/ids';
import { ballotTotal, tally, validBallot } from '@shared/voting/tally';

/** The strategy demo's plan and boards, as the demo builder makes them. */
function strategyDocs() {
  const docs = new Map<string, Y.Doc>();
  const at = (rel: string) => docs.get(rel) ?? docs.set(rel, new Y.Doc()).get(rel)!;
  const demo = DEMO_EVENTS.find((e) => e.key === 'strategy')!;
  initPlan(at('plan'), demo.title, 'strategy', HOST_ORIGIN);
  initMeta(at('results'), 'results', HOST_ORIGIN);
  buildDemoSession(docs);
  const groups = new Map<PersonId, string>();
  const addPerson = (name: string, group: string) => {
    const id = `p${groups.size}` as PersonId;
    groups.set(id, group);
    upsertPerson(at('plan'), { id, name, group, teamId: null, role: 'participant', joinedAt: groups.size }, HOST_ORIGIN);
    return id;
  };
  return { docs, groups, addPerson };
}

describe('buildDemoVote', () => {
  it('publishes a closed result that a recount of the ballots in the person rooms reproduces', () => {
    const { docs, groups, addPerson } = strategyDocs();
    const voteId = buildDemoVote(docs, addPerson, { closedAt: 1_800_000_000_000 });
    const vote = readVote(docs.get('plan')!, voteId)!;
    expect(vote.state).toBe('closed');
    expect(vote.items.length).toBeGreaterThanOrEqual(8);
    const ballots = [...groups].map(([personId, group]) => ({ personId, group, raw: myVotes(docs.get(`person/${personId}`)!, voteId) }));
    for (const b of ballots) expect(ballotTotal(validBallot(b.raw, vote))).toBeLessThanOrEqual(vote.perPerson);
    const published = readVoteResults(docs.get('results')!, voteId)!;
    const texts = Object.fromEntries(published.items.map((i) => [`${i.boardId}:${i.itemId}`, i.text]));
    expect(published).toMatchObject(tally(ballots, vote, texts));
    expect([published.voters, published.eligible]).toEqual([16, 18]);
    expect(Object.keys(published.votersByGroup).sort()).toEqual(['authorities', 'business', 'ngo', 'residents', 'youth']);
    expect(published.items.every((i) => i.text.length > 0)).toBe(true);
    expect(published.items[0]!.total).toBeGreaterThan(published.items.at(-1)!.total);
  });

  it('is the same on every run', () => {
    const a = strategyDocs();
    const b = strategyDocs();
    const ra = readVoteResults(a.docs.get('results')!, buildDemoVote(a.docs, a.addPerson, { closedAt: 1 }))!;
    const rb = readVoteResults(b.docs.get('results')!, buildDemoVote(b.docs, b.addPerson, { closedAt: 1 }))!;
    // Card ids are random per build, so ties may list in another order: compare item by item.
    const rows = (r: typeof ra) => r.items.map((i) => [i.text, i.total, i.byGroup]).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
    expect(rows(ra)).toEqual(rows(rb));
  });
});
