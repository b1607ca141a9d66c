import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addCard, initBoard } from '../../../shared/doc/board';
import { addBoard, addTeam } from '../../../shared/doc/plan';
import { HOST_ORIGIN } from '../../../shared/doc/schema';
import type { TeamId } from '../../../shared/ids';
import type { EventLibrary } from '../events/library';
import type { DemoEvent } from './content';
import { DEMO_EVENTS } from './content';

const TEAM_COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf'];

function build(demo: DemoEvent, docs: Map<string, Y.Doc>, newDoc: (rel: string) => Y.Doc): void {
  const plan = docs.get('plan')!;
  const teams = new Map<string, TeamId>();
  demo.teams.forEach((name, i) => teams.set(name, addTeam(plan, name, TEAM_COLORS[i % TEAM_COLORS.length]!, HOST_ORIGIN)));
  for (const b of demo.boards) {
    const teamId = b.team ? (teams.get(b.team) ?? null) : null;
    const id = addBoard(plan, { title: b.title, teamId, writers: b.writers ?? 'all' }, HOST_ORIGIN);
    const board = newDoc(`board/${id}`);
    initBoard(board, HOST_ORIGIN);
    for (const text of b.cards) addCard(board, { text, authorId: null, authorName: 'Модератор' }, HOST_ORIGIN);
  }
}

/** Creates the demo events once per data folder; `demo.json` remembers that it was done. */
export async function createDemoEvents(
  library: EventLibrary,
  dataDir: string,
  log: (level: 'info' | 'warn' | 'error', msg: string) => void,
): Promise<void> {
  const marker = join(dataDir, 'demo.json');
  const done = await readFile(marker, 'utf8').catch(() => null);
  if (done !== null) return;
  const created: Record<string, string> = {};
  for (const demo of DEMO_EVENTS) {
    const { id } = await library.create(demo.title, demo.format, (docs) =>
      build(demo, docs, (rel) => docs.set(rel, new Y.Doc()).get(rel)!),
    );
    created[demo.key] = id;
    log('info', `demo event created: ${demo.title}`);
  }
  await writeFile(marker, JSON.stringify({ created }, null, 2) + '\n');
}
