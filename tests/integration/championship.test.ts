import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ChampStatus } from '@shared/championship/api';
import type { Criterion, Entry } from '@shared/championship/model';
import { entryKey } from '@shared/championship/model';
import type { PublishedLeaderboard } from '@shared/championship/results-doc';
import {
  addCriterion,
  addRound,
  editRound,
  readCases,
  readCriteria,
  readLeaderboard,
  readProgress,
  readRound,
  setMyRecusal,
  setScore,
  setSettings,
} from '@shared/doc/championship';
import { addTeam, readBoard } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventSummary } from '@shared/protocol/api';
import { hasPdftotext, hasSoffice, OFFICE_TIMEOUT_MS, officeToPdf, pdfText } from '../unit/export/office';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, startTestHost, synced } from './helpers/host';

/** Every frame a client receives, kept raw: the test looks for secrets in the bytes, not in a decoded doc. */
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
  const p = new WebsocketProvider(host.wsBase, room, doc, {
    params: { token },
    WebSocketPolyfill: recordingSocket(frames) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  return { doc, provider: p };
}

const contains = (frames: Buffer[], s: string) => frames.some((f) => f.includes(Buffer.from(s, 'utf8')));

describe('case championship on the real host', () => {
  let host: TestHost;
  let eventId: string;
  let fac: string;
  const providers: { destroy(): void }[] = [];
  let plan: Y.Doc;
  let roundId: string;
  let t1: string;
  let t2: string;
  let criteria: Criterion[];

  beforeAll(async () => {
    host = await startTestHost();
    fac = host.facilitatorToken;
    eventId = (await createEvent(host, 'Чемпионат', 'championship')).id;
    const c = connect(host, `${eventId}/plan`, fac);
    providers.push(c.provider);
    plan = c.doc;
    await synced(c.provider);
    t1 = addTeam(plan, 'Двор', '#c33', LOCAL_ORIGIN);
    t2 = addTeam(plan, 'Совет', '#33c', LOCAL_ORIGIN);
    addCriterion(plan, { title: 'Актуальность', description: '', min: 0, max: 10, weight: 0.6 }, LOCAL_ORIGIN);
    addCriterion(plan, { title: 'Презентация', description: '', min: 1, max: 5, weight: 0.4 }, LOCAL_ORIGIN);
    roundId = addRound(plan, { title: 'Отборочный', teamIds: [t1, t2] as never }, LOCAL_ORIGIN);
    criteria = readCriteria(plan);
    await eventually(async () =>
      expect((await api(host, 'POST', `/api/events/${eventId}/championship/boards`, { token: fac, body: { round: roundId } })).status).toBe(200),
    );
  });

  afterAll(async () => {
    for (const p of providers) p.destroy();
    await host.stop();
  });

  const summary = async () => (await api<EventSummary>(host, 'GET', `/api/events/${eventId}`, { token: fac })).body;

  it('keeps case text out of the plan until the host releases it', async () => {
    const r = await api<{ caseId: string }>(host, 'POST', `/api/events/${eventId}/championship/cases`, {
      token: fac,
      body: { title: 'Как вовлечь жителей', text: 'ТЕКСТ-КЕЙСА-до-релиза', links: ['https://example.org/case'] },
    });
    expect(r.status).toBe(201);
    expect(
      (await api(host, 'POST', `/api/events/${eventId}/championship/cases`, { token: fac, body: { title: 'x', links: ['javascript:alert(1)'] } })).status,
    ).toBe(400);
    const p = await join(host, (await summary()).joinCode, 'Зритель');
    const frames: Buffer[] = [];
    const viewer = listen(host, `${eventId}/plan`, p.token, frames);
    providers.push(viewer.provider);
    await synced(viewer.provider);
    expect(readCases(viewer.doc)).toEqual([expect.objectContaining({ id: r.body.caseId, released: false, text: '' })]);
    expect(contains(frames, 'ТЕКСТ-КЕЙСА')).toBe(false);
    expect((await api(host, 'POST', `/api/events/${eventId}/championship/release`, { token: fac, body: {} })).status).toBe(200);
    await eventually(() => expect(readCases(viewer.doc)[0]).toMatchObject({ released: true, text: 'ТЕКСТ-КЕЙСА-до-релиза' }));
  });

  it('locks a team board at the deadline, on the host clock', async () => {
    const round = readRound(plan, roundId)!;
    const boardId = Object.keys(round.boards).find((b) => round.boards[b] === t1)!;
    expect(readBoard(plan, boardId)!.locked).toBe(false);
    const now = (await api<{ now: number }>(host, 'GET', '/api/time')).body.now;
    editRound(plan, roundId as never, { deadline: now + 1000 }, LOCAL_ORIGIN);
    await eventually(() => expect(readBoard(plan, boardId)!.locked).toBe(true), 10_000);
    expect(readRound(plan, roundId)!.lockedAt).not.toBeNull();
    const member = await join(host, (await summary()).joinCode, 'Участник', { team: t1 });
    const rooms = await api<{ rooms: { name: string; write: string }[] }>(host, 'GET', `/api/events/${eventId}/rooms`, { token: fac });
    expect(rooms.body.rooms.find((x) => x.name === `${eventId}/board/${boardId}`)!.write).toContain('locked');
    expect(member.role).toBe('participant');
  });

  it('no participant or other juror receives a juror score before the reveal; the reveal publishes aggregates only, from the last place up', async () => {
    const s = await summary();
    const j1 = await join(host, s.jurorCode, 'Анна Жюри');
    const j2 = await join(host, s.jurorCode, 'Борис Жюри');
    const part = await join(host, s.joinCode, 'Пётр', { team: t2 });
    const partFrames: Buffer[] = [];
    const j2Frames: Buffer[] = [];
    const watch = [
      listen(host, `${eventId}/plan`, part.token, partFrames),
      listen(host, `${eventId}/results`, part.token, partFrames),
      listen(host, `${eventId}/plan`, j2.token, j2Frames),
      listen(host, `${eventId}/results`, j2.token, j2Frames),
    ];
    const partResults = watch[1]!.doc;
    providers.push(...watch.map((w) => w.provider));
    await Promise.all(watch.map((w) => synced(w.provider)));
    const room1 = connect(host, `${eventId}/person/${j1.personId}`, j1.token);
    const room2 = listen(host, `${eventId}/person/${j2.personId}`, j2.token, j2Frames);
    providers.push(room1.provider, room2.provider);
    await Promise.all([synced(room1.provider), synced(room2.provider)]);
    const entry = (team: string): Entry => ({ key: entryKey(roundId, team), roundId: roundId as never, teamId: team as never });
    const write = (doc: Y.Doc, team: string, a: number, b: number, tag: string) => {
      expect(setScore(doc, { teamId: null, peer: false }, entry(team), criteria[0]!, a, `${tag}-a-${team}`, LOCAL_ORIGIN).ok).toBe(true);
      expect(setScore(doc, { teamId: null, peer: false }, entry(team), criteria[1]!, b, `${tag}-b-${team}`, LOCAL_ORIGIN).ok).toBe(true);
    };
    write(room1.doc, t1, 9, 5, 'СЕКРЕТ-АННЫ');
    write(room1.doc, t2, 3, 2, 'СЕКРЕТ-АННЫ');
    write(room2.doc, t1, 7, 4, 'СЕКРЕТ-БОРИСА');
    write(room2.doc, t2, 5, 3, 'СЕКРЕТ-БОРИСА');
    // Progress is the facilitator's now (status), never in the results room every participant syncs.
    await eventually(async () =>
      expect(
        (await api<ChampStatus>(host, 'GET', `/api/events/${eventId}/championship/status?round=${roundId}`, { token: fac })).body.scorers.map((x) => x.scored),
      ).toEqual([2, 2]),
    );
    expect(readProgress(partResults, roundId)).toBeNull();
    const status = await api<ChampStatus>(host, 'GET', `/api/events/${eventId}/championship/status?round=${roundId}`, { token: fac });
    expect(status.body).toMatchObject({ kendallW: 1, kendallScorers: 2, revealed: false });
    expect((await api(host, 'GET', `/api/events/${eventId}/championship/status?round=${roundId}`, { token: j1.token })).status).toBe(403);
    for (const secret of ['СЕКРЕТ-АННЫ', 'СЕКРЕТ-БОРИСА', 'scores']) expect(contains(partFrames, secret)).toBe(false);
    expect(contains(j2Frames, 'СЕКРЕТ-АННЫ')).toBe(false);
    // The capture works: both saw the released case and the jury's names (plan).
    expect(contains(j2Frames, 'ТЕКСТ-КЕЙСА')).toBe(true);
    expect(contains(partFrames, 'Анна Жюри')).toBe(true);

    const first = await api<PublishedLeaderboard>(host, 'POST', `/api/events/${eventId}/championship/reveal`, {
      token: fac,
      body: { mode: 'stepwise', round: roundId },
    });
    expect(first.body).toMatchObject({ count: 2, revealed: 0, rows: [] });
    await api(host, 'POST', `/api/events/${eventId}/championship/reveal/next`, { token: fac, body: { round: roundId } });
    await eventually(() => expect(readLeaderboard(partResults, roundId)?.rows.map((r) => [r.rank, r.teamId])).toEqual([[2, t2]]));
    await api(host, 'POST', `/api/events/${eventId}/championship/reveal/next`, { token: fac, body: { round: roundId } });
    await eventually(() =>
      expect(readLeaderboard(partResults, roundId)?.rows.map((r) => [r.rank, r.teamId])).toEqual([
        [1, t1],
        [2, t2],
      ]),
    );
    const board = readLeaderboard(partResults, roundId)!;
    // t1: Анна 0.6·0.9 + 0.4·1 = 0.94, Борис 0.6·0.7 + 0.4·0.75 = 0.72 → 0.83
    expect(board.rows[0]!.total).toBeCloseTo(0.83, 9);
    expect(board.jurorScores).toBeNull();
    for (const secret of ['СЕКРЕТ-АННЫ', 'СЕКРЕТ-БОРИСА']) expect(contains(partFrames, secret)).toBe(false);

    // The reveal froze the round: a late recusal counts only after the chair lifts the freeze (logged).
    expect(
      (await api(host, 'POST', `/api/events/${eventId}/championship/unfreeze`, { token: fac, body: { round: roundId, reason: 'поздний самоотвод' } })).status,
    ).toBe(200);
    setMyRecusal(room2.doc, entryKey(roundId, t1), true, LOCAL_ORIGIN);
    setSettings(plan, { publishJurorScores: true }, LOCAL_ORIGIN);
    await eventually(async () => {
      const st = await api<ChampStatus>(host, 'GET', `/api/events/${eventId}/championship/status?round=${roundId}`, { token: fac });
      expect(st.body.scorers.map((x) => x.total)).toEqual([2, 1]);
    });
    const again = await api<PublishedLeaderboard>(host, 'POST', `/api/events/${eventId}/championship/reveal`, {
      token: fac,
      body: { mode: 'all', round: roundId },
    });
    expect(again.body.rows[0]).toMatchObject({ teamId: t1, scorers: 1 });
    expect(again.body.rows[0]!.total).toBeCloseTo(0.94, 9);
    expect(again.body.jurorScores?.map((j) => j.name)).toEqual(['Анна Жюри', 'Борис Жюри']);
    expect(JSON.stringify(again.body)).not.toContain('СЕКРЕТ');
  });

  it.skipIf(!hasSoffice || !hasPdftotext)(
    'exports a protocol that LibreOffice opens, with the jury members (needs soffice + pdftotext)',
    async () => {
      const get = async (name: string) => {
        const res = await fetch(`${host.base}/api/events/${eventId}/export/${name}`, { headers: { authorization: `Bearer ${fac}` } });
        expect(res.status).toBe(200);
        return new Uint8Array(await res.arrayBuffer());
      };
      for (const ext of ['docx', 'xlsx'] as const) {
        const text = await pdfText(await officeToPdf(await get(`protocol.${ext}`), ext));
        for (const name of ['Анна Жюри', 'Борис Жюри', 'Двор', 'Совет']) expect(text).toContain(name);
      }
      expect(await pdfText(await get('protocol.pdf'))).toContain('Борис Жюри');
      const csvBytes = await get('protocol.csv');
      expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = new TextDecoder().decode(csvBytes);
      expect(csv).toContain(';Анна Жюри;Борис Жюри;');
      expect((await api(host, 'GET', `/api/events/${eventId}/export/protocol.json`, { token: fac })).status).toBe(400);
    },
    2 * OFFICE_TIMEOUT_MS + 30_000,
  );

  it('in peer review a team never scores itself, whatever its room holds', async () => {
    setSettings(plan, { mode: 'peer' }, LOCAL_ORIGIN);
    const s = await summary();
    const m1 = await join(host, s.joinCode, 'Член Двора', { team: t1 });
    const room = connect(host, `${eventId}/person/${m1.personId}`, m1.token);
    providers.push(room.provider);
    await synced(room.provider);
    const own: Entry = { key: entryKey(roundId, t1), roundId: roundId as never, teamId: t1 as never };
    expect(setScore(room.doc, { teamId: t1 as never, peer: true }, own, criteria[0]!, 10, '', LOCAL_ORIGIN).ok).toBe(false);
    // Written by hand, as a hostile client would: the host must still ignore it.
    room.doc.transact(() => {
      const m = new Y.Map<unknown>();
      room.doc.getMap('scores').set(own.key, m);
      for (const c of criteria) m.set(c.id, { score: c.max, comment: '' });
    });
    const other: Entry = { key: entryKey(roundId, t2), roundId: roundId as never, teamId: t2 as never };
    for (const c of criteria) expect(setScore(room.doc, { teamId: t1 as never, peer: true }, other, c, c.min, '', LOCAL_ORIGIN).ok).toBe(true);
    await eventually(async () => {
      // Each try reads the rooms afresh: a reveal freezes the round, so lift the freeze of the last try first.
      await api(host, 'POST', `/api/events/${eventId}/championship/unfreeze`, { token: fac, body: { round: roundId, reason: 'повтор' } });
      const r = await api<PublishedLeaderboard>(host, 'POST', `/api/events/${eventId}/championship/reveal`, {
        token: fac,
        body: { mode: 'all', round: roundId },
      });
      const row = (team: string) => r.body.rows.find((x) => x.teamId === team)!;
      expect(row(t2).scorers).toBe(1);
      expect(row(t1).scorers).toBe(0);
    });
  });
});
