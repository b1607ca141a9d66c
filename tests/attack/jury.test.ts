import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ChampStatus } from '@shared/championship/api';
import type { Criterion } from '@shared/championship/model';
import { entryKey } from '@shared/championship/model';
import type { PublishedLeaderboard } from '@shared/championship/results-doc';
import { addCriterion, addRound, editRound, readCriteria } from '@shared/doc/championship';
import { addTeam } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventSummary } from '@shared/protocol/api';
import type { HostProcess } from './support/host-process';
import { clientOn, createEventOn, hostApi, joinOn, startHostProcess, until } from './support/host-process';

/**
 * The jury protocol against the real host process, with nothing but sockets and HTTP: a juror's raw
 * client writing into a submitted sheet or after the reveal changes nothing the chair signs, and a
 * participant's socket never carries the jury's confidential data before the reveal.
 */

const SECRET_COMMENT = 'ТАЙНЫЙ-КОММЕНТАРИЙ-7f3a';
const LATE_COMMENT = 'ПОСЛЕ-СДАЧИ-c41e';

function recordingSocket(frames: Buffer[]) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      this.on('message', (data: Buffer) => frames.push(Buffer.from(data)));
    }
  };
}

/** A stock provider whose socket keeps every frame the host sends. */
function recorded(host: HostProcess, room: string, token: string, frames: Buffer[]) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(host.wsBase, room, doc, {
    params: { token },
    WebSocketPolyfill: recordingSocket(frames) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const ready = new Promise<void>((r) => (provider.synced ? r() : provider.once('sync', () => r())));
  return { doc, provider, ready };
}

/** The marks of one room as `<entry>|<criterion>` → score/comment, read straight from the Y maps. */
function marksOf(doc: Y.Doc): Record<string, { score: unknown; comment: unknown }> {
  const out: Record<string, { score: unknown; comment: unknown }> = {};
  doc.getMap<unknown>('scores').forEach((entry, key) => {
    if (!(entry instanceof Y.Map)) return;
    entry.forEach((m, c) => {
      const v = m as { score?: unknown; comment?: unknown };
      out[`${key}|${c}`] = { score: v?.score, comment: v?.comment };
    });
  });
  return out;
}

/** Every Yjs update the host sent in these frames (sync step 2 and updates), applied to one fresh doc. */
function replayFrames(frames: Buffer[]): Y.Doc {
  const doc = new Y.Doc();
  for (const f of frames) {
    const d = decoding.createDecoder(new Uint8Array(f));
    if (decoding.readVarUint(d) !== 0) continue; // awareness, notices: not document data
    const kind = decoding.readVarUint(d);
    if (kind === 1 || kind === 2) Y.applyUpdate(doc, decoding.readVarUint8Array(d));
  }
  return doc;
}

/** What a client sees of a room's data as text: every shared type's JSON. */
function docText(doc: Y.Doc): string {
  return [...doc.share.keys()].map((k) => `${k}=${JSON.stringify(doc.getMap(k).toJSON())}`).join('\n');
}

describe('the jury under raw clients, against the host process', () => {
  let host: HostProcess;
  let eventId: string;
  let roundId: string;
  let teams: string[];
  let criteria: Criterion[];
  let plan: Y.Doc;
  let anna: { token: string; personId: string };
  let boris: { token: string; personId: string };
  const partFrames: Record<string, Buffer[]> = { plan: [], results: [] };
  const partDocs: Y.Doc[] = [];
  const closers: (() => void)[] = [];

  const fac = () => host.facilitatorToken;
  const post = <T = unknown>(path: string, body: unknown, token = fac()) =>
    hostApi<T>(host, 'POST', `/api/events/${eventId}/championship/${path}`, { token, body });
  const status = async () => {
    const r = await hostApi<ChampStatus>(host, 'GET', `/api/events/${eventId}/championship/status?round=${roundId}`, { token: fac() });
    expect(r.status).toBe(200);
    return r.body;
  };
  const csv = async () => {
    const res = await fetch(`${host.base}/api/events/${eventId}/export/protocol.csv`, { headers: { authorization: `Bearer ${fac()}` } });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  /** A juror's own room through a stock client with a fresh doc: what the host holds now. */
  const room = async (who: { token: string; personId: string }) => {
    const c = clientOn(host, `${eventId}/person/${who.personId}`, who.token);
    closers.push(c.destroy);
    await c.ready;
    return c;
  };
  /** Writes straight into the Y maps, the way a hostile client would: no accessor, no range check. */
  const rawMark = (doc: Y.Doc, team: string, c: number, score: unknown, comment = '') =>
    doc.transact(() => {
      const all = doc.getMap<Y.Map<unknown>>('scores');
      let m = all.get(entryKey(roundId, team));
      if (!(m instanceof Y.Map)) {
        m = new Y.Map<unknown>();
        all.set(entryKey(roundId, team), m);
      }
      m.set(criteria[c]!.id, { score, comment });
    });
  /** A write has reached the host when a second, fresh client of the same room sees it. */
  const landed = async (who: { token: string; personId: string }, check: (marks: ReturnType<typeof marksOf>) => boolean, what: string) => {
    await until(async () => {
      const probe = await room(who);
      const hit = check(marksOf(probe.doc));
      probe.destroy();
      return hit;
    }, what);
  };

  beforeAll(async () => {
    host = await startHostProcess();
    eventId = (await createEventOn(host, 'Кейс-чемпионат', 'championship')).id;
    const planClient = clientOn(host, `${eventId}/plan`, fac());
    closers.push(planClient.destroy);
    await planClient.ready;
    plan = planClient.doc;
    expect(addCriterion(plan, { title: 'Актуальность', description: '', min: 0, max: 10, weight: 0.6 }, LOCAL_ORIGIN).ok).toBe(true);
    expect(addCriterion(plan, { title: 'Презентация', description: '', min: 1, max: 5, weight: 0.4 }, LOCAL_ORIGIN).ok).toBe(true);
    roundId = addRound(plan, { title: 'Отборочный' }, LOCAL_ORIGIN);
    teams = [addTeam(plan, 'Двор', '#c33', LOCAL_ORIGIN), addTeam(plan, 'Совет', '#33c', LOCAL_ORIGIN), addTeam(plan, 'Сквер', '#3c3', LOCAL_ORIGIN)];
    criteria = readCriteria(plan);
    const s = (await hostApi<EventSummary>(host, 'GET', `/api/events/${eventId}`, { token: fac() })).body;
    const part = await joinOn(host, s.joinCode, 'Пётр');
    for (const name of ['plan', 'results']) {
      const r = recorded(host, `${eventId}/${name}`, part.token, partFrames[name]!);
      closers.push(() => r.provider.destroy());
      partDocs.push(r.doc);
      await r.ready;
    }
    anna = await joinOn(host, s.jurorCode, 'Анна Жюри');
    boris = await joinOn(host, s.jurorCode, 'Борис Жюри');
    // The participant's plan must have caught up with the round before the capture means anything.
    await until(() => docText(partDocs[0]!).includes('Отборочный'), 'the round reached the participant');
  });

  afterAll(async () => {
    for (const close of closers) close();
    await host?.stop();
  });

  it('a raw write into a submitted sheet is put back and changes nothing in the protocol or the matrix', async () => {
    expect((await post('recusal', { round: roundId, person: boris.personId, team: teams[2], recused: true })).status).toBe(200);
    expect((await post('deciding', { round: roundId, teamIds: [teams[2], teams[0], teams[1]] })).status).toBe(200);
    const a = await room(anna);
    const marks: [number, number, number][] = [
      [0, 0, 9],
      [0, 1, 5],
      [1, 0, 3],
      [1, 1, 2],
      [2, 0, 5],
      [2, 1, 3],
    ];
    for (const [t, c, v] of marks) rawMark(a.doc, teams[t]!, c, v, t === 0 && c === 0 ? SECRET_COMMENT : '');
    await until(async () => (await post('submit', { round: roundId }, anna.token)).status === 200, 'Anna’s sheet is accepted');
    const b = await room(boris);
    rawMark(b.doc, teams[0]!, 0, 7);
    rawMark(b.doc, teams[0]!, 1, 4);
    rawMark(b.doc, teams[1]!, 0, 5);
    await until(async () => (await status()).scorers.some((x) => x.id === boris.personId && x.scored === 1), 'Boris’s marks counted');

    const submitted = marksOf(a.doc);
    const csvBefore = await csv();
    const matrixBefore = (await status()).matrix;
    expect(matrixBefore[anna.personId]![teams[0]!]![criteria[0]!.id]).toBe(9);

    // What is no mark at all, and the host's own "submitted" flag, are refused at the door (each from a
    // client of its own: a client the host refused once is stuck until it reloads).
    const refusals: [string, (doc: Y.Doc) => void, RegExp][] = [
      ['a non-numeric mark', (doc) => rawMark(doc, teams[2]!, 0, 'много'), /a bad value for scores\./],
      ['the "submitted" flag deleted', (doc) => doc.transact(() => doc.getMap('submitted').delete(roundId)), /do not delete "submitted"/],
      [
        'a recusal the facilitator assigns',
        (doc) => doc.transact(() => doc.getMap('assigned').set(entryKey(roundId, teams[1]!), true)),
        /do not write "assigned"/,
      ],
    ];
    for (const [what, change, reason] of refusals) {
      const c = await room(anna);
      change(c.doc);
      await until(() => c.denied.length > 0, `refused: ${what}`);
      expect(c.denied[0], what).toMatch(reason);
    }
    // A second raw client of Anna's: new marks (one far off the scale), a whole entry dropped, her own recusal.
    const raw = await room(anna);
    rawMark(raw.doc, teams[0]!, 0, 1, LATE_COMMENT);
    rawMark(raw.doc, teams[1]!, 1, 1e308);
    raw.doc.transact(() => {
      raw.doc.getMap('scores').delete(entryKey(roundId, teams[1]!));
      raw.doc.getMap('recusals').set(entryKey(roundId, teams[2]!), true);
    });
    // The host settles: both of Anna's clients hold the submitted marks again.
    await until(() => JSON.stringify(marksOf(raw.doc)) === JSON.stringify(submitted), 'the raw client’s room is put back');
    await until(() => JSON.stringify(marksOf(a.doc)) === JSON.stringify(submitted), 'the juror’s page is put back');
    const fresh = await room(anna);
    expect(marksOf(fresh.doc)).toEqual(submitted);
    expect(fresh.doc.getMap('recusals').size).toBe(0);
    expect(fresh.doc.getMap('submitted').has(roundId)).toBe(true);

    expect((await csv()).equals(csvBefore)).toBe(true);
    const after = await status();
    expect(after.matrix).toEqual(matrixBefore);
    expect(Object.keys(after.submitted)).toEqual([anna.personId]);
    expect(csvBefore.toString('utf8')).not.toContain(LATE_COMMENT);
  });

  it('a participant’s plan and results sockets never carry recusals, the deciding order, progress or comments before the reveal', async () => {
    // Boris finishes and the chair reads the status once more: progress exists on the host now.
    const b = await room(boris);
    rawMark(b.doc, teams[1]!, 1, 3, SECRET_COMMENT + '-борис');
    await until(async () => (await status()).scorers.every((x) => x.scored === x.total), 'every sheet complete');
    // A marker through the plan after all of it: once the participant has it, every earlier frame has arrived.
    editRound(plan, roundId as never, { title: 'Отборочный тур' }, LOCAL_ORIGIN);
    await until(() => docText(partDocs[0]!).includes('Отборочный тур'), 'the marker reached the participant');
    const frames = [...partFrames.plan!, ...partFrames.results!];
    const keys = teams.map((t) => entryKey(roundId, t));
    const secrets = [
      SECRET_COMMENT,
      LATE_COMMENT,
      'champRecusals',
      'champDeciding',
      'deciding',
      'recus',
      'assigned',
      'progress',
      'scored',
      'submitted',
      'matrix',
      // Entry keys (`<round>:<team>`) are how scores, recusals and progress are keyed; the people list
      // (jurors' names and ids) is public in the plan by design, so their ids are no secret.
      ...keys,
    ];
    // Decoded from the captured frames ourselves, and as the stock providers hold them.
    const seen = [replayFrames(partFrames.plan!), replayFrames(partFrames.results!), ...partDocs].map(docText).join('\n');
    expect(docText(replayFrames(partFrames.plan!))).toContain('Отборочный'); // the capture works: the plan reached this socket
    for (const secret of secrets) {
      expect(
        frames.some((f) => f.includes(Buffer.from(secret, 'utf8'))),
        `raw frames carry ${secret}`,
      ).toBe(false);
      expect(seen.includes(secret), `decoded rooms carry ${secret}`).toBe(false);
    }
  });

  it('after the reveal a juror’s write changes nothing in the protocol, byte for byte', async () => {
    const r = await post<PublishedLeaderboard>('reveal', { mode: 'all', round: roundId });
    expect(r.status).toBe(200);
    expect(r.body.rows.map((x) => x.teamName)).toEqual(['Двор', 'Сквер', 'Совет']);
    const before = await csv();
    const statusBefore = await status();
    // Boris's sheet was never submitted: his room takes the write, the frozen round does not.
    const b = await room(boris);
    rawMark(b.doc, teams[1]!, 0, 10, 'после оглашения');
    rawMark(b.doc, teams[0]!, 0, 0);
    await landed(boris, (m) => m[`${entryKey(roundId, teams[1]!)}|${criteria[0]!.id}`]?.score === 10, 'Boris’s late write reached the host');
    const a = await room(anna);
    rawMark(a.doc, teams[2]!, 1, 1);
    expect((await csv()).equals(before)).toBe(true);
    const st = await status();
    expect(st.matrix).toEqual(statusBefore.matrix);
    expect(st.frozen).toBe(true);
    const again = await post<PublishedLeaderboard>('reveal', { mode: 'all', round: roundId });
    expect(again.body.rows).toEqual(r.body.rows);
    expect((await post('submit', { round: roundId }, boris.token)).status).toBe(409);
  });

  it('the host stayed up through all of it', async () => {
    expect(host.alive()).toBe(true);
    expect((await hostApi(host, 'GET', `/api/events/${eventId}`, { token: fac() })).status).toBe(200);
    expect(host.log()).not.toMatch(/uncaught|unhandled/i);
  });
});
