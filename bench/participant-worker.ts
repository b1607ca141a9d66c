// A worker process of simulated participants (stock y-websocket clients), forked by bench/lib/workers.ts.
// Participants never share the host's process, so the host's event loop is measured alone.
import * as Y from 'yjs';
import type { PropagationClient, Task, ToParent, ToWorker } from './lib/tasks';
import { join } from './lib/api';
import type { Client } from './lib/clients';
import { connect, disconnect, within, wallNow } from './lib/clients';
import type { WireClient } from './lib/wire-client';
import { wireConnect } from './lib/wire-client';
import { addCard, editCard } from '@shared/doc/board';
import type { CardId, PersonId } from '@shared/ids';

const clients: Client[] = [];
const wires: WireClient[] = [];
// Every stock provider adds a process 'exit' listener; 100 of them per worker are expected.
process.setMaxListeners(0);
const send = (msg: ToParent) => process.send!(msg);
const sleepUntil = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - wallNow())));

/** `Идея 12 @1712345678901.123#w3:7:12`: the edit's send time and a unique id, inside the card text. */
const STAMP = /@(\d+(?:\.\d+)?)#(\S+)$/;

async function propagation(task: Extract<Task, { kind: 'propagation' }>, go: Promise<number>): Promise<void> {
  const latencies: number[] = [];
  const sentAts: number[] = [];
  const editors: { client: Client; id: string; author: PropagationClient['author'] }[] = [];
  for (const spec of task.clients) {
    const rooms = spec.rooms.map((room) => connect(task.port, task.prefix, room, spec.token));
    clients.push(...rooms);
    const board = rooms[rooms.length - 1]!;
    const seen = new Set<string>();
    const record = (text: unknown) => {
      const m = typeof text === 'string' ? STAMP.exec(text) : null;
      if (!m || seen.has(m[2]!)) return;
      seen.add(m[2]!);
      latencies.push(wallNow() - Number(m[1]));
      sentAts.push(Number(m[1]));
    };
    board.doc.getMap('cards').observeDeep((events) => {
      if (events[0]?.transaction.local) return;
      for (const e of events) {
        if (e.path.length === 0) {
          for (const [key, change] of e.changes.keys) if (change.action !== 'delete') record((e.target as Y.Map<Y.Map<unknown>>).get(key)?.get('text'));
        } else if (e.changes.keys.has('text')) record((e.target as Y.Map<unknown>).get('text'));
      }
    });
    if (spec.editor) editors.push({ client: board, id: spec.id, author: spec.author });
  }
  await within(Promise.all(clients.map((c) => c.synced)), 60_000, 'propagation: initial sync');
  send({ type: 'ready' });
  const start = await go;
  let sent = 0;
  const period = 1000 / task.rate;
  await Promise.all(
    editors.map(async ({ client, id, author }, i) => {
      let mine: CardId | null = null;
      // Editors are spread over the first period so 30 of them do not fire in lockstep.
      for (let n = 0, at = start + (i * period) / editors.length; at < start + task.durationMs; n++, at += period) {
        await sleepUntil(at);
        const text = `Предложение ${n} команды: больше лавочек у реки @${wallNow().toFixed(3)}#${id}:${n}`;
        // One edit in five adds a card, the rest retype the editor's latest card (as typing does).
        if (mine === null || n % 5 === 0)
          mine = addCard(client.doc, { text, authorId: (author?.personId ?? null) as PersonId | null, authorName: author?.name ?? id }, 'local');
        else editCard(client.doc, mine, text, 'local');
        sent++;
      }
    }),
  );
  // Let the last edits land before counting.
  await new Promise((r) => setTimeout(r, task.drainMs));
  send({ type: 'done', result: { latencies, sentAts, sent } });
}

async function joinStorm(task: Extract<Task, { kind: 'join' }>, go: Promise<number>): Promise<void> {
  send({ type: 'ready' });
  const start = await go;
  const finished: number[] = [];
  const errors: string[] = [];
  const wire = new WireBoards();
  await Promise.all(
    task.people.map(async (p) => {
      try {
        const me = await join(task.port, { code: task.code, name: p.name, group: p.group, ...(p.team ? { team: p.team } : {}) }, p.from);
        const rooms = [`${task.eventId}/plan`, `${task.eventId}/board/${task.boardId}`];
        if (task.wire) {
          const conns = rooms.map((r) => wireConnect(task.port, r, me.token));
          wires.push(...conns);
          const [, board] = await within(Promise.all(conns.map((c) => c.synced)), 60_000, `join: ${p.name}`);
          wire.check(board!);
        } else {
          const conns = rooms.map((r) => connect(task.port, '/sync', r, me.token));
          clients.push(...conns);
          await within(Promise.all(conns.map((c) => c.synced)), 60_000, `join: ${p.name}`);
          const cards = conns[1]!.doc.getMap('cards').size;
          if (cards < task.expectCards) throw new Error(`${p.name} synced ${cards} cards of ${task.expectCards}`);
        }
        finished.push(wallNow() - start);
      } catch (err) {
        errors.push((err as Error).message);
      }
    }),
  );
  // After the clock has stopped: what arrived must be the whole board, and one device's decode of it is timed.
  const decodeMs = task.wire && errors.length === 0 ? wire.verify(task.expectCards, errors) : [];
  send({ type: 'done', result: { finished, errors, decodeMs } });
}

/** The boards wire clients received: all byte-equal to the first, which is decoded once at the end. */
class WireBoards {
  private first: Uint8Array | null = null;
  private differing = 0;

  check(board: Uint8Array): void {
    if (!this.first) this.first = board;
    else if (!Buffer.from(board.buffer, board.byteOffset, board.byteLength).equals(this.first)) this.differing++;
  }

  /** Decodes the board three times (ms of each); records an error if it is not the whole board. */
  verify(expectCards: number, errors: string[]): number[] {
    if (!this.first) return [];
    if (this.differing > 0) errors.push(`${this.differing} wire clients received a different board`);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const doc = new Y.Doc();
      Y.applyUpdate(doc, this.first);
      times.push(performance.now() - t);
      const cards = doc.getMap('cards').size;
      doc.destroy();
      if (cards < expectCards) errors.push(`the board on the wire held ${cards} cards of ${expectCards}`);
    }
    return times;
  }
}

async function presence(task: Extract<Task, { kind: 'presence' }>, go: Promise<number>): Promise<void> {
  let received = 0;
  const active: Client[] = [];
  for (const spec of task.clients) {
    const c = connect(task.port, '/sync', spec.room, spec.token, { awareness: true });
    c.provider.awareness.setLocalState({ cursor: null, selection: null });
    c.provider.awareness.on('update', () => received++);
    clients.push(c);
    if (spec.active) active.push(c);
  }
  await within(Promise.all(clients.map((c) => c.synced)), 60_000, 'presence: initial sync');
  send({ type: 'ready' });
  const start = await go;
  received = 0;
  const period = 1000 / task.rate;
  let moves = 0;
  await Promise.all(
    active.map(async (c, i) => {
      let x = 200 + i * 7;
      let y = 300;
      for (let at = start + (i * period) / active.length; at < start + task.durationMs; at += period) {
        await sleepUntil(at);
        x += Math.round(Math.random() * 40 - 20);
        y += Math.round(Math.random() * 40 - 20);
        c.provider.awareness.setLocalStateField('cursor', { x, y });
        moves++;
      }
    }),
  );
  await new Promise((r) => setTimeout(r, 2000)); // let the last presence updates arrive
  send({ type: 'done', result: { received, moves } });
}

process.on('message', (msg: ToWorker) => {
  if (msg.type === 'task') {
    let release: (at: number) => void = () => {};
    const go = new Promise<number>((r) => (release = r));
    process.on('message', (m: ToWorker) => {
      if (m.type === 'go') void sleepUntil(m.at).then(() => release(m.at));
    });
    const run = msg.task.kind === 'propagation' ? propagation(msg.task, go) : msg.task.kind === 'join' ? joinStorm(msg.task, go) : presence(msg.task, go);
    run.catch((err: Error) => send({ type: 'error', message: err.stack ?? err.message }));
  } else if (msg.type === 'stop') {
    for (const c of clients) disconnect(c);
    for (const w of wires) w.close();
    setTimeout(() => process.exit(0), 200);
  }
});
