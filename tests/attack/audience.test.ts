import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { QuestionQueue } from '@shared/audience/api';
import { askQuestion, readAudienceState, readPublicQuestions, setMyScale, setUpvote } from '@shared/doc/audience';
import { addBoard } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { JoinResponse } from '@shared/protocol/api';
import type { HostProcess } from './support/host-process';
import { clientOn, createEventOn, hostApi, joinOn, startHostProcess, until } from './support/host-process';
import { rawClient } from './support/raw-sync';

/**
 * The audience instruments against a real host, driven by stock y-websocket clients and raw HTTP, as a
 * hostile participant would: upvotes are one per person, moderation is the facilitator's alone, an
 * anonymous asker stays anonymous, and a scale takes one in-range value per person.
 */
let host: HostProcess;
let eventId = '';
let alice: JoinResponse;
let bob: JoinResponse;
let carol: JoinResponse;
let questionsBoard = '';
let scaleBoard = '';
const open: { destroy(): void }[] = [];

const connect = async (room: string, token: string) => {
  const c = clientOn(host, `${eventId}/${room}`, token);
  open.push(c);
  await c.ready;
  return c;
};
const queue = () => hostApi<QuestionQueue>(host, 'GET', `/api/events/${eventId}/boards/${questionsBoard}/questions`, { token: host.facilitatorToken });
const moderate = (token: string, qid: string, status: string) =>
  hostApi(host, 'POST', `/api/events/${eventId}/boards/${questionsBoard}/questions/${qid}`, { token, body: { status } });
const putNow = (token: string, questionId: string | null) =>
  hostApi(host, 'POST', `/api/events/${eventId}/boards/${questionsBoard}/now-answering`, { token, body: { questionId } });

/** The host refuses a room either at the upgrade (HTTP 403) or by closing the socket with 4403. */
async function refused(room: string, token: string): Promise<boolean> {
  let raw;
  try {
    raw = await rawClient(host, `${eventId}/${room}`, token);
  } catch (e) {
    return /403/.test(String(e));
  }
  const code = await new Promise<number>((resolve) => raw.ws.once('close', (c: number) => resolve(c)));
  return code === 4403;
}

/** An update made on a copy of `doc`, as a raw client would send it. */
function forged(doc: Y.Doc, edit: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  edit(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

beforeAll(async () => {
  host = await startHostProcess();
  const ev = await createEventOn(host, 'Кофе с мэром');
  eventId = ev.id;
  const plan = await connect('plan', host.facilitatorToken);
  questionsBoard = addBoard(plan.doc, { title: 'Вопросы мэру', kind: 'questions', writers: 'all' }, LOCAL_ORIGIN);
  scaleBoard = addBoard(plan.doc, { title: 'Оценка', kind: 'scale', writers: 'all' }, LOCAL_ORIGIN);
  alice = await joinOn(host, ev.joinCode, 'Алиса', { group: 'residents' });
  bob = await joinOn(host, ev.joinCode, 'Борис', { group: 'business' });
  carol = await joinOn(host, ev.joinCode, 'Вера', { group: 'residents' });
  await until(async () => (await queue()).status === 200, 'the question board is in the plan');
});
afterAll(async () => {
  for (const c of open) c.destroy();
  await host.stop();
});

describe('questions from the floor', () => {
  let anonId = '';
  let namedId = '';

  it('an anonymous question reaches the queue without its author, and nobody else can learn who asked', async () => {
    const aliceRoom = await connect(`person/${alice.personId}`, alice.token);
    anonId = askQuestion(aliceRoom.doc, questionsBoard, 'Когда починят дорогу на Лесной?', true, LOCAL_ORIGIN)!;
    namedId = askQuestion(aliceRoom.doc, questionsBoard, 'Будет ли новый сквер?', false, LOCAL_ORIGIN)!;
    await until(async () => (await queue()).body.questions?.length === 2, 'both questions in the queue');
    const q = (await queue()).body;
    const anon = q.questions.find((x) => x.id === anonId)!;
    expect(anon).toMatchObject({ author: null, anonymous: true, status: 'pending' });
    expect(q.questions.find((x) => x.id === namedId)!.author).toBe('Алиса');
    expect(JSON.stringify(q)).not.toContain(alice.personId);

    // Pending questions are in no room a participant syncs.
    const bobBoard = await connect(`board/${questionsBoard}`, bob.token);
    expect(readPublicQuestions(bobBoard.doc)).toEqual([]);

    expect((await moderate(host.facilitatorToken, anonId, 'approved')).status).toBe(200);
    expect((await moderate(host.facilitatorToken, namedId, 'approved')).status).toBe(200);
    await until(() => readPublicQuestions(bobBoard.doc).length === 2, 'approved questions published');
    const shown = readPublicQuestions(bobBoard.doc).find((x) => x.id === anonId)!;
    expect(shown.author).toBeNull();
    // Not in the values, and not in the structure either: every item of the board was written by the
    // host, so the asker's Yjs client id cannot be matched with her named question.
    expect(JSON.stringify(bobBoard.doc.toJSON())).not.toContain(alice.personId);
    const writers = new Set<number>();
    for (const client of Y.decodeStateVector(Y.encodeStateVector(bobBoard.doc)).keys()) writers.add(client);
    expect(writers.has(aliceRoom.doc.clientID)).toBe(false);
    // Her own room is hers alone.
    expect(await refused(`person/${alice.personId}`, bob.token)).toBe(true);
    expect(await refused(`person/${alice.personId}`, host.facilitatorToken)).toBe(true);
    // The queue is the facilitator's: a participant's token gets 403.
    expect((await hostApi(host, 'GET', `/api/events/${eventId}/boards/${questionsBoard}/questions`, { token: bob.token })).status).toBe(403);
  });

  it('a participant upvotes once however they try, and cannot upvote in someone else’s name', async () => {
    const votesOf = async () => (await queue()).body.questions.find((x) => x.id === anonId)!.votes;
    const bobRoom = await connect(`person/${bob.personId}`, bob.token);
    setUpvote(bobRoom.doc, questionsBoard, anonId, true, LOCAL_ORIGIN);
    await until(async () => (await votesOf()) === 1, 'Bob’s upvote counted');
    // A second device of Bob (another Yjs client) upvoting again, and junk values under the same key.
    const second = await connect(`person/${bob.personId}`, bob.token);
    setUpvote(second.doc, questionsBoard, anonId, true, LOCAL_ORIGIN);
    second.doc.transact(() => second.doc.getMap('upvotes').set(`${anonId}`, questionsBoard), LOCAL_ORIGIN);
    second.doc.transact(() => second.doc.getMap('votes2').set(anonId, 5), LOCAL_ORIGIN);
    // Upvoting for Carol: her room is closed to Bob.
    expect(await refused(`person/${carol.personId}`, bob.token)).toBe(true);
    // Writing the count on the board directly: Bob only reads audience boards, so the host drops it.
    const board = await connect(`board/${questionsBoard}`, host.facilitatorToken);
    const seen: unknown[] = [];
    board.doc.getMap('questions').observe(() => seen.push(board.doc.getMap('questions').get(anonId)));
    const raw = await rawClient(host, `${eventId}/board/${questionsBoard}`, bob.token);
    raw.sendUpdate(forged(board.doc, (d) => d.getMap('questions').set(anonId, { text: 'Взлом', author: null, votes: 99, status: 'approved', createdAt: 0 })));
    // Carol's honest upvote arrives after all of that: the count is then exactly two.
    const carolRoom = await connect(`person/${carol.personId}`, carol.token);
    setUpvote(carolRoom.doc, questionsBoard, anonId, true, LOCAL_ORIGIN);
    await until(async () => (await votesOf()) === 2, 'Carol’s upvote counted');
    await until(() => readPublicQuestions(board.doc).find((q) => q.id === anonId)?.votes === 2, 'the board shows two');
    expect(readPublicQuestions(board.doc).find((q) => q.id === anonId)!.text).toBe('Когда починят дорогу на Лесной?');
    // The forged count never reached anyone, not even for a moment.
    expect(JSON.stringify(seen)).not.toContain('Взлом');
    raw.close();
  });

  it('a participant cannot approve, hide, mark answered or set "now answering", by API or by writing the board', async () => {
    const statusOf = async (id: string) => (await queue()).body.questions.find((x) => x.id === id)!.status;
    for (const status of ['approved', 'hidden', 'answered', 'pending']) expect((await moderate(bob.token, namedId, status)).status).toBe(403);
    expect((await putNow(bob.token, anonId)).status).toBe(403);
    expect((await putNow(alice.token, namedId)).status).toBe(403);
    const board = await connect(`board/${questionsBoard}`, host.facilitatorToken);
    const nows: unknown[] = [];
    board.doc.getMap('state').observe(() => nows.push(board.doc.getMap('state').get('now')));
    const raw = await rawClient(host, `${eventId}/board/${questionsBoard}`, bob.token);
    raw.sendUpdate(forged(board.doc, (d) => d.getMap('state').set('now', namedId)));
    raw.sendUpdate(forged(board.doc, (d) => d.getMap('questions').delete(namedId)));
    // A question id copied from the board into Bob's own room does not make the question his.
    const bobRoom = await connect(`person/${bob.personId}`, bob.token);
    bobRoom.doc.transact(() => {
      const m = new Y.Map<unknown>();
      m.set('boardId', questionsBoard);
      m.set('text', 'Подмена текста');
      m.set('anonymous', false);
      m.set('createdAt', 1);
      bobRoom.doc.getMap('questions').set(anonId, m);
    }, LOCAL_ORIGIN);
    // The facilitator's own action afterwards is the one that lands.
    expect((await putNow(host.facilitatorToken, anonId)).status).toBe(200);
    await until(() => readAudienceState(board.doc).now === anonId, 'now answering shown');
    expect(nows).not.toContain(namedId);
    expect(await statusOf(namedId)).toBe('approved');
    expect(readPublicQuestions(board.doc).map((q) => q.id)).toContain(namedId);
    const anon = (await queue()).body.questions.filter((x) => x.id === anonId);
    expect(anon).toHaveLength(1);
    expect(anon[0]).toMatchObject({ author: null, text: 'Когда починят дорогу на Лесной?' });
    raw.close();
  });

  it('"now answering" takes only an approved question; marking it answered takes it off', async () => {
    const board = await connect(`board/${questionsBoard}`, bob.token);
    expect((await putNow(host.facilitatorToken, 'no-such-question')).status).toBe(404);
    expect((await moderate(host.facilitatorToken, anonId, 'answered')).status).toBe(200);
    await until(() => readPublicQuestions(board.doc).find((q) => q.id === anonId)?.status === 'answered', 'answered published');
    expect(readAudienceState(board.doc).now).toBeNull();
    expect((await putNow(host.facilitatorToken, anonId)).status).toBe(409);
    expect((await moderate(host.facilitatorToken, namedId, 'hidden')).status).toBe(200);
    await until(() => !readPublicQuestions(board.doc).some((q) => q.id === namedId), 'a hidden question leaves every participant’s board');
    expect((await moderate(host.facilitatorToken, namedId, 'bogus')).status).toBe(400);
  });
});

describe('the scale question', () => {
  it('counts one in-range whole value per person: out of range, fractions and second answers do not add up', async () => {
    const board = await connect(`board/${scaleBoard}`, bob.token);
    const bobRoom = await connect(`person/${bob.personId}`, bob.token);
    setMyScale(bobRoom.doc, scaleBoard, 99, LOCAL_ORIGIN);
    bobRoom.doc.transact(() => bobRoom.doc.getMap('scale').set(`${scaleBoard}-2`, 5), LOCAL_ORIGIN);
    const carolRoom = await connect(`person/${carol.personId}`, carol.token);
    setMyScale(carolRoom.doc, scaleBoard, 7, LOCAL_ORIGIN);
    await until(() => readAudienceState(board.doc).scale?.count === 1, 'Carol’s answer counted, Bob’s 99 not');
    expect(readAudienceState(board.doc).scale!.byGroup.map((g) => g.group)).toEqual(['residents']);
    setMyScale(bobRoom.doc, scaleBoard, 4.5, LOCAL_ORIGIN);
    setMyScale(bobRoom.doc, scaleBoard, 3, LOCAL_ORIGIN);
    const again = await connect(`person/${bob.personId}`, bob.token);
    await until(() => again.doc.getMap('scale').get(scaleBoard) === 3, 'the second device has the first answer');
    setMyScale(again.doc, scaleBoard, 8, LOCAL_ORIGIN);
    await until(() => readAudienceState(board.doc).scale?.overall[8 - 1] === 1, 'Bob’s last answer counted');
    const dist = readAudienceState(board.doc).scale!;
    expect(dist.count).toBe(2);
    expect(dist.overall).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 0, 0]);
    expect(dist.byGroup.find((g) => g.group === 'business')!.counts[8 - 1]).toBe(1);
  });
});
