import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addRow, passportText, readPassport, readRows, removeRow, setPassportText } from '@shared/doc/passport';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { readTree } from '@shared/doc/tree';
import { asAction, isAction } from '@shared/passport/action';
import { fillFromGoalTree } from '@shared/passport/generate';
import { taskTextOf } from '@shared/passport/model';
import { demoDocs } from './fixture';

describe('fill the passport from the goal tree', () => {
  it('takes the goal from the root, tasks from reworded means, results from ends, the problem side from the problem tree', () => {
    const { problem, goal, passport } = demoDocs();
    const report = fillFromGoalTree(passport, goal, problem, LOCAL_ORIGIN);
    const p = readPassport(passport);
    expect(p.goal).toBe('Молодёжь остаётся в малых городах района и возвращается после учёбы');
    expect(p.problem).toBe('Отток молодёжи из малых городов района');
    expect(p.causes).toContain('— Нет работы по специальности');
    expect(p.causes).toContain('    — Мало предприятий, малый бизнес не растёт');
    expect(p.consequences).toContain('— Старение населения');
    expect(p.qualitativeResults).toContain('— Ремёсла и традиции передаются молодым');
    // "После школы негде учиться" has no goal wording yet: a problem is not a task.
    // Goal nodes are states; tasks are actions: the hint (the problem mirrored) stands in where the state cannot be turned round.
    expect(p.tasks.map((t) => t.text)).toEqual([
      'Решить проблему: нет работы по специальности',
      'Решить проблему: низкие зарплаты',
      'Решить проблему: мало досуга и мест для встреч',
      'Решить проблему: слабая транспортная связь',
      'Решить проблему: молодёжь не участвует в решениях',
      'Решить проблему: нет доступного жилья для молодых семей',
    ]);
    for (const t of p.tasks) expect(isAction(t.text)).toBe(true);
    // One row per worded sub-means, or the task itself when it has none; every row tied to its task.
    expect(p.calendar).toHaveLength(9);
    expect(new Set(p.calendar.map((r) => taskTextOf(p, r.taskId)))).toEqual(new Set(p.tasks.map((t) => t.text)));
    expect(p.calendar.map((r) => r.activity)).toContain('Открыть коворкинг «Коммутатор» для встреч, учёбы и проектов');
    expect(p.calendar.map((r) => r.activity)).toContain('Создать молодёжный совет при главе района');
    for (const r of p.calendar) expect(isAction(r.activity)).toBe(true);
    expect(new Set(p.calendar.map((r) => r.activity)).size).toBe(p.calendar.length);
    expect(report).toMatchObject({ tasksAdded: 6, calendarAdded: 9 });
    expect(report.filled.sort()).toEqual(['causes', 'consequences', 'goal', 'problem', 'qualitativeResults']);
    expect(report.unworded).toBeGreaterThan(0);
  });

  it('never overwrites what the team typed, adds only missing rows, and does not bring back a removed one', () => {
    const { problem, goal, passport } = demoDocs();
    setPassportText(passport, 'goal', 'Наша собственная цель', LOCAL_ORIGIN);
    fillFromGoalTree(passport, goal, problem, LOCAL_ORIGIN);
    expect(readPassport(passport).goal).toBe('Наша собственная цель');
    const firstTask = readRows(passport, 'tasks')[0]!;
    removeRow(passport, 'tasks', firstTask.id, LOCAL_ORIGIN);
    const again = fillFromGoalTree(passport, goal, problem, LOCAL_ORIGIN);
    expect(again).toMatchObject({ filled: [], tasksAdded: 0, calendarAdded: 0 });
    expect(readRows(passport, 'tasks').map((t) => t.id)).not.toContain(firstTask.id);
  });

  it("without the problem tree, the problem side comes from the goal nodes' source texts", () => {
    const { goal, passport } = demoDocs();
    fillFromGoalTree(passport, goal, null, LOCAL_ORIGIN);
    const p = readPassport(passport);
    expect(p.problem).toBe('Отток молодёжи из малых городов района');
    expect(p.causes).toContain('— Низкие зарплаты');
  });

  it('two laptops filling the same passport at once converge on one set of rows', () => {
    const { problem, goal } = demoDocs();
    const a = new Y.Doc();
    const b = new Y.Doc();
    fillFromGoalTree(a, goal, problem, LOCAL_ORIGIN);
    fillFromGoalTree(b, goal, problem, LOCAL_ORIGIN);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readPassport(a)).toEqual(readPassport(b));
    expect(readPassport(a).tasks).toHaveLength(6);
    // Concurrent first fills of one section: both inserts survive in a Y.Text, so the text may be doubled — check it is at least one copy and identical on both.
    expect(passportText(a, 'goal').toString()).toContain('Молодёжь остаётся');
  });

  it('a second fill adds no row, and a task the team typed by hand is not added again', () => {
    const { problem, goal, passport } = demoDocs();
    addRow(passport, 'tasks', { text: 'Решить проблему: низкие зарплаты' }, LOCAL_ORIGIN);
    fillFromGoalTree(passport, goal, problem, LOCAL_ORIGIN);
    const once = readPassport(passport);
    expect(once.tasks.filter((t) => t.text === 'Решить проблему: низкие зарплаты')).toHaveLength(1);
    expect(fillFromGoalTree(passport, goal, problem, LOCAL_ORIGIN)).toMatchObject({ tasksAdded: 0, calendarAdded: 0 });
    expect(readPassport(passport)).toEqual(once);
  });

  it('words states as actions: infinitives kept, short participles turned round, the hint otherwise', () => {
    expect(asAction('провести школу лидеров', null)).toBe('Провести школу лидеров');
    expect(asAction('Открыт коворкинг «Коммутатор»', 'Нет места')).toBe('Открыть коворкинг «Коммутатор»');
    expect(asAction('Создан молодёжный совет', null)).toBe('Создать молодёжный совет');
    expect(asAction('Обновлён сайт округа', null)).toBe('Обновить сайт округа');
    expect(asAction('Есть работа по специальности', 'Нет работы по специальности')).toBe('Решить проблему: нет работы по специальности');
    expect(asAction('Молодёжь участвует в решениях', null)).toBe('Добиться результата: молодёжь участвует в решениях');
    // A feminine participle would need the accusative ("построить дорогу"): it goes to the hint instead.
    expect(asAction('Построена дорога', 'Плохие дороги')).toBe('Решить проблему: плохие дороги');
    expect(asAction('', 'Нет работы')).toBe('');
  });

  it('an empty goal tree fills nothing', () => {
    const passport = new Y.Doc();
    const goal = new Y.Doc();
    expect(readTree(goal).rootId).toBeNull();
    expect(fillFromGoalTree(passport, goal, null, LOCAL_ORIGIN)).toEqual({ filled: [], tasksAdded: 0, calendarAdded: 0, unworded: 0 });
  });
});
