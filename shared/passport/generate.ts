import type * as Y from 'yjs';
import { addRow, hasRow, passportText, readRows, setPassportText } from '../doc/passport';
import { readTree } from '../doc/tree';
import type { Branch, NodeId, ResolvedNode, ResolvedTree } from '../tree/types';
import { asAction } from './action';
import type { PassportTextField, RowId } from './model';

/**
 * "Fill from goal tree": the passport's logic comes out of the team's trees (docs/architecture.md) — goal from
 * the goal tree's root, tasks from its means, qualitative results from its ends; the problem, its
 * causes and its consequences from the problem tree. What the team has typed is never overwritten:
 * a section is filled only while empty, and table rows get ids derived from their goal node
 * (`t-<node>`, `c-<node>`), so pressing the button again (or on two laptops at once) adds only what
 * is missing and never re-adds a row the team removed. Tasks and activities are written as actions
 * ("Открыть коворкинг…"), not as the goal tree's states (action.ts).
 */
export type FillReport = {
  /** Sections that were empty and got text. */
  filled: PassportTextField[];
  tasksAdded: number;
  calendarAdded: number;
  /** Means and ends the team has not reworded yet: left out, a problem is not a task or a result. */
  unworded: number;
};

export const taskRowIdOf = (node: NodeId) => `t-${node}` as RowId;
export const calendarRowIdOf = (node: NodeId) => `c-${node}` as RowId;

/** The team's wording of a goal node ('' while it only shows its source problem as a hint). */
const goalText = (n: ResolvedNode): string => n.text.trim();

export function fillFromGoalTree(passport: Y.Doc, goalDoc: Y.Doc, problemDoc: Y.Doc | null, origin: unknown): FillReport {
  const goal = readTree(goalDoc);
  const problem = problemDoc ? readTree(problemDoc) : null;
  const report: FillReport = { filled: [], tasksAdded: 0, calendarAdded: 0, unworded: 0 };
  if (goal.rootId === null) return report;
  const root = goal.nodes.get(goal.rootId)!;
  passport.transact(() => {
    const sections: [PassportTextField, string][] = [
      // The goal is the one place a source wording is better than nothing: "solve <the problem>".
      ['goal', goalText(root) || (root.sourceText ?? '').trim()],
      ['problem', problem?.rootId ? problem.nodes.get(problem.rootId)!.text.trim() : (root.sourceText ?? '').trim()],
      ['causes', problem ? outline(problem, 'below', (n) => n.text.trim()) : outline(goal, 'below', (n) => (n.sourceText ?? '').trim())],
      ['consequences', problem ? outline(problem, 'above', (n) => n.text.trim()) : outline(goal, 'above', (n) => (n.sourceText ?? '').trim())],
      ['qualitativeResults', outline(goal, 'above', goalText)],
    ];
    for (const [field, text] of sections) {
      if (text === '' || passportText(passport, field).toString().trim() !== '') continue;
      setPassportText(passport, field, text, origin);
      report.filled.push(field);
    }
    addTasks(passport, goal, report, origin);
  }, origin);
  report.unworded = goal.flat.filter((id) => id !== goal.rootId && goalText(goal.nodes.get(id)!) === '').length;
  return report;
}

/**
 * One task per first-level means, worded as an action (action.ts); one calendar row per worded
 * sub-means (its activity, also an action), or one row with the task itself when it has none.
 * Never a second row for the same node (derived ids) nor for a text the team already has.
 */
function addTasks(passport: Y.Doc, goal: ResolvedTree, report: FillReport, origin: unknown): void {
  const norm = (s: string) => s.trim().toLocaleLowerCase('ru').replace(/\s+/g, ' ');
  const taskTexts = new Set(readRows(passport, 'tasks').map((t) => norm(t.text)));
  for (const id of firstLevel(goal, 'below')) {
    const node = goal.nodes.get(id)!;
    const text = asAction(goalText(node), node.sourceText);
    if (goalText(node) === '') continue;
    const taskId = taskRowIdOf(id);
    if (!hasRow(passport, 'tasks', taskId) && !taskTexts.has(norm(text)) && addRow(passport, 'tasks', { text }, origin, { id: taskId })) {
      report.tasksAdded++;
      taskTexts.add(norm(text));
    }
    if (!readRows(passport, 'tasks').some((t) => t.id === taskId)) continue;
    // A passport filled before activities had a row each holds one row for the whole task: keep it.
    if (hasRow(passport, 'calendar', calendarRowIdOf(id))) continue;
    const activities = (goal.children.get(id) ?? [])
      .map((c) => ({ id: c, text: asAction(goalText(goal.nodes.get(c)!), goal.nodes.get(c)!.sourceText) }))
      .filter((a) => goalText(goal.nodes.get(a.id)!) !== '');
    const rows = activities.length > 0 ? activities : [{ id, text }];
    const have = new Set(
      readRows(passport, 'calendar')
        .filter((r) => r.taskId === taskId)
        .map((r) => norm(r.activity)),
    );
    for (const a of rows) {
      const rowId = calendarRowIdOf(a.id);
      if (hasRow(passport, 'calendar', rowId) || have.has(norm(a.text))) continue;
      if (addRow(passport, 'calendar', { taskId, activity: a.text }, origin, { id: rowId })) report.calendarAdded++;
      have.add(norm(a.text));
    }
  }
}

/** The root's children on one side, in sibling order. */
function firstLevel(tree: ResolvedTree, side: Branch): NodeId[] {
  if (tree.rootId === null) return [];
  return (tree.children.get(tree.rootId) ?? []).filter((id) => tree.nodes.get(id)!.side === side);
}

/** A side of a tree as a dashed list, sub-points indented, nodes without text skipped. */
function outline(tree: ResolvedTree, side: Branch, textOf: (n: ResolvedNode) => string): string {
  const lines: string[] = [];
  const walk = (id: NodeId, depth: number) => {
    const text = textOf(tree.nodes.get(id)!);
    if (text !== '') lines.push(`${'    '.repeat(depth)}— ${text}`);
    for (const c of tree.children.get(id) ?? []) walk(c, text !== '' ? depth + 1 : depth);
  };
  for (const id of firstLevel(tree, side)) walk(id, 0);
  return lines.join('\n');
}
