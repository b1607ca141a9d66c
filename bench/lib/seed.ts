// Builds the events the figures run on, through the host and the stock client, as a facilitator's
// console would: the REST API for the event and joins, the plan room for teams and boards.
import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { addBoard, addTeam, readPlan } from '@shared/doc/plan';
import type { BoardKind } from '@shared/doc/plan';
import { showBoard } from '@shared/doc/session';
import type { BoardId, TeamId } from '@shared/ids';
import type { JoinResult } from './api';
import { api, deviceAddress, join } from './api';
import { connect, disconnect, within } from './clients';

export const GROUPS = ['residents', 'authorities', 'ngo', 'business', 'youth'] as const;

export type SeededEvent = { eventId: string; code: string; teams: TeamId[]; boards: BoardId[]; sharedBoard: BoardId };

/** A new event with `teams` teams, one board per team (writable by its team, readable by all). */
export async function seedEvent(port: number, token: string, teams: number, kind: BoardKind = 'cards'): Promise<SeededEvent> {
  const created = await api<{ id: string; joinCode: string }>(port, 'POST', '/api/events', {
    token,
    body: { title: 'Стратегическая сессия: Каргополь-2030', format: 'strategy' },
  });
  const plan = connect(port, '/sync', `${created.id}/plan`, token);
  await within(plan.synced, 20_000, 'seed: plan sync');
  const teamIds: TeamId[] = [];
  const boardIds: BoardId[] = [];
  plan.doc.transact(() => {
    for (let i = 0; i < teams; i++) {
      const team = addTeam(plan.doc, `Команда ${i + 1}`, '#1a5fb4', 'local');
      teamIds.push(team);
      boardIds.push(addBoard(plan.doc, { title: `Проблемы — команда ${i + 1}`, kind, teamId: team, writers: 'team', visibility: 'all' }, 'local'));
    }
  }, 'local');
  const sharedBoard = readPlan(plan.doc).boards.find((b) => b.teamId === null)!.id;
  await waitForHost(port, token, `${created.id}/plan`, (doc) => readPlan(doc).boards.length === teams + 1);
  disconnect(plan);
  return { eventId: created.id, code: created.joinCode, teams: teamIds, boards: boardIds, sharedBoard };
}

/** Waits until a fresh client of `room` sees `ok`: the host has applied what was written. */
export async function waitForHost(port: number, token: string, room: string, ok: (doc: Y.Doc) => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const probe = connect(port, '/sync', room, token);
    await within(probe.synced, 20_000, `probe ${room}`);
    const done = ok(probe.doc);
    disconnect(probe);
    if (done) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the host did not apply the seed of ${room} in ${ms} ms`);
}

/**
 * `n` participants, each from its own loopback address, spread over the teams; a few at a time. The
 * join form's team is only a request, so the facilitator then assigns everyone in one call, as the
 * console's team panel does.
 */
export async function joinParticipants(port: number, token: string, ev: SeededEvent, n: number): Promise<(JoinResult & { team: TeamId })[]> {
  const out: (JoinResult & { team: TeamId })[] = [];
  for (let i = 0; i < n; i += 10) {
    const batch = Array.from({ length: Math.min(10, n - i) }, (_, k) => i + k);
    out.push(
      ...(await Promise.all(
        batch.map(async (j) => {
          const team = ev.teams[j % ev.teams.length]!;
          const body = { code: ev.code, name: `Участник ${j + 1}`, group: GROUPS[j % GROUPS.length]!, team };
          return { ...(await join(port, body, deviceAddress(j))), team };
        }),
      )),
    );
  }
  for (let i = 0; i < out.length; i += 2000) {
    const assignments = Object.fromEntries(out.slice(i, i + 2000).map((p) => [p.personId, p.team]));
    await api(port, 'POST', `/api/events/${ev.eventId}/teams/assign`, { token, body: { assignments } });
  }
  return out;
}

const WORDS = ['дороги', 'молодёжь', 'набережная', 'клуб', 'туризм', 'школа', 'лавочки', 'освещение', 'парк', 'вывоз мусора', 'автобус', 'ремёсла'];

/** Realistic card text, 40–120 characters of Russian, deterministic in `i`. */
export const cardText = (i: number): string =>
  `Предложение ${i + 1}: ${WORDS[i % WORDS.length]} и ${WORDS[(i * 7 + 3) % WORDS.length]} — обсудить с администрацией и ТОС${'.'.repeat(i % 40)}`;

/**
 * Writes `count` cards to a board through the stock client, in a few large transactions (a reveal
 * or an import does the same). `cells` spreads them over a grid's rows × columns.
 */
export async function seedCards(
  port: number,
  token: string,
  eventId: string,
  boardId: string,
  count: number,
  cells: { row: string | null; column: string | null }[] = [{ row: null, column: null }],
): Promise<void> {
  const board = connect(port, '/sync', `${eventId}/board/${boardId}`, token);
  await within(board.synced, 20_000, 'seed: board sync');
  const cards = board.doc.getMap<Y.Map<unknown>>('cards');
  let order: string | null = null;
  for (let start = 0; start < count; start += 500) {
    board.doc.transact(() => {
      for (let i = start; i < Math.min(count, start + 500); i++) {
        const cell = cells[i % cells.length]!;
        const m = new Y.Map<unknown>();
        order = generateKeyBetween(order, null);
        for (const [k, v] of Object.entries({
          text: cardText(i),
          authorId: null,
          authorName: `Участник ${(i % 150) + 1}`,
          column: cell.column,
          row: cell.row,
          color: null,
          order,
          createdAt: Date.now(),
        }))
          m.set(k, v);
        cards.set(`c${i}`, m);
      }
    }, 'local');
  }
  await waitForHost(port, token, `${eventId}/board/${boardId}`, (doc) => doc.getMap('cards').size >= count, 60_000);
  disconnect(board);
}

/** Makes the console open this board (the plan's session.shownBoardId). */
export async function showOnConsole(port: number, token: string, eventId: string, boardId: BoardId): Promise<void> {
  const plan = connect(port, '/sync', `${eventId}/plan`, token);
  await within(plan.synced, 20_000, 'seed: plan sync');
  showBoard(plan.doc, boardId, 'local');
  await waitForHost(port, token, `${eventId}/plan`, (doc) => doc.getMap('session').get('shownBoardId') === boardId);
  disconnect(plan);
}
