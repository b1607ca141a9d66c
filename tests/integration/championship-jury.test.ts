import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ChampStatus } from '@shared/championship/api';
import type { Criterion, Entry } from '@shared/championship/model';
import { entryKey } from '@shared/championship/model';
import type { PublishedLeaderboard } from '@shared/championship/results-doc';
import { addCriterion, addRound, readCriteria, readSubmitted, setScore } from '@shared/doc/championship';
import { addTeam } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventSummary } from '@shared/protocol/api';
import { hasPdftotext, pdfText } from '../unit/export/office';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, startTestHost, synced } from './helpers/host';

/**
 * The jury protocol a chair can sign, against the real host with stock y-websocket clients: submitted
 * sheets, the freeze at the reveal, the audit log, a round made before its teams, host-only recusals
 * and deciding order, refused scale changes, bounded weights.
 */

function recordingSocket(frames: Buffer[]) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      this.on('message', (data: Buffer) => frames.push(Buffer.from(data)));
    }
  };
}

function listen(host: TestHost, room: string, token: string, frames: Buffer[]) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(host.wsBase, room, doc, {
    params: { token },
    WebSocketPolyfill: recordingSocket(frames) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  return { doc, provider };
}

const contains = (frames: Buffer[], s: string) => frames.some((f) => f.includes(Buffer.from(s, 'utf8')));
const JUROR = { teamId: null, peer: false } as const;

describe('a jury protocol the chair can sign', () => {
  let host: TestHost;
  let eventId: string;
  let fac: string;
  let plan: Y.Doc;
  let roundId: string;
  let teams: string[];
  let criteria: Criterion[];
  const providers: { destroy(): void }[] = [];
  const partFrames: Buffer[] = [];
  let anna: { token: string; personId: string; doc: Y.Doc };
  let boris: { token: string; personId: string; doc: Y.Doc };

  const post = <T = unknown>(path: string, body: unknown, token = fac) => api<T>(host, 'POST', `/api/events/${eventId}/championship/${path}`, { token, body });
  const status = async () => (await api<ChampStatus>(host, 'GET', `/api/events/${eventId}/championship/status?round=${roundId}`, { token: fac })).body;
  const csv = async () => {
    const res = await fetch(`${host.base}/api/events/${eventId}/export/protocol.csv`, { headers: { authorization: `Bearer ${fac}` } });
    expect(res.status).toBe(200);
    return new TextDecoder().decode(await res.arrayBuffer());
  };
  const entry = (team: string): Entry => ({ key: entryKey(roundId, team), roundId: roundId as never, teamId: team as never });
  const mark = (doc: Y.Doc, team: string, c: number, score: number, comment = '') =>
    expect(setScore(doc, JUROR, entry(team), criteria[c]!, score, comment, LOCAL_ORIGIN).ok).toBe(true);

  beforeAll(async () => {
    host = await startTestHost();
    fac = host.facilitatorToken;
    eventId = (await createEvent(host, 'Чемпионат', 'championship')).id;
    const c = connect(host, `${eventId}/plan`, fac);
    providers.push(c.provider);
    plan = c.doc;
    await synced(c.provider);
    addCriterion(plan, { title: 'Актуальность', description: '', min: 0, max: 10, weight: 0.6 }, LOCAL_ORIGIN);
    addCriterion(plan, { title: 'Презентация', description: '', min: 1, max: 5, weight: 0.4 }, LOCAL_ORIGIN);
    // The round first, its teams afterwards: the host and the juror page must both read "all teams".
    roundId = addRound(plan, { title: 'Отборочный' }, LOCAL_ORIGIN);
    teams = [addTeam(plan, 'Двор', '#c33', LOCAL_ORIGIN), addTeam(plan, 'Совет', '#33c', LOCAL_ORIGIN), addTeam(plan, 'Сквер', '#3c3', LOCAL_ORIGIN)];
    criteria = readCriteria(plan);
    const s = (await api<EventSummary>(host, 'GET', `/api/events/${eventId}`, { token: fac })).body;
    const part = await join(host, s.joinCode, 'Пётр', { team: teams[1] });
    const watch = [listen(host, `${eventId}/plan`, part.token, partFrames), listen(host, `${eventId}/results`, part.token, partFrames)];
    providers.push(...watch.map((w) => w.provider));
    await Promise.all(watch.map((w) => synced(w.provider)));
    const jurorRoom = async (name: string) => {
      const j = await join(host, s.jurorCode, name);
      const r = connect(host, `${eventId}/person/${j.personId}`, j.token);
      providers.push(r.provider);
      await synced(r.provider);
      return { token: j.token, personId: j.personId, doc: r.doc };
    };
    anna = await jurorRoom('Анна Жюри');
    boris = await jurorRoom('Борис Жюри');
  });

  afterAll(async () => {
    for (const p of providers) p.destroy();
    await host.stop();
  });

  it('keeps assigned recusals, the chair’s order and progress off every participant’s socket', async () => {
    expect((await post('recusal', { round: roundId, person: boris.personId, team: teams[2], recused: true })).status).toBe(200);
    expect((await post('deciding', { round: roundId, teamIds: [teams[2], teams[0]] })).status).toBe(200);
    expect((await post('deciding', { round: roundId, teamIds: [teams[2]] }, anna.token)).status).toBe(403);
    mark(anna.doc, teams[0]!, 0, 7);
    // The juror sees their own assigned recusal, in their own room.
    await eventually(() => expect(anna.doc.getMap('assigned').size + boris.doc.getMap('assigned').size).toBe(1));
    expect(boris.doc.getMap('assigned').get(entryKey(roundId, teams[2]!))).toBe(true);
    await eventually(async () => expect((await status()).recusals).toEqual({ [boris.personId]: [teams[2]] }));
    expect((await status()).deciding).toEqual([teams[2], teams[0]]);
    for (const secret of ['champRecusals', 'champDeciding', 'deciding', 'assigned', 'progress.', `${roundId}:${teams[2]}`, `${roundId}:${teams[0]}`]) {
      expect(contains(partFrames, secret), secret).toBe(false);
    }
    expect(contains(partFrames, 'Отборочный')).toBe(true); // the capture works: the plan reached this socket
  });

  it('refuses a scale change that would drop marks, and logs it', async () => {
    mark(anna.doc, teams[0]!, 0, 9);
    await eventually(async () => expect((await status()).markRanges[criteria[0]!.id]).toEqual({ min: 9, max: 9 }));
    const m = plan.getMap<Y.Map<unknown>>('champCriteria').get(criteria[0]!.id)!;
    plan.transact(() => m.set('max', 5), LOCAL_ORIGIN);
    await eventually(() => expect(readCriteria(plan)[0]!.max).toBe(10));
    await eventually(async () => expect(await csv()).toMatch(/изменение шкалы отклонено.*0–10 → 0–5: 1/));
  });

  it('bounds weights: no Infinity or NaN anywhere, whatever a raw client writes', async () => {
    expect(addCriterion(plan, { title: 'Огромный', description: '', min: 0, max: 1, weight: 1e308 }, LOCAL_ORIGIN).ok).toBe(false);
    const m = plan.getMap<Y.Map<unknown>>('champCriteria').get(criteria[1]!.id)!;
    plan.transact(() => m.set('weight', 1e308), LOCAL_ORIGIN);
    await eventually(() => expect(readCriteria(plan)[1]!.weight).toBe(100));
    const st = await status();
    expect(JSON.stringify(st)).not.toMatch(/Infinity|NaN/);
    expect(await csv()).not.toMatch(/Infinity|NaN/);
    plan.transact(() => m.set('weight', 0.4), LOCAL_ORIGIN);
    await eventually(() => expect(readCriteria(plan)[1]!.weight).toBe(0.4));
  });

  it('a submitted sheet refuses writes until the chair reopens it; every change is in the audit log', async () => {
    // Anna: 9/5 Двор, 3/2 Совет, 5/3 Сквер. Boris (recused from Сквер): 7/4 Двор, 5/3 Совет.
    mark(anna.doc, teams[0]!, 1, 5);
    mark(anna.doc, teams[1]!, 0, 3);
    mark(anna.doc, teams[1]!, 1, 2);
    expect((await post('submit', { round: roundId }, anna.token)).status).toBe(409); // Сквер not scored yet
    mark(anna.doc, teams[2]!, 0, 5);
    mark(anna.doc, teams[2]!, 1, 3);
    await eventually(async () => expect((await post('submit', { round: roundId }, anna.token)).status).toBe(200));
    expect((await post('submit', { round: roundId }, anna.token)).status).toBe(409);
    expect((await post('submit', { round: roundId }, fac)).status).toBe(403);
    await eventually(() => expect(Object.keys(readSubmitted(anna.doc))).toEqual([roundId]));
    // A stock client writes after submitting: the host puts the sheet back and counts nothing of it.
    mark(anna.doc, teams[0]!, 0, 1, 'после сдачи');
    await eventually(() =>
      expect((anna.doc.getMap('scores').get(entryKey(roundId, teams[0]!)) as Y.Map<{ score: number }>).get(criteria[0]!.id)!.score).toBe(9),
    );
    expect((await status()).matrix[anna.personId]![teams[0]!]![criteria[0]!.id]).toBe(9);
    expect((await post('reopen', { round: roundId, person: anna.personId, reason: 'описка' })).status).toBe(200);
    await eventually(() => expect(readSubmitted(anna.doc)).toEqual({}));
    mark(anna.doc, teams[0]!, 0, 8);
    await eventually(async () => expect((await status()).matrix[anna.personId]![teams[0]!]![criteria[0]!.id]).toBe(8));
    mark(anna.doc, teams[0]!, 0, 9, 'сильная постановка проблемы');
    mark(boris.doc, teams[0]!, 0, 7);
    mark(boris.doc, teams[0]!, 1, 4);
    mark(boris.doc, teams[1]!, 0, 5);
    mark(boris.doc, teams[1]!, 1, 3);
    await eventually(async () =>
      expect((await status()).scorers.map((x) => [x.scored, x.total])).toEqual([
        [3, 3],
        [2, 2],
      ]),
    );
    const text = await csv();
    for (const line of [
      /Анна Жюри;оценка · Отборочный · Двор · Актуальность;— → 7/,
      /Анна Жюри;оценка · Отборочный · Двор · Актуальность;7 → 9/,
      /Анна Жюри;лист сдан/,
      /лист открыт председателем.*;описка/,
      /Анна Жюри;оценка · Отборочный · Двор · Актуальность;9 → 8/,
      /Борис Жюри;оценка · Отборочный · Совет · Презентация;— → 3/,
    ]) {
      expect(text).toMatch(line);
    }
    expect(text).not.toContain('1 → '); // the write after submit was never counted nor logged as a change
  });

  it('the chair moderates one mark with a reason: counted, flagged in the matrix, logged with the juror’s own mark', async () => {
    expect((await post('moderate', { round: roundId, scorer: boris.personId, team: teams[1], criterion: criteria[0]!.id, score: 6, reason: '' })).status).toBe(
      400,
    );
    expect(
      (await post('moderate', { round: roundId, scorer: boris.personId, team: teams[1], criterion: criteria[0]!.id, score: 11, reason: 'x' })).status,
    ).toBe(400);
    expect(
      (
        await post('moderate', {
          round: roundId,
          scorer: boris.personId,
          team: teams[1],
          criterion: criteria[0]!.id,
          score: 6,
          reason: 'арифметическая ошибка',
        })
      ).status,
    ).toBe(200);
    let st = await status();
    expect(st.matrix[boris.personId]![teams[1]!]![criteria[0]!.id]).toBe(6);
    expect(st.moderated[boris.personId]![teams[1]!]![criteria[0]!.id]).toEqual({ old: 5, reason: 'арифметическая ошибка' });
    expect(await csv()).toMatch(/оценка изменена председателем · Отборочный · Совет · Актуальность · Борис Жюри;5 → 6;арифметическая ошибка/);
    // Back to the juror's own mark (null), also logged, so the reveal below counts Борис's 5.
    expect(
      (await post('moderate', { round: roundId, scorer: boris.personId, team: teams[1], criterion: criteria[0]!.id, score: null, reason: 'вернули' })).status,
    ).toBe(200);
    st = await status();
    expect(st.matrix[boris.personId]![teams[1]!]![criteria[0]!.id]).toBe(5);
    expect(st.moderated).toEqual({});
  });

  it('the reveal freezes the round: a later write changes nothing in the protocol, the projector or the status', async () => {
    const r = await post<PublishedLeaderboard>('reveal', { mode: 'all', round: roundId });
    expect(r.status).toBe(200);
    // Двор: Анна 0.6·0.9 + 0.4·1 = 0.94, Борис 0.6·0.7 + 0.4·0.75 = 0.72 → 0.83; Совет: 0.6·0.3 + 0.4·0.25 = 0.28 and 0.6·0.5 + 0.4·0.5 = 0.5 → 0.39;
    // Сквер: only Анна (Борис recused) 0.6·0.5 + 0.4·0.5 = 0.5.
    expect(r.body.rows.map((x) => [x.rank, x.teamName])).toEqual([
      [1, 'Двор'],
      [2, 'Сквер'],
      [3, 'Совет'],
    ]);
    expect(r.body.rows.map((x) => x.total)).toEqual([expect.closeTo(0.83, 9), expect.closeTo(0.5, 9), expect.closeTo(0.39, 9)]);
    const before = await csv();
    expect(before).toContain('0,830');
    expect(before).toContain('итоги зафиксированы');
    mark(boris.doc, teams[1]!, 0, 10, 'после оглашения');
    mark(boris.doc, teams[1]!, 1, 5);
    await new Promise((res) => setTimeout(res, 300));
    expect(await csv()).toBe(before);
    expect((await status()).matrix[boris.personId]![teams[1]!]![criteria[0]!.id]).toBe(5);
    const again = await post<PublishedLeaderboard>('reveal', { mode: 'all', round: roundId });
    expect(again.body.rows).toEqual(r.body.rows);
    expect((await post('moderate', { round: roundId, scorer: boris.personId, team: teams[1], criterion: criteria[0]!.id, score: 6, reason: 'x' })).status).toBe(
      409,
    );
  });

  it('a final takes the qualifier’s frozen top N (ties at the cut: worked-examples.test.ts)', async () => {
    const finalId = addRound(plan, { title: 'Финал' }, LOCAL_ORIGIN);
    await eventually(async () => expect((await post('advance', { from: roundId, to: finalId, top: 2 })).status).toBe(200));
    await eventually(() => expect(plan.getMap<Y.Map<unknown>>('champRounds').get(finalId)!.get('teamIds')).toEqual([teams[0], teams[2]]));
    expect((await post('advance', { from: finalId, to: roundId, top: 1 })).status).toBe(409); // the final is not revealed
  });

  it.skipIf(!hasPdftotext)(
    'a team’s feedback sheet carries the frozen comments, named or anonymised (needs pdftotext)',
    async () => {
      const get = async (q: string, ext = 'pdf') => {
        const res = await fetch(`${host.base}/api/events/${eventId}/championship/feedback/${teams[0]}.${ext}${q}`, {
          headers: { authorization: `Bearer ${fac}` },
        });
        expect(res.status).toBe(200);
        return new Uint8Array(await res.arrayBuffer());
      };
      const named = await pdfText(await get(''));
      expect(named).toContain('сильная постановка проблемы');
      expect(named).toContain('Анна Жюри');
      const anon = await pdfText(await get('?anonymous=1'));
      expect(anon).toContain('сильная постановка проблемы');
      expect(anon).toContain('Член жюри 1');
      expect(anon).not.toContain('Анна');
      expect((await get('', 'docx')).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
      const participant = await api(host, 'GET', `/api/events/${eventId}/championship/feedback/${teams[0]}.pdf`, { token: anna.token });
      expect(participant.status).toBe(403);
    },
    60_000,
  );
});
