import { readBoard } from '@shared/doc/plan';
import { readPrivateCards, readPrivateRounds } from '@shared/doc/private';
import { childMap } from '@shared/doc/schema';
import { ballotSource, openVotes } from '@shared/doc/voting';
import type { MissingPerson, MissingReport } from '@shared/session/missing';
import { validBallot } from '@shared/voting/tally';
import type { HostedEvent } from '../events/hosted-event';
import type { HostPerson } from '../events/host-doc';
import { counts } from '../events/host-doc';

const byName = (a: MissingPerson, b: MissingPerson) => a.name.localeCompare(b.name) || (a.personId < b.personId ? -1 : 1);
const asMissing = (p: HostPerson): MissingPerson => ({ personId: p.id, name: p.name });

/**
 * The names of those who count (the electorate of shared voting rules) and have not yet voted in each
 * open vote, or written a card in each open private round (on a team board: that team's members).
 * Computed from the host's own records and the person rooms, never from awareness.
 */
export function missingReport(event: HostedEvent): MissingReport {
  const plan = event.doc('plan');
  const people = event.people.filter(counts);
  const votes = openVotes(plan).map((vote) => ({
    voteId: vote.id,
    title: vote.title,
    missing: people
      .filter((p) => {
        const doc = event.docs.get(`person/${p.id}`);
        const m = doc ? childMap(doc.getMap<unknown>('votes'), vote.id) : null;
        return !m || Object.keys(validBallot(ballotSource(m, vote), vote)).length === 0;
      })
      .map(asMissing)
      .sort(byName),
  }));
  const rounds = readPrivateRounds(plan)
    .filter((r) => r.state === 'open')
    .flatMap((r) => {
      const board = readBoard(plan, r.boardId);
      if (!board) return [];
      const writers = board.visibility === 'team' && board.teamId !== null ? people.filter((p) => p.teamId === board.teamId) : people;
      const missing = writers.filter((p) => {
        const doc = event.docs.get(`person/${p.id}`);
        return !doc || readPrivateCards(doc, r.boardId).length === 0;
      });
      return [{ boardId: r.boardId, title: board.title, missing: missing.map(asMissing).sort(byName) }];
    });
  return { votes, rounds };
}
