import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildDemoSession } from '../../../electron/host/demo/session';
import { createStageBoards, readStages } from '@shared/doc/agenda';
import { gridCells, readGridCards, readGridLayout } from '@shared/doc/grid';
import { addTeam, initPlan, readPlan } from '@shared/doc/plan';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { readSession, readTimer, timerRemaining } from '@shared/doc/session';

function demoDocs() {
  const docs = new Map<string, Y.Doc>();
  const plan = new Y.Doc();
  initPlan(plan, 'ПРОЕКТируем будущее малых территорий', 'strategy', HOST_ORIGIN);
  docs.set('plan', plan);
  return docs;
}

describe('demo session', () => {
  it("holds the seeds' agenda with the problems stage running and two filled grids", () => {
    const docs = demoDocs();
    const now = 1_800_000_000_000;
    const out = buildDemoSession(docs, { now });
    const plan = docs.get('plan')!;
    const stages = readStages(plan);
    expect(stages.length).toBeGreaterThanOrEqual(8);
    expect(stages.filter((s) => s.status === 'active').map((s) => s.id)).toEqual([out.activeStageId]);
    expect(readSession(plan)).toMatchObject({ activeStageId: out.activeStageId, followMe: true, shownBoardId: out.problemsBoardId });
    expect(readTimer(plan).state).toBe('running');
    expect(timerRemaining(readTimer(plan), now)).toBe(28 * 60_000);

    for (const [boardId, template] of [
      [out.problemsBoardId, 'problems-growth-advantages'],
      [out.futureBoardId, 'future-by-sphere'],
    ] as const) {
      expect(readPlan(plan).boards.find((b) => b.id === boardId)).toMatchObject({ kind: 'grid', template });
      const doc = docs.get(`board/${boardId}`)!;
      const { cells, unplaced } = gridCells(readGridLayout(doc, template, 'ru'), readGridCards(doc));
      expect(unplaced).toEqual([]);
      for (const cards of cells.values()) expect(cards.length).toBeGreaterThanOrEqual(2);
    }
    // The demo's boards are the ones the console's "create boards" would make: no duplicates later.
    expect(createStageBoards(plan, out.activeStageId, HOST_ORIGIN)).toEqual([out.problemsBoardId]);
  });

  it('gives each demo team its own project-ideas board when teams are passed', () => {
    const docs = demoDocs();
    const plan = docs.get('plan')!;
    const teams = ['Каргопольский район', 'Няндомский район'].map((n, i) => addTeam(plan, n, `#00000${i}`, HOST_ORIGIN));
    const out = buildDemoSession(docs, { teams });
    expect(out.ideaBoardIds).toHaveLength(2);
    for (const id of out.ideaBoardIds) expect(docs.get(`board/${id}`)?.getMap('meta').get('kind')).toBe('board');
  });
});
