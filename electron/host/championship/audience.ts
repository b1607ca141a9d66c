import { addCard, initBoard, readCards } from '@shared/doc/board';
import { readChampionship, readRound, setSettings } from '@shared/doc/championship';
import { addBoard, readBoard, readPlan } from '@shared/doc/plan';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { readVote } from '@shared/doc/voting';
import { AppError } from '@shared/errors';
import type { BoardId, CardId } from '@shared/ids';
import type { HostedEvent } from '../events/hosted-event';
import { openVoteOnHost } from '../session/voting';

/**
 * The audience's choice as its own nomination: a card board with one card per team of the round
 * (card id = team id, which is how the leaderboard counts a team's dots), a dot vote over it, and
 * the settings pointing at that vote. Calling it again returns the same nomination.
 */
const AUDIENCE_TITLE = { ru: 'Приз зрительских симпатий', en: 'Audience award' } as const;

/** `lang`: the console's language, for the vote's and the board's titles. */
export function createAudienceVote(
  event: HostedEvent,
  roundId: string,
  perPerson: number,
  lang: keyof typeof AUDIENCE_TITLE = 'ru',
): { boardId: BoardId; voteId: string } {
  const plan = event.doc('plan');
  const round = readRound(plan, roundId);
  if (!round) throw new AppError('not_found', `no round ${roundId}`);
  const existing = readChampionship(plan).settings.audienceVoteId;
  const boardId = `audience_${round.id}` as BoardId;
  if (existing && readVote(plan, existing) && readBoard(plan, boardId)) return { boardId, voteId: existing };
  const teams = readPlan(plan).teams.filter((t) => round.teamIds.length === 0 || round.teamIds.includes(t.id));
  if (teams.length < 2) throw new AppError('conflict', 'the round needs at least two teams for an audience vote');
  const title = `${AUDIENCE_TITLE[lang]}: ${round.title}`;
  if (!readBoard(plan, boardId)) addBoard(plan, { title, writers: 'facilitators' }, HOST_ORIGIN, boardId);
  const board = event.doc(`board/${boardId}`);
  initBoard(board, HOST_ORIGIN);
  const have = new Set(readCards(board).map((c) => c.id));
  for (const t of teams)
    if (!have.has(t.id as unknown as CardId)) addCard(board, { text: t.name, authorId: null, authorName: '' }, HOST_ORIGIN, t.id as unknown as CardId);
  const items = teams.map((t) => ({ boardId, itemId: t.id as string }));
  const budget = Math.max(1, Math.min(perPerson, teams.length));
  const voteId = openVoteOnHost(event, { title, items, perPerson: budget, maxPerItem: 1 });
  setSettings(plan, { audienceVoteId: voteId }, HOST_ORIGIN);
  return { boardId, voteId };
}
