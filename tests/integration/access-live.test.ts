import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addCard, readCards } from '@shared/doc/board';
import { addTeam, readPlan, setBoardField } from '@shared/doc/plan';
import { closeRound, openPrivateRound } from '@shared/doc/private';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { BoardId, PersonId, TeamId } from '@shared/ids';
import type { HostProcess } from '../attack/support/host-process';
import { clientOn, createEventOn, hostApi, joinOn, startHostProcess, until } from '../attack/support/host-process';

/**
 * Black box: the real host in its own process. A participant keeps ONE socket open on a board while
 * the facilitator changes the rules; each change must decide the participant's very next message.
 */
type Reply = { kind: 'denied' } | { kind: 'awareness' } | { kind: 'closed'; code: number };

function rawClient(url: string) {
  const ws = new WebSocket(url);
  const replies: Reply[] = [];
  ws.binaryType = 'nodebuffer';
  ws.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(d);
    if (type === 2) replies.push({ kind: 'denied' });
    if (type === 1) replies.push({ kind: 'awareness' });
  });
  ws.on('close', (code) => replies.push({ kind: 'closed', code }));
  const opened = new Promise<void>((r, j) => {
    ws.once('open', () => r());
    ws.once('error', j);
  });
  /** Sends the update, then a query-awareness frame: its answer proves the update was handled (one socket, in order). */
  async function send(update: Uint8Array): Promise<Reply[]> {
    const from = replies.length;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, update);
    ws.send(encoding.toUint8Array(e));
    ws.send(new Uint8Array([3]));
    await until(() => replies.slice(from).some((r) => r.kind !== 'denied'), 'the answer to the query');
    return replies.slice(from);
  }
  return { ws, opened, send, replies };
}

describe('a rule change reaches an already-open socket at its very next message', () => {
  let host: HostProcess;
  beforeAll(async () => {
    host = await startHostProcess();
  });
  afterAll(async () => host?.stop());

  it('lock, private round, team switch and team-only visibility', async () => {
    const { id: eventId, joinCode } = await createEventOn(host);
    const plan = clientOn(host, `${eventId}/plan`, host.facilitatorToken);
    await plan.ready;
    const boardId = readPlan(plan.doc).boards[0]!.id as BoardId;
    const red = addTeam(plan.doc, 'Red', '#ff0000', LOCAL_ORIGIN);
    const blue = addTeam(plan.doc, 'Blue', '#0000ff', LOCAL_ORIGIN);
    await until(async () => (await hostApi<{ teams: { id: string }[] }>(host, 'GET', `/api/join/${joinCode}`)).body.teams?.length === 2, 'teams on the host');
    const me = await joinOn(host, joinCode, 'Вера', { team: red });
    // The form's team is only a request: the facilitator's assignment makes her a member.
    expect(
      (await hostApi(host, 'POST', `/api/events/${eventId}/teams/assign`, { token: host.facilitatorToken, body: { assignments: { [me.personId]: red } } }))
        .status,
    ).toBe(200);
    const author = { authorId: me.personId as PersonId, authorName: 'Вера' };

    // A fresh doc per card: a refused update must not leave later ones waiting on a missing clock.
    const card = (text: string) => {
      const local = new Y.Doc();
      addCard(local, { text, ...author }, LOCAL_ORIGIN);
      return Y.encodeStateAsUpdate(local);
    };
    const writeRule = async () =>
      (
        await hostApi<{ rooms: { name: string; write: string }[] }>(host, 'GET', `/api/events/${eventId}/rooms`, { token: host.facilitatorToken })
      ).body.rooms.find((r) => r.name === `${eventId}/board/${boardId}`)!.write;
    const onHost = async () => {
      const late = clientOn(host, `${eventId}/board/${boardId}`, host.facilitatorToken);
      await late.ready;
      const texts = readCards(late.doc)
        .map((c) => c.text)
        .sort();
      late.destroy();
      return texts;
    };
    const change = async (fn: () => void, rule: (w: string) => boolean) => {
      fn();
      await until(async () => rule(await writeRule()), 'the host to apply the rule change');
    };

    const sock = rawClient(`${host.wsBase}/${eventId}/board/${boardId}?token=${me.token}`);
    await sock.opened;
    expect(await sock.send(card('open'))).not.toContainEqual({ kind: 'denied' });

    await change(
      () => setBoardField(plan.doc, boardId, 'locked', true, LOCAL_ORIGIN),
      (w) => w.includes('locked'),
    );
    expect(await sock.send(card('while locked'))).toContainEqual({ kind: 'denied' });

    await change(
      () => setBoardField(plan.doc, boardId, 'locked', false, LOCAL_ORIGIN),
      (w) => !w.includes('locked'),
    );
    await sock.send(card('unlocked'));

    await change(
      () => openPrivateRound(plan.doc, boardId, { anonymous: false }, LOCAL_ORIGIN),
      (w) => w.includes('private round'),
    );
    await sock.send(card('during the private round'));

    await change(
      () => closeRound(plan.doc, boardId, LOCAL_ORIGIN),
      (w) => !w.includes('private round'),
    );
    await sock.send(card('after the round'));

    await change(
      () => {
        setBoardField(plan.doc, boardId, 'teamId', red as TeamId, LOCAL_ORIGIN);
        setBoardField(plan.doc, boardId, 'writers', 'team', LOCAL_ORIGIN);
      },
      (w) => w.startsWith('its team'),
    );
    await sock.send(card('my team'));

    // Team switch: the board now belongs to another team; its words change back from "its team" only in the team's id.
    await change(
      () => setBoardField(plan.doc, boardId, 'teamId', blue as TeamId, LOCAL_ORIGIN),
      (w) => w.startsWith('its team'),
    );
    await until(async () => {
      const p = clientOn(host, `${eventId}/plan`, host.facilitatorToken);
      await p.ready;
      const t = readPlan(p.doc).boards.find((b) => b.id === boardId)!.teamId;
      p.destroy();
      return t === blue;
    }, 'the team switch on the host');
    await sock.send(card('other team now'));

    expect(await onHost()).toEqual(['after the round', 'my team', 'open', 'unlocked']);
    expect(sock.replies.filter((r) => r.kind === 'denied').length).toBeGreaterThanOrEqual(1);

    // Hiding the board from the team closes the socket (4403) instead of streaming to it.
    setBoardField(plan.doc, boardId, 'visibility', 'team', LOCAL_ORIGIN);
    await until(() => sock.replies.some((r) => r.kind === 'closed'), 'the socket to close');
    expect(sock.replies.find((r) => r.kind === 'closed')).toEqual({ kind: 'closed', code: 4403 });
    plan.destroy();
  });
});
