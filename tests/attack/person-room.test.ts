import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { JoinResponse } from '@shared/protocol/api';
import type { HostProcess } from './support/host-process';
import { clientOn, createEventOn, joinOn, startHostProcess, until } from './support/host-process';

/**
 * A person's own room, black box: the host as a child process, stock y-websocket clients. The owner
 * writes their ballots, private cards, placements, questions, answers and marks there; the host checks
 * every record against its schema (shared/doc/records.ts) before it applies or relays anything, and
 * keeps what it writes itself (a submitted sheet, assigned recusals, offers, comments) to itself.
 */

/** Puts `value` at `path` under the top-level map `top`, creating the maps on the way (as a raw client would). */
function put(doc: Y.Doc, top: string, path: readonly string[], value: unknown): void {
  doc.transact(() => {
    let m = doc.getMap<unknown>(top);
    for (const key of path.slice(0, -1)) {
      let next = m.get(key);
      if (!(next instanceof Y.Map)) m.set(key, (next = new Y.Map<unknown>()));
      m = next as Y.Map<unknown>;
    }
    m.set(path.at(-1)!, value);
  });
}
const record = (fields: Record<string, unknown>) => new Y.Map<unknown>(Object.entries(fields));

/** One valid write into each map a person writes, and where a probe finds it afterwards. */
const HONEST: [string, (doc: Y.Doc) => void, (doc: Y.Doc) => unknown][] = [
  ['dots on a vote', (d) => put(d, 'votes', ['vote1', 'board1:card1'], 2), (d) => (d.getMap('votes').get('vote1') as Y.Map<unknown>)?.get('board1:card1')],
  [
    'a private card',
    (d) => put(d, 'private', ['board1', 'card1'], record({ text: 'Мысль', row: null, column: 'c1', color: null, createdAt: 1 })),
    (d) => ((d.getMap('private').get('board1') as Y.Map<unknown>)?.get('card1') as Y.Map<unknown>)?.get('text'),
  ],
  [
    'a 2×2 placement',
    (d) => put(d, 'matrix', ['board2', 'idea1'], { impact: 8, effort: 2 }),
    (d) => (d.getMap('matrix').get('board2') as Y.Map<unknown>)?.get('idea1'),
  ],
  [
    'a question',
    (d) => put(d, 'questions', ['q1'], record({ boardId: 'board3', text: 'Когда откроют центр?', anonymous: true, createdAt: 1 })),
    (d) => (d.getMap('questions').get('q1') as Y.Map<unknown>)?.get('text'),
  ],
  ['an upvote', (d) => put(d, 'upvotes', ['q9'], 'board3'), (d) => d.getMap('upvotes').get('q9')],
  ['a scale answer', (d) => put(d, 'scale', ['board4'], 7), (d) => d.getMap('scale').get('board4')],
  ['an open answer', (d) => put(d, 'openAnswers', ['board5'], 'Доверие'), (d) => d.getMap('openAnswers').get('board5')],
  [
    'a juror mark',
    (d) => put(d, 'scores', ['round1:team1', 'crit1'], { score: 9, comment: 'Сильное решение' }),
    (d) => (d.getMap('scores').get('round1:team1') as Y.Map<unknown>)?.get('crit1'),
  ],
  ['a recusal', (d) => put(d, 'recusals', ['round1:team2'], true), (d) => d.getMap('recusals').get('round1:team2')],
];

/** What a hostile client of the same person tries, and the reason the host gives. */
const HOSTILE: [string, (doc: Y.Doc) => void, RegExp][] = [
  ['negative dots', (d) => put(d, 'votes', ['vote2', 'board1:card1'], -5), /a bad value for votes\./],
  ['fractional dots', (d) => put(d, 'votes', ['vote2', 'board1:card1'], 1.5), /a bad value for votes\./],
  ['dots as text', (d) => put(d, 'votes', ['vote2', 'board1:card1'], '2'), /a bad value for votes\./],
  ['a million dots', (d) => put(d, 'votes', ['vote2', 'board1:card1'], 1_000_000), /a bad value for votes\./],
  ['a ballot that is a list', (d) => put(d, 'votes', ['vote2'], new Y.Array()), /votes\.vote2 must be a map/],
  ['a ballot nested too deep', (d) => put(d, 'votes', ['vote2', 'board1:card1', 'deeper'], 1), /bad value|holds no/],
  ['a private card with a name', (d) => put(d, 'private', ['board1', 'card2'], record({ text: 'Мысль', authorName: 'Самозванец' })), /no field "authorName"/],
  ['a private card over its cap', (d) => put(d, 'private', ['board1', 'card2'], record({ text: 'я'.repeat(1001) })), /a bad value for private\./],
  ['a placement off the square', (d) => put(d, 'matrix', ['board2', 'idea2'], { impact: 1e9, effort: -1e9 }), /a bad value for matrix\./],
  ['a placement with an extra field', (d) => put(d, 'matrix', ['board2', 'idea2'], { impact: 1, effort: 1, weight: 100 }), /a bad value for matrix\./],
  ['a question already "approved"', (d) => put(d, 'questions', ['q2'], record({ boardId: 'board3', text: 'Вопрос', status: 'approved' })), /no field "status"/],
  ['a question over its cap', (d) => put(d, 'questions', ['q2'], record({ boardId: 'board3', text: 'я'.repeat(301) })), /a bad value for questions\./],
  ['an upvote that is a number', (d) => put(d, 'upvotes', ['q2'], 99), /a bad value for upvotes\./],
  ['a scale answer as text', (d) => put(d, 'scale', ['board4'], 'много'), /a bad value for scale\./],
  ['an open answer over its cap', (d) => put(d, 'openAnswers', ['board5'], 'я'.repeat(201)), /a bad value for openAnswers\./],
  ['a mark with an essay', (d) => put(d, 'scores', ['round1:team1', 'crit2'], { score: 5, comment: 'я'.repeat(2001) }), /a bad value for scores\./],
  ['a mark with an extra field', (d) => put(d, 'scores', ['round1:team1', 'crit2'], { score: 5, comment: '', weight: 3 }), /a bad value for scores\./],
  ['a recusal that is not true', (d) => put(d, 'recusals', ['round1:team3'], 'yes'), /a bad value for recusals\./],
  ['the host\'s "submitted" flag', (d) => put(d, 'submitted', ['round1'], 1), /do not write "submitted"/],
  ['an assigned recusal', (d) => put(d, 'assigned', ['round1:team1'], true), /do not write "assigned"/],
  ['a poster offer', (d) => put(d, 'posterOffers', ['o1'], { text: 'Помогу' }), /do not write "posterOffers"/],
  ['a poster comment', (d) => put(d, 'posterComments', ['c1'], { text: 'Отлично' }), /do not write "posterComments"/],
  ['a map the room does not have', (d) => put(d, 'ballots', ['vote1'], 3), /do not write "ballots"/],
  ['a text at the top', (d) => d.getText('notes').insert(0, 'заметки'), /do not write "notes"/],
  ['a key that is no id', (d) => put(d, 'scale', ['board 4; drop'], 5), /holds no/],
  ['a prototype key', (d) => put(d, 'upvotes', ['__proto__'], 'board3'), /holds no/],
  ['a key of 300 characters', (d) => put(d, 'scale', ['b'.repeat(300)], 5), /holds no/],
  ['binary content', (d) => put(d, 'openAnswers', ['board6'], new Uint8Array(16)), /a bad value for openAnswers\./],
];

describe("a person's own room holds only its records (black box, stock y-websocket clients)", () => {
  let host: HostProcess;
  let room = '';
  let anna: JoinResponse;

  beforeAll(async () => {
    host = await startHostProcess();
    const ev = await createEventOn(host);
    anna = await joinOn(host, ev.joinCode, 'Анна');
    room = `${ev.id}/person/${anna.personId}`;
  });
  afterAll(async () => host?.stop());

  /** A fresh client of Anna's room, synced. */
  async function client() {
    const c = clientOn(host, room, anna.token);
    await c.ready;
    return c;
  }

  it('every kind of record its owner writes lands, and a second device of hers sees it', async () => {
    const phone = await client();
    for (const [, write] of HONEST) write(phone.doc);
    const laptop = await client();
    await until(() => HONEST.every(([, , read]) => read(laptop.doc) !== undefined), 'every honest write on the second device');
    expect(phone.denied).toEqual([]);
    expect(HONEST.map(([what, , read]) => [what, JSON.stringify(read(laptop.doc))])).toEqual(
      HONEST.map(([what, , read]) => [what, JSON.stringify(read(phone.doc))]),
    );
    phone.destroy();
    laptop.destroy();
  });

  it.each(HOSTILE)('%s: refused at the door, nothing of it reaches the room', async (_what, attempt, reason) => {
    const raw = await client();
    attempt(raw.doc);
    await until(() => raw.denied.length > 0, 'the refusal');
    expect(raw.denied[0]).toMatch(reason);
    // The refusal is sent only after the host decided: a client that connects now has nothing of that client's.
    const after = await client();
    expect(Y.decodeStateVector(Y.encodeStateVector(after.doc)).has(raw.doc.clientID)).toBe(false);
    raw.destroy();
    after.destroy();
    expect(host.alive()).toBe(true);
  });

  it('its owner still changes and deletes what she wrote; the meta the host stamped stays as it is', async () => {
    const phone = await client();
    put(phone.doc, 'scale', ['board4'], 3);
    phone.doc.transact(() => {
      phone.doc.getMap('upvotes').delete('q9');
      phone.doc.getMap('recusals').delete('round1:team2');
      (phone.doc.getMap('private').get('board1') as Y.Map<unknown>).delete('card1');
    });
    const laptop = await client();
    await until(() => laptop.doc.getMap('scale').get('board4') === 3 && !laptop.doc.getMap('upvotes').has('q9'), 'the change and the deletes landed');
    expect(laptop.doc.getMap('recusals').has('round1:team2')).toBe(false);
    expect((laptop.doc.getMap('private').get('board1') as Y.Map<unknown>).has('card1')).toBe(false);
    expect(phone.denied).toEqual([]);

    const raw = await client();
    raw.doc.getMap('meta').set('personId', 'someone-else');
    await until(() => raw.denied.length > 0, 'the meta change refused');
    expect(raw.denied[0]).toMatch(/do not change the meta in a person room/);
    const probe = await client();
    expect(probe.doc.getMap('meta').get('personId')).toBe(anna.personId);
    for (const c of [phone, laptop, raw, probe]) c.destroy();
  });
});
