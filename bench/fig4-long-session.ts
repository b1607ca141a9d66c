// Figure 4, long session: 8 hours of a 150-person strategy session compressed in time, written
// through the event-file API exactly as the host persists (every doc update appended, group fsync,
// automatic compaction). Then the file is closed (final compaction) and reopened: size and open time.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addCard, editCard, removeCard } from '@shared/doc/board';
import { PASSPORT_TEXT_FIELDS } from '@shared/passport/model';
import { initPassport, passportText } from '@shared/doc/passport';
import { addBoard, addTeam, initPlan } from '@shared/doc/plan';
import { ROOT_ID, addNode, editText, initTree, readNodes } from '@shared/doc/tree';
import { castVote, openVote, readVote } from '@shared/doc/voting';
import type { BoardId, CardId, PersonId } from '@shared/ids';
import type { NodeId } from '@shared/tree/types';
import { openEventFile } from '../electron/host/persistence/event-file';
import { emit, log, main } from './lib/report';
import { cardText } from './lib/seed';
import { figure } from './lib/stats';

const PEOPLE = 150;
const TEAMS = 30;
// One board action per participant every ~40 s over 6 working hours of the 8, plus passport typing
// word by word (a Y.Text update per word) and three dot votes: ~120k updates in all.
const BOARD_ACTIONS = Math.round((PEOPLE * 6 * 3600) / 40);
const PASSPORT_WORDS_PER_TEAM = 1500;

/** Deterministic pseudo-random numbers, so every run writes the same session. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

main(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veche-bench-file-'));
  const path = join(dir, 'long.veche');
  try {
    const opened = await openEventFile(path, { flushMs: 20 });
    const docs = opened.docs;
    const doc = (rel: string): Y.Doc => {
      let d = docs.get(rel);
      if (!d) {
        d = new Y.Doc();
        docs.set(rel, d);
        d.on('update', (u: Uint8Array) => opened.file.append(rel, u));
      }
      return d;
    };
    opened.file.setDocs(() => docs);
    const rand = rng(8);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const t0 = performance.now();

    const plan = doc('plan');
    initPlan(plan, 'Стратегическая сессия: Каргополь-2030', 'strategy', 'host');
    const cardBoards: BoardId[] = [];
    const trees: BoardId[] = [];
    for (let t = 0; t < TEAMS; t++) {
      const team = addTeam(plan, `Команда ${t + 1}`, '#1a5fb4', 'local');
      for (const kind of ['cards', 'grid'] as const) cardBoards.push(addBoard(plan, { title: `${kind} ${t + 1}`, kind, teamId: team }, 'local'));
      const tree = addBoard(plan, { title: `Дерево проблем ${t + 1}`, kind: 'problem-tree', teamId: team }, 'local');
      initTree(doc(`board/${tree}`), 'problem-tree', 'local', { text: 'Молодёжь уезжает из района' });
      trees.push(tree);
      const passport = addBoard(plan, { title: `Паспорт проекта ${t + 1}`, kind: 'passport', teamId: team }, 'local');
      initPassport(doc(`board/${passport}`), 'local');
    }
    const cardsOn = new Map<BoardId, CardId[]>(cardBoards.map((b) => [b, []]));
    const people = Array.from({ length: PEOPLE }, (_, i) => `p${i}` as PersonId);

    let updates = 0;
    for (let n = 0; n < BOARD_ACTIONS; n++) {
      const r = rand();
      const who = pick(people);
      if (r < 0.75) {
        const board = pick(cardBoards);
        const list = cardsOn.get(board)!;
        const d = doc(`board/${board}`);
        if (r < 0.3 || list.length === 0) list.push(addCard(d, { text: cardText(n), authorId: who, authorName: `Участник ${who}` }, 'local'));
        else if (r < 0.7) editCard(d, pick(list), `${cardText(n)} (уточнено)`, 'local');
        else removeCard(d, list.splice(Math.floor(rand() * list.length), 1)[0]!, 'local');
      } else {
        const d = doc(`board/${pick(trees)}`);
        const nodes = readNodes(d).filter((x) => !x.deleted);
        if (r < 0.88 || nodes.length < 2)
          addNode(
            d,
            { parentId: rand() < 0.3 ? ROOT_ID : pick(nodes).id, kind: rand() < 0.6 ? 'cause' : 'consequence', text: cardText(n).slice(0, 60) },
            'local',
          );
        else editText(d, pick(nodes).id as NodeId, cardText(n).slice(0, 70), 'local');
      }
      updates++;
    }
    for (const b of plan.getMap('boards').keys()) {
      const d = docs.get(`board/${b}`);
      if (!d || d.getMap('meta').get('boardKind') !== 'passport') continue;
      for (let w = 0; w < PASSPORT_WORDS_PER_TEAM; w++) {
        const text = passportText(d, PASSPORT_TEXT_FIELDS[w % PASSPORT_TEXT_FIELDS.length]!);
        d.transact(() => text.insert(text.length, `${pick(['молодёжь', 'район', 'клуб', 'волонтёры', 'грант'])} `), 'local');
        updates++;
      }
    }
    for (let v = 0; v < 3; v++) {
      const items = cardBoards.slice(v * 10, v * 10 + 10).flatMap((b) =>
        cardsOn
          .get(b)!
          .slice(0, 3)
          .map((itemId) => ({ boardId: b, itemId })),
      );
      const voteId = openVote(plan, { title: `Голосование ${v + 1}`, items, perPerson: 5, maxPerItem: 3 }, 'host');
      const vote = readVote(plan, voteId)!;
      for (const p of people) for (let k = 0; k < 5; k++, updates++) castVote(doc(`person/${p}`), vote, pick(items), 1, 'local');
    }
    const writeMs = performance.now() - t0;
    await opened.file.close(); // flushes and compacts, as the host does on shutdown
    const size = statSync(path).size;

    const t1 = performance.now();
    const reopened = await openEventFile(path, { flushMs: 20 });
    const openMs = performance.now() - t1;
    await reopened.file.close();
    log(`fig4: ${updates} updates written in ${(writeMs / 1000).toFixed(1)} s`);
    emit(
      [
        figure({
          figure: 4,
          name: 'long session: file after compaction',
          value: size / 1024 / 1024,
          unit: 'MB',
          target: 10,
          op: '<=',
          note: `${updates} updates`,
        }),
        figure({ figure: 4, name: 'long session: reopen', value: openMs / 1000, unit: 's', target: 1, op: '<=' }),
      ],
      { updates, writeMs, sizeBytes: size, openMs, rooms: reopened.docs.size },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
