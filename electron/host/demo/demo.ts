import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addCard, initBoard } from '@shared/doc/board';
import { readStages } from '@shared/doc/agenda';
import { writeEventMeta } from '@shared/doc/event-meta';
import { addBoard, addTeam, upsertPerson } from '@shared/doc/plan';
import type { BoardKind } from '@shared/doc/plan';
import { HOST_ORIGIN, initMeta } from '@shared/doc/schema';
import type { PersonId, TeamId } from '@shared/ids';
import { newId } from '@shared/ids';
import { teamColor } from '@shared/session/teams';
import { hashToken, newToken } from '../auth/tokens';
import type { EventLibrary } from '../events/library';
import { HOST_ROOM, writeHostPerson } from '../events/host-doc';
import type { DemoEvent } from './content';
import { DEMO_EVENTS } from './content';
import { buildDemoChampionship } from './championship';
import { buildDemoPassport } from './passport';
import { buildDemoPosters } from './posters';
import { buildDemoSession } from './session';
import { buildDemoTrees } from './trees';
import { buildDemoVote } from './votes';

type Docs = Map<string, Y.Doc>;
const docAt = (docs: Docs, rel: string) => docs.get(rel) ?? docs.set(rel, new Y.Doc()).get(rel)!;

function addTeams(docs: Docs, names: readonly string[]): Map<string, TeamId> {
  const teams = new Map<string, TeamId>();
  names.forEach((name, i) => teams.set(name, addTeam(docAt(docs, 'plan'), name, teamColor(i), HOST_ORIGIN)));
  return teams;
}

/** Card boards straight from the content table (posters, championship). */
function addContentBoards(docs: Docs, demo: DemoEvent, teams: Map<string, TeamId>): void {
  for (const b of demo.boards) {
    const teamId = b.team ? (teams.get(b.team) ?? null) : null;
    const id = addBoard(docAt(docs, 'plan'), { title: b.title, teamId, writers: b.writers ?? 'all' }, HOST_ORIGIN);
    const board = docAt(docs, `board/${id}`);
    initBoard(board, HOST_ORIGIN);
    for (const text of b.cards) addCard(board, { text, authorId: null, authorName: 'Модератор' }, HOST_ORIGIN);
  }
}

/** Demo people cannot log in: their token is made and thrown away, only its hash is kept. */
function personAdder(docs: Docs) {
  return (name: string, group: string): PersonId => {
    const person = { id: newId<PersonId>(), name, group, teamId: null, role: 'participant' as const, joinedAt: Date.now() };
    writeHostPerson(docAt(docs, HOST_ROOM), { ...person, tokenHash: hashToken(newToken()) });
    upsertPerson(docAt(docs, 'plan'), person, HOST_ORIGIN);
    initMeta(docAt(docs, `person/${person.id}`), 'person', HOST_ORIGIN, { personId: person.id });
    return person.id;
  };
}

/** The Kargopol / Nyandoma / Plesetsk session: agenda and timer, grids, a problem tree, its goal tree, a team's passport, a closed vote. */
function buildStrategy(docs: Docs, demo: DemoEvent): void {
  const plan = docAt(docs, 'plan');
  const teams = addTeams(docs, demo.teams);
  buildDemoSession(docs, { teams: [...teams.values()] });
  const stageOf = (kind: BoardKind) => readStages(plan).find((s) => s.method.kind === 'board' && s.method.boardKind === kind)?.id ?? null;
  const problemId = addBoard(plan, { title: 'Дерево проблем: отток молодёжи', kind: 'problem-tree', stageId: stageOf('problem-tree') }, HOST_ORIGIN);
  const goalId = addBoard(
    plan,
    { title: 'Дерево целей: молодёжь остаётся в районе', kind: 'goal-tree', sourceBoardId: problemId, stageId: stageOf('goal-tree') },
    HOST_ORIGIN,
  );
  buildDemoTrees(docAt(docs, `board/${problemId}`), docAt(docs, `board/${goalId}`), HOST_ORIGIN);
  const kargopol = teams.get(demo.teams[0]!) ?? null;
  const passportId = addBoard(
    plan,
    {
      title: 'Паспорт проекта: коворкинг «Коммутатор»',
      kind: 'passport',
      teamId: kargopol,
      writers: 'team',
      sourceBoardId: goalId,
      stageId: stageOf('passport'),
    },
    HOST_ORIGIN,
  );
  buildDemoPassport(docAt(docs, `board/${passportId}`), docAt(docs, `board/${goalId}`), docAt(docs, `board/${problemId}`));
  buildDemoVote(docs, personAdder(docs));
}

function build(demo: DemoEvent, docs: Docs): void {
  writeEventMeta(docAt(docs, 'plan'), demo.meta, HOST_ORIGIN);
  if (demo.format === 'strategy') return buildStrategy(docs, demo);
  if (demo.format === 'championship') return buildDemoChampionship(docs, [...addTeams(docs, demo.teams).values()]);
  addContentBoards(docs, demo, addTeams(docs, demo.teams));
  if (demo.format === 'posters') buildDemoPosters(docs);
}

/** Creates the demo events once per data folder; `demo.json` remembers that it was done. */
export async function createDemoEvents(library: EventLibrary, dataDir: string, log: (level: 'info' | 'warn' | 'error', msg: string) => void): Promise<void> {
  const marker = join(dataDir, 'demo.json');
  const done = await readFile(marker, 'utf8').catch(() => null);
  if (done !== null) return;
  const created: Record<string, string> = {};
  for (const demo of DEMO_EVENTS) {
    const { id } = await library.create(demo.title, demo.format, (docs) => build(demo, docs));
    created[demo.key] = id;
    log('info', `demo event created: ${demo.title}`);
  }
  await writeFile(marker, JSON.stringify({ created }, null, 2) + '\n');
}
