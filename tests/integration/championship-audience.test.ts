import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCards } from '@shared/doc/board';
import { readChampionship } from '@shared/doc/championship';
import { readPlan } from '@shared/doc/plan';
import { castVote, readVote } from '@shared/doc/voting';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventSummary } from '@shared/protocol/api';
import type { TestHost } from './helpers/host';
import { api, connect, eventually, join, startTestHost, synced } from './helpers/host';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ demo: true });
});
afterAll(() => host.stop());

describe('the audience choice nomination', () => {
  it('one call makes a board with a card per team, opens a dot vote over it and links it; a participant can vote', async () => {
    const fac = { token: host.facilitatorToken };
    const events = (await api<{ events: EventSummary[] }>(host, 'GET', '/api/events', fac)).body.events;
    const champ = events.find((e) => e.format === 'championship')!;
    const plan = connect(host, `${champ.id}/plan`, host.facilitatorToken);
    await synced(plan.provider);
    const round = readChampionship(plan.doc).rounds[0]!;

    const first = await api<{ boardId: string; voteId: string }>(host, 'POST', `/api/events/${champ.id}/championship/audience`, {
      ...fac,
      body: { round: round.id },
    });
    expect(first.status).toBe(201);
    const again = await api<{ boardId: string; voteId: string }>(host, 'POST', `/api/events/${champ.id}/championship/audience`, {
      ...fac,
      body: { round: round.id },
    });
    expect(again.body).toEqual(first.body);
    await eventually(() => expect(readChampionship(plan.doc).settings.audienceVoteId).toBe(first.body.voteId));

    const teams = readPlan(plan.doc).teams.filter((t) => round.teamIds.length === 0 || round.teamIds.includes(t.id));
    const board = connect(host, `${champ.id}/board/${first.body.boardId}`, host.facilitatorToken);
    await synced(board.provider);
    expect(
      readCards(board.doc)
        .map((c) => c.id)
        .sort(),
    ).toEqual(teams.map((t) => t.id).sort());

    const p = await join(host, champ.joinCode, 'Зритель', { group: 'residents' });
    const mine = connect(host, `${champ.id}/person/${p.personId}`, p.token);
    await synced(mine.provider);
    const vote = readVote(plan.doc, first.body.voteId)!;
    expect(castVote(mine.doc, vote, { boardId: first.body.boardId as never, itemId: teams[0]!.id }, 1, LOCAL_ORIGIN).ok).toBe(true);
    const participantWrite = await api(host, 'POST', `/api/events/${champ.id}/championship/audience`, { token: p.token, body: { round: round.id } });
    expect(participantWrite.status).toBe(403);
    for (const c of [plan, board, mine]) c.provider.destroy();
  });
});
