import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { passportText, readPassport, readRows, removeRow, setPassportText } from '@shared/doc/passport';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { readTree } from '@shared/doc/tree';
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
    expect(p.tasks.map((t) => t.text)).toEqual([
      'Есть работа по специальностям, востребованным молодёжью',
      'Молодые специалисты получают достойную зарплату',
      'У молодёжи есть интересный досуг и места для встреч',
      'Удобная транспортная связь с райцентром и Архангельском',
      'Молодёжь участвует в решениях о развитии района',
      'Молодые семьи получают жильё по районной программе',
    ]);
    expect(p.calendar).toHaveLength(6);
    expect(p.calendar.map((r) => taskTextOf(p, r.taskId))).toEqual(p.tasks.map((t) => t.text));
    expect(p.calendar[2]!.activity).toBe(
      'Дом культуры вместе с молодёжью обновил программу и форматы; Открыт коворкинг «Коммутатор» для встреч, учёбы и проектов',
    );
    expect(report).toMatchObject({ tasksAdded: 6, calendarAdded: 6 });
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

  it('an empty goal tree fills nothing', () => {
    const passport = new Y.Doc();
    const goal = new Y.Doc();
    expect(readTree(goal).rootId).toBeNull();
    expect(fillFromGoalTree(passport, goal, null, LOCAL_ORIGIN)).toEqual({ filled: [], tasksAdded: 0, calendarAdded: 0, unworded: 0 });
  });
});
