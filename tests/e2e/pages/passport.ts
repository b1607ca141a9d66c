import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { buildDemoTrees } from '../../../electron/host/demo/trees';
import { addRow, initPassport, readRows, setPassportText, setPassportValue, setRowText, setRowValue } from '@shared/doc/passport';
import { addBoard } from '@shared/doc/plan';
import { fillFromGoalTree } from '@shared/passport/generate';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { BoardId, TeamId } from '@shared/ids';
import type { TestHost } from '../support/host-process';
import { openRoom } from './tree-doc';

/** The passport board on any screen. */
export class PassportPage {
  constructor(readonly page: Page) {}

  get board(): Locator {
    return this.page.getByTestId('passport.board');
  }

  field(name: string): Locator {
    return this.page.getByTestId(`passport.field.${name}`);
  }

  rows(list: string): Locator {
    return this.page.getByTestId(`passport.row.${list}`);
  }

  /** Types at the end of a section, as a person would, keystroke by keystroke. */
  async typeAtEnd(name: string, text: string): Promise<void> {
    const f = this.field(name);
    await f.click();
    await f.press('End');
    await f.pressSequentially(text);
  }

  async fillFromGoalTree(): Promise<void> {
    await expect(this.page.getByTestId('passport.fill')).toBeEnabled();
    await this.page.getByTestId('passport.fill').click();
    await expect(this.page.getByTestId('passport.fill-report')).toBeVisible();
  }
}

/**
 * A team's problem tree, goal tree (the demo's, from the seeds) and passport, written as an
 * independent client would: the console has no "add passport" entry of its own yet.
 */
export async function seedTeamPassport(host: TestHost, eventId: string, teamId: TeamId): Promise<{ passportId: BoardId; goalId: BoardId; problemId: BoardId }> {
  const plan = await openRoom(host, `${eventId}/plan`);
  const common = { teamId, writers: 'team' as const, visibility: 'all' as const };
  const problemId = addBoard(plan.doc, { ...common, title: 'Дерево проблем', kind: 'problem-tree' }, LOCAL_ORIGIN);
  const goalId = addBoard(plan.doc, { ...common, title: 'Дерево целей', kind: 'goal-tree', sourceBoardId: problemId }, LOCAL_ORIGIN);
  const passportId = addBoard(plan.doc, { ...common, title: 'Паспорт проекта', kind: 'passport', sourceBoardId: goalId }, LOCAL_ORIGIN);
  const problem = await openRoom(host, `${eventId}/board/${problemId}`);
  const goal = await openRoom(host, `${eventId}/board/${goalId}`);
  buildDemoTrees(problem.doc, goal.doc, LOCAL_ORIGIN);
  await Promise.all([plan.close(), problem.close(), goal.close()]);
  return { passportId, goalId, problemId };
}

/** Fills the passport as a team would after the goal tree stage (seeds 002/003), with one plan row out of the project dates. */
export async function fillPassportContent(host: TestHost, eventId: string, passportId: BoardId, goalId: BoardId, problemId: BoardId): Promise<void> {
  const [passport, goal, problem] = await Promise.all([
    openRoom(host, `${eventId}/board/${passportId}`),
    openRoom(host, `${eventId}/board/${goalId}`),
    openRoom(host, `${eventId}/board/${problemId}`),
  ]);
  const doc = passport.doc;
  const o = LOCAL_ORIGIN;
  initPassport(doc, o);
  fillFromGoalTree(doc, goal.doc, problem.doc, o);
  setPassportText(doc, 'name', 'ПРОЕКТируем будущее малых территорий', o);
  setPassportText(
    doc,
    'summary',
    'Вовлечение жителей и местных сообществ в развитие Каргопольского, Няндомского и Плесецкого районов: стратегические сессии, школа проектов, коворкинг «Коммутатор».',
    o,
  );
  setPassportText(doc, 'geography', 'Каргопольский, Няндомский и Плесецкий районы Архангельской области', o);
  setPassportValue(doc, 'dateStart', '2019-07-01', o);
  setPassportValue(doc, 'dateEnd', '2020-06-30', o);
  setPassportValue(doc, 'scale', 'regional', o);
  addRow(doc, 'groups', { name: 'Молодёжь 14–35 лет', description: 'Жители трёх районов' }, o);
  addRow(doc, 'quantitative', { indicator: 'Участники стратегических сессий и модулей', baseline: 0, target: 600, unit: 'человек' }, o);
  addRow(doc, 'team', { name: 'Забалдина Екатерина Александровна', role: 'Руководитель проекта' }, o);
  addRow(doc, 'partners', { name: 'Администрация Каргопольского округа', supportType: 'Помещение, информационная поддержка' }, o);
  readRows(doc, 'calendar').forEach((r, i) => {
    setRowValue(doc, 'calendar', r.id, 'start', i === 1 ? '2019-05-01' : '2019-09-01', o);
    setRowValue(doc, 'calendar', r.id, 'end', '2020-05-31', o);
    setRowText(doc, 'calendar', r.id, 'responsible', 'Иванова Мария', o);
  });
  await Promise.all([passport.close(), goal.close(), problem.close()]);
}
