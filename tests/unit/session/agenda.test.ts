import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { StageId } from '@shared/doc/agenda';
import {
  addStage,
  applyAgendaTemplate,
  createStageBoards,
  editStage,
  endStage,
  moveStage,
  readStage,
  readStages,
  removeStage,
  reopenStage,
  startStage,
} from '@shared/doc/agenda';
import { addTeam, initPlan, readPlan } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { readSession, readTimer, startTimer } from '@shared/doc/session';
import { STRATEGY_AGENDA } from '@shared/session/agenda-template';

const activity = { kind: 'activity', activity: 'discussion' } as const;
const gridMethod = { kind: 'board', boardKind: 'grid', template: 'swot', perTeam: true } as const;

function newPlan() {
  const doc = new Y.Doc();
  initPlan(doc, 'Сессия', 'strategy', LOCAL_ORIGIN);
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('agenda', () => {
  it('adds, edits, reorders and removes stages', () => {
    const doc = newPlan();
    const a = addStage(doc, { title: ' Знакомство ', method: activity, durationMin: 10 }, LOCAL_ORIGIN);
    const b = addStage(doc, { title: 'SWOT', method: gridMethod, durationMin: 30 }, LOCAL_ORIGIN);
    const c = addStage(doc, { title: 'Перерыв', method: { kind: 'activity', activity: 'break' }, durationMin: 15 }, LOCAL_ORIGIN, undefined, 0);
    expect(readStages(doc).map((s) => s.title)).toEqual(['Перерыв', 'Знакомство', 'SWOT']);
    moveStage(doc, c, 99, LOCAL_ORIGIN);
    moveStage(doc, b, 0, LOCAL_ORIGIN);
    expect(readStages(doc).map((s) => s.id)).toEqual([b, a, c]);
    editStage(doc, b, { title: 'Анализ', durationMin: 45.4, method: activity }, LOCAL_ORIGIN);
    expect(readStage(doc, b)).toMatchObject({ title: 'Анализ', durationMin: 45, method: activity, status: 'pending' });
    editStage(doc, b, { durationMin: 100_000 }, LOCAL_ORIGIN);
    expect(readStage(doc, b)!.durationMin).toBe(24 * 60);
    removeStage(doc, a, LOCAL_ORIGIN);
    expect(readStages(doc).map((s) => s.id)).toEqual([b, c]);
  });

  it('starting a stage ends the active one and sets its timer; a second click does not reset it', () => {
    const doc = newPlan();
    const [first, second] = applyAgendaTemplate(doc, STRATEGY_AGENDA, 'ru', LOCAL_ORIGIN) as [StageId, StageId];
    startStage(doc, first, LOCAL_ORIGIN);
    expect(readSession(doc).activeStageId).toBe(first);
    startStage(doc, second, LOCAL_ORIGIN);
    expect(readStage(doc, first)!.status).toBe('done');
    expect(readStage(doc, second)!.status).toBe('active');
    expect(readTimer(doc)).toMatchObject({ stageId: second, state: 'idle', durationMs: 40 * 60_000 });
    startTimer(doc, 1000, LOCAL_ORIGIN);
    startStage(doc, second, LOCAL_ORIGIN);
    expect(readTimer(doc).state).toBe('running');
    expect(readStages(doc).filter((s) => s.status === 'active')).toHaveLength(1);
  });

  it('ending the active stage clears it and ends its timer; reopening makes it pending', () => {
    const doc = newPlan();
    const s = addStage(doc, { title: 'Идеи', method: activity, durationMin: 5 }, LOCAL_ORIGIN);
    startStage(doc, s, LOCAL_ORIGIN);
    startTimer(doc, 0, LOCAL_ORIGIN);
    endStage(doc, s, LOCAL_ORIGIN);
    expect(readSession(doc).activeStageId).toBeNull();
    expect(readTimer(doc).state).toBe('ended');
    expect(readStage(doc, s)!.status).toBe('done');
    reopenStage(doc, s, LOCAL_ORIGIN);
    expect(readStage(doc, s)!.status).toBe('pending');
  });

  it('the strategy template follows the seeds, in the chosen language', () => {
    const ru = newPlan();
    applyAgendaTemplate(ru, STRATEGY_AGENDA, 'ru', LOCAL_ORIGIN);
    const titles = readStages(ru).map((s) => s.title);
    expect(titles).toContain('Образ будущего');
    expect(titles.indexOf('Дерево проблем')).toBeLessThan(titles.indexOf('Дерево целей'));
    expect(titles.at(-1)).toBe('Публичная презентация проектов');
    const en = newPlan();
    applyAgendaTemplate(en, STRATEGY_AGENDA, 'en', LOCAL_ORIGIN);
    expect(readStages(en).map((s) => s.title)).toContain('Image of the future');
    expect(readStages(en).every((s) => s.durationMin > 0)).toBe(true);
  });

  it('reads a stage with junk fields as a harmless activity', () => {
    const doc = newPlan();
    const m = new Y.Map<unknown>();
    m.set('method', 'rocket');
    m.set('durationMin', 'long');
    doc.getMap('stages').set('x', m);
    expect(readStage(doc, 'x')).toMatchObject({ method: { kind: 'activity', activity: 'other' }, durationMin: 0, status: 'pending' });
  });
});

describe('stage boards', () => {
  it('one board per team, team-writable and visible to all; a second click adds nothing', () => {
    const doc = newPlan();
    const t1 = addTeam(doc, 'Каргополь', '#111111', LOCAL_ORIGIN);
    const t2 = addTeam(doc, 'Няндома', '#222222', LOCAL_ORIGIN);
    const s = addStage(doc, { title: 'SWOT', method: gridMethod, durationMin: 30 }, LOCAL_ORIGIN);
    const ids = createStageBoards(doc, s, LOCAL_ORIGIN);
    expect(ids).toHaveLength(2);
    expect(createStageBoards(doc, s, LOCAL_ORIGIN)).toEqual(ids);
    const boards = readPlan(doc).boards.filter((b) => b.stageId === s);
    expect(boards.map((b) => [b.teamId, b.writers, b.visibility, b.kind, b.template])).toEqual([
      [t1, 'team', 'all', 'grid', 'swot'],
      [t2, 'team', 'all', 'grid', 'swot'],
    ]);
    expect(boards[0]!.title).toBe('SWOT — Каргополь');
  });

  it('two facilitators clicking at once on different laptops still make one board per team', () => {
    const a = newPlan();
    addTeam(a, 'A', '#111111', LOCAL_ORIGIN);
    addTeam(a, 'B', '#222222', LOCAL_ORIGIN);
    const s = addStage(a, { title: 'Идеи', method: { kind: 'board', boardKind: 'cards', template: null, perTeam: true }, durationMin: 30 }, LOCAL_ORIGIN);
    const b = new Y.Doc();
    sync(a, b);
    createStageBoards(a, s, LOCAL_ORIGIN);
    createStageBoards(b, s, LOCAL_ORIGIN);
    sync(a, b);
    expect(readPlan(a).boards.filter((x) => x.stageId === s)).toHaveLength(2);
    expect(readPlan(b).boards).toEqual(readPlan(a).boards);
  });

  it('a new team gets its board on the next click; a shared stage gets one board; activities none', () => {
    const doc = newPlan();
    const s = addStage(doc, { title: 'Доска', method: gridMethod, durationMin: 30 }, LOCAL_ORIGIN);
    expect(createStageBoards(doc, s, LOCAL_ORIGIN)).toEqual([]);
    addTeam(doc, 'A', '#111111', LOCAL_ORIGIN);
    expect(createStageBoards(doc, s, LOCAL_ORIGIN)).toHaveLength(1);
    addTeam(doc, 'B', '#222222', LOCAL_ORIGIN);
    expect(createStageBoards(doc, s, LOCAL_ORIGIN)).toHaveLength(2);
    const shared = addStage(doc, { title: 'Общая', method: { ...gridMethod, perTeam: false }, durationMin: 5 }, LOCAL_ORIGIN);
    const [one] = createStageBoards(doc, shared, LOCAL_ORIGIN);
    expect(readPlan(doc).boards.find((b) => b.id === one)).toMatchObject({ teamId: null, writers: 'all', title: 'Общая' });
    const talk = addStage(doc, { title: 'Обсуждение', method: activity, durationMin: 5 }, LOCAL_ORIGIN);
    expect(createStageBoards(doc, talk, LOCAL_ORIGIN)).toEqual([]);
  });
});

describe('a stage that starts its timer', () => {
  it('runs the stage timer from the host time given, in the same step as the stage starts', () => {
    const doc = new Y.Doc();
    initPlan(doc, 'Сессия', 'strategy', LOCAL_ORIGIN);
    const [first] = applyAgendaTemplate(doc, STRATEGY_AGENDA, 'ru', LOCAL_ORIGIN) as [StageId];
    let steps = 0;
    doc.on('update', () => steps++);
    startStage(doc, first, LOCAL_ORIGIN, 1_000_000);
    expect(steps).toBe(1);
    const timer = readTimer(doc);
    expect(timer).toMatchObject({ stageId: first, state: 'running', endsAt: 1_000_000 + timer.durationMs });
    expect(timer.durationMs).toBeGreaterThan(0);
  });
});
