import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { measureOffset } from '@shared/clock';
import type { StageId } from '@shared/doc/agenda';
import { addStage, createStageBoards, readStages, startStage } from '@shared/doc/agenda';
import { addTeam, readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { readSession, readTimer, startTimer, timerRemaining } from '@shared/doc/session';
import type { TimeResponse } from '@shared/session/protocol';
import type { TestHost } from './helpers/host';
import { api, connect, createEvent, eventually, join, startTestHost, synced } from './helpers/host';

let host: TestHost;
let eventId: string;
let joinCode: string;
let fac: ReturnType<typeof connect>;
const open: WebsocketProvider[] = [];

function tracked(c: ReturnType<typeof connect>) {
  open.push(c.provider);
  return c;
}

/** Resolves when the host answers this connection with y-websocket's permission-denied ("read-only"). */
function readOnlyReply(provider: WebsocketProvider): Promise<void> {
  return new Promise((resolve) => {
    provider.ws!.addEventListener('message', (e: MessageEvent) => {
      if (new Uint8Array(e.data as ArrayBuffer)[0] === 2) resolve();
    });
  });
}

/** The host's own state of the plan, read through a fresh facilitator connection. */
async function hostPlan() {
  const c = tracked(connect(host, `${eventId}/plan`, host.facilitatorToken));
  await synced(c.provider);
  return c.doc;
}

beforeAll(async () => {
  host = await startTestHost();
  ({ id: eventId, joinCode } = await createEvent(host));
  fac = tracked(connect(host, `${eventId}/plan`, host.facilitatorToken));
  await synced(fac.provider);
});
afterAll(async () => {
  for (const p of open) p.destroy();
  await host.stop();
});

describe('host time', () => {
  it('GET /api/time answers the host clock without a token, and with any token', async () => {
    const before = Date.now();
    const anon = await api<TimeResponse>(host, 'GET', '/api/time');
    const after = Date.now();
    expect(anon.status).toBe(200);
    expect(anon.body.now).toBeGreaterThanOrEqual(before);
    expect(anon.body.now).toBeLessThanOrEqual(after);
    const p = await join(host, joinCode, 'Часы');
    expect((await api<TimeResponse>(host, 'GET', '/api/time', { token: p.token })).status).toBe(200);
  });

  it('a client estimating its offset from the real host is within half a round trip of it', async () => {
    // Same machine, same clock: the true offset is 0, so the estimate must be within its own error bound.
    const offset = await measureOffset({
      localNow: () => Date.now(),
      fetchHostNow: async () => (await api<TimeResponse>(host, 'GET', '/api/time')).body.now,
    });
    expect(offset).not.toBeNull();
    expect(Math.abs(offset!.offsetMs)).toBeLessThanOrEqual(offset!.rttMs / 2);
  });
});

describe('stages and the timer through the plan room', () => {
  let stage: StageId;

  it('a stage the facilitator starts, and its running timer, reach every participant', async () => {
    stage = addStage(fac.doc, { title: 'Проблемы и точки роста', method: { kind: 'activity', activity: 'discussion' }, durationMin: 20 }, LOCAL_ORIGIN);
    startStage(fac.doc, stage, LOCAL_ORIGIN);
    const hostNow = (await api<TimeResponse>(host, 'GET', '/api/time')).body.now;
    startTimer(fac.doc, hostNow, LOCAL_ORIGIN);
    const p = await join(host, joinCode, 'Участник');
    const pc = tracked(connect(host, `${eventId}/plan`, p.token));
    await synced(pc.provider);
    await eventually(() => {
      expect(readStages(pc.doc).map((s) => [s.id, s.status])).toEqual([[stage, 'active']]);
      expect(readSession(pc.doc).activeStageId).toBe(stage);
      expect(readTimer(pc.doc)).toEqual(readTimer(fac.doc));
    });
    expect(timerRemaining(readTimer(pc.doc), hostNow + 60_000)).toBe(19 * 60_000);
  });

  it('a participant cannot start, pause or change the timer: the plan is read-only for them', async () => {
    const before = readTimer(fac.doc);
    const p = await join(host, joinCode, 'Хитрый участник');
    const pc = tracked(connect(host, `${eventId}/plan`, p.token));
    await synced(pc.provider);
    const refused = readOnlyReply(pc.provider);
    startTimer(pc.doc, Date.now(), LOCAL_ORIGIN, 1000);
    await refused;
    expect(readTimer(await hostPlan())).toEqual(before);
  });
});

describe('stage boards', () => {
  it("repeated clicks, also by two facilitators at once, do not duplicate a stage's team boards", async () => {
    addTeam(fac.doc, 'Каргопольский район', '#1f77b4', LOCAL_ORIGIN);
    addTeam(fac.doc, 'Няндомский район', '#d62728', LOCAL_ORIGIN);
    const stage = addStage(
      fac.doc,
      { title: 'Образ будущего', method: { kind: 'board', boardKind: 'grid', template: 'future-by-sphere', perTeam: true }, durationMin: 30 },
      LOCAL_ORIGIN,
    );
    const co = await api<{ cofacilitatorCode: string }>(host, 'GET', `/api/events/${eventId}`, { token: host.facilitatorToken });
    const cofac = await join(host, co.body.cofacilitatorCode, 'Со-модератор');
    const cc = tracked(connect(host, `${eventId}/plan`, cofac.token));
    await synced(cc.provider);
    await eventually(() => expect(readStages(cc.doc).some((s) => s.id === stage)).toBe(true));
    createStageBoards(fac.doc, stage, LOCAL_ORIGIN);
    createStageBoards(cc.doc, stage, LOCAL_ORIGIN);
    createStageBoards(fac.doc, stage, LOCAL_ORIGIN);
    await eventually(async () => {
      const boards = readPlan(await hostPlan()).boards.filter((b) => b.stageId === stage);
      expect(boards.map((b) => b.teamId).sort()).toEqual(
        readPlan(fac.doc)
          .teams.map((t) => t.id)
          .sort(),
      );
    });
    const p = await join(host, joinCode, 'Зритель');
    const board = readPlan(fac.doc).boards.find((b) => b.stageId === stage)!;
    const bc = tracked(connect(host, `${eventId}/board/${board.id}`, p.token));
    await synced(bc.provider);
  });
});
