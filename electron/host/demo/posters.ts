import * as Y from 'yjs';
import { addCard, initBoard } from '@shared/doc/board';
import { setSettings } from '@shared/doc/championship';
import { addBoard, addTeam, readPlan, upsertPerson } from '@shared/doc/plan';
import type { PosterPatch } from '@shared/doc/poster';
import { writePoster } from '@shared/doc/poster';
import { HOST_ORIGIN, initMeta } from '@shared/doc/schema';
import { castVote, openVote, readVote } from '@shared/doc/voting';
import type { BoardId, CardId, PersonId, TeamId } from '@shared/ids';
import { newId } from '@shared/ids';
import type { OfferBody } from '@shared/posters/api';
import { publishOffer } from '@shared/posters/offers';
import { publishComment } from '@shared/posters/threads';
import { teamColor } from '@shared/session/teams';
import { hashToken, newToken } from '../auth/tokens';
import { HOST_ROOM, writeHostPerson } from '../events/host-doc';
import { setupPosters } from '../posters/setup';
import { POSTERS, VISITORS } from '../posters/demo-content';

/**
 * The Perm civic vernissage (seeds/001): filled posters, questions answered by the teams, offers of
 * help (some sharing a contact, some not), and an open audience vote with visitors' dots in their
 * own rooms. Poster editing stays open: the facilitator sets `editingClosesAt` on the day.
 */
type Docs = Map<string, Y.Doc>;
const docAt = (docs: Docs, rel: string) => docs.get(rel) ?? docs.set(rel, new Y.Doc()).get(rel)!;

function addPerson(docs: Docs, name: string, group: string, teamId: TeamId | null): PersonId {
  const person = { id: newId<PersonId>(), name, group, teamId, role: 'participant' as const, joinedAt: Date.now() };
  writeHostPerson(docAt(docs, HOST_ROOM), { ...person, tokenHash: hashToken(newToken()) });
  upsertPerson(docAt(docs, 'plan'), person, HOST_ORIGIN);
  initMeta(docAt(docs, `person/${person.id}`), 'person', HOST_ORIGIN, { personId: person.id });
  return person.id;
}

/** Adds the teams the content table does not have yet (the shared demo table names three). */
function ensureTeams(docs: Docs): Map<string, TeamId> {
  const plan = docAt(docs, 'plan');
  const have = new Map(readPlan(plan).teams.map((t) => [t.name, t.id]));
  POSTERS.forEach((p, i) => {
    if (!have.has(p.team)) have.set(p.team, addTeam(plan, p.team, teamColor(have.size + i), HOST_ORIGIN));
  });
  return have;
}

export function buildDemoPosters(docs: Docs): void {
  const src = { doc: (rel: string) => docAt(docs, rel) };
  const teams = ensureTeams(docs);
  const slots = setupPosters(src, null).slots;
  const visitors = new Map<string, PersonId>(VISITORS.map((v) => [v.name, addPerson(docs, v.name, v.group, null)]));
  let at = Date.now() - 3_600_000;
  for (const p of POSTERS) {
    const teamId = teams.get(p.team)!;
    const slot = slots.find((s) => s.teamId === teamId)!;
    writePoster(src.doc(`board/${slot.poster}`), p.poster as PosterPatch, HOST_ORIGIN);
    const member = addPerson(docs, p.member, 'ngo', teamId);
    for (const c of p.comments) {
      const from = visitors.get(c.from)!;
      const root = { id: newId(), posterId: slot.poster, replyTo: null, authorId: from, authorName: c.from, text: c.text, at: (at += 60_000), answer: false };
      publishComment(src.doc('results'), src.doc(`person/${from}`), root, HOST_ORIGIN);
      const reply = { ...root, id: newId(), replyTo: root.id, authorId: member, authorName: p.member, text: c.answer, at: (at += 60_000), answer: true };
      publishComment(src.doc('results'), src.doc(`person/${member}`), reply, HOST_ORIGIN);
    }
    for (const o of p.offers) {
      const from = visitors.get(o.from)!;
      const offer = { id: newId(), posterId: slot.poster, teamId, ...(o.offer as OfferBody), at: (at += 60_000), status: o.status };
      publishOffer(src.doc(`person/${from}`), src.doc(`board/${slot.inbox}`), offer, { id: from, name: o.from }, HOST_ORIGIN);
    }
  }
  audienceVote(
    docs,
    [...teams.entries()].filter(([name]) => POSTERS.some((p) => p.team === name)),
    [...visitors.values()],
  );
}

/** As electron/host/championship/audience.ts, on docs: a card per initiative (card id = team id), an open dot vote, linked as the audience nomination. */
function audienceVote(docs: Docs, teams: [string, TeamId][], voters: PersonId[]): void {
  const plan = docAt(docs, 'plan');
  const boardId = addBoard(plan, { title: 'Приз зрительских симпатий', writers: 'facilitators' }, HOST_ORIGIN, 'audience_posters' as BoardId);
  const board = docAt(docs, `board/${boardId}`);
  initBoard(board, HOST_ORIGIN);
  for (const [name, id] of teams) addCard(board, { text: name, authorId: null, authorName: '' }, HOST_ORIGIN, id as unknown as CardId);
  const items = teams.map(([, id]) => ({ boardId, itemId: id as string }));
  const voteId = openVote(plan, { title: 'Приз зрительских симпатий', items, perPerson: 2, maxPerItem: 1 }, HOST_ORIGIN);
  setSettings(plan, { audienceVoteId: voteId }, HOST_ORIGIN);
  const vote = readVote(plan, voteId)!;
  voters.forEach((p, i) => {
    for (const k of [i, i * 2 + 1]) castVote(docAt(docs, `person/${p}`), vote, items[k % items.length]!, 1, HOST_ORIGIN);
  });
}
