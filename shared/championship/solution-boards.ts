import type * as Y from 'yjs';
import type { BoardKind } from '../doc/plan';
import { addBoard, readPlan } from '../doc/plan';
import type { BoardId, TeamId } from '../ids';
import { stageBoardId } from '../session/stage-boards';
import { readRound, setRoundBoards } from '../doc/championship';
import type { RoundId } from './model';

/**
 * Each team's solution boards for a round: a problem tree, the goal tree that mirrors it, and a project
 * passport — the strategy session's own boards, writable by the team, visible to all (the jury reads
 * them). Ids are derived from (round, kind, team), so creating them twice adds nothing.
 */

const KINDS: readonly { kind: BoardKind; ru: string }[] = [
  { kind: 'problem-tree', ru: 'Дерево проблем' },
  { kind: 'goal-tree', ru: 'Дерево целей' },
  { kind: 'passport', ru: 'Паспорт проекта' },
];

export const solutionBoardId = (roundId: string, kind: BoardKind, teamId: TeamId): BoardId => stageBoardId(`ch-${roundId}-${kind}`, teamId);

export function createSolutionBoards(plan: Y.Doc, roundId: RoundId, origin: unknown): Record<string, TeamId> {
  const boards: Record<string, TeamId> = {};
  plan.transact(() => {
    const round = readRound(plan, roundId);
    if (!round) return;
    const p = readPlan(plan);
    const have = new Set(p.boards.map((b) => b.id));
    const teams = p.teams.filter((t) => round.teamIds.length === 0 || round.teamIds.includes(t.id));
    for (const team of teams) {
      for (const { kind, ru } of KINDS) {
        const id = solutionBoardId(roundId, kind, team.id);
        boards[id] = team.id;
        if (have.has(id)) continue;
        const sourceBoardId = kind === 'goal-tree' ? solutionBoardId(roundId, 'problem-tree', team.id) : null;
        addBoard(plan, { title: `${ru} — ${team.name}`, kind, teamId: team.id, visibility: 'all', writers: 'team', sourceBoardId }, origin, id);
      }
    }
    setRoundBoards(plan, roundId, { ...round.boards, ...boards }, origin);
  }, origin);
  return boards;
}
