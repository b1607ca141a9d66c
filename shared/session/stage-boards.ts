import type { Stage } from '../doc/agenda';
import type { BoardInfo, NewBoard, TeamInfo } from '../doc/plan';
import type { BoardId, TeamId } from '../ids';

/**
 * The boards a board stage needs: one per team (writable by that team, visible to all, so the
 * facilitator's gallery and the projector can show any of them), or one shared board.
 *
 * Board ids are derived from (stage, team), so creating them twice — a double click, or two
 * facilitators clicking at once on different laptops — writes the same plan entries instead of
 * adding duplicates.
 */

export type StageBoard = { id: BoardId; board: NewBoard };

const MAX_ID = 64;
const SHARED = 'all';

/** FNV-1a, for ids too long to concatenate; 2 × 32 bits is plenty for a handful of boards per stage. */
function fnv(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function stageBoardId(stageId: string, teamId: TeamId | null): BoardId {
  const plain = `${stageId}_${teamId ?? SHARED}`;
  if (plain.length <= MAX_ID) return plain as BoardId;
  return `s${fnv(plain, 0x811c9dc5)}${fnv(plain, 0x12345678)}` as BoardId;
}

/** Every board the stage should have; activities have none, and a per-team stage needs teams first. */
export function boardsForStage(stage: Stage, teams: readonly TeamInfo[]): StageBoard[] {
  const m = stage.method;
  if (m.kind !== 'board') return [];
  const base = { kind: m.boardKind, template: m.template, stageId: stage.id, visibility: 'all' as const };
  if (!m.perTeam) {
    return [{ id: stageBoardId(stage.id, null), board: { ...base, title: stage.title, teamId: null, writers: 'all' } }];
  }
  return teams.map((t) => ({
    id: stageBoardId(stage.id, t.id),
    board: { ...base, title: `${stage.title} — ${t.name}`, teamId: t.id, writers: 'team' },
  }));
}

/** The ones not yet in the plan (matched by id, and by stage + team for boards made another way). */
export function missingStageBoards(stage: Stage, teams: readonly TeamInfo[], existing: readonly BoardInfo[]): StageBoard[] {
  const have = new Set(existing.map((b) => b.id));
  const haveTeam = new Set(existing.filter((b) => b.stageId === stage.id).map((b) => b.teamId ?? SHARED));
  return boardsForStage(stage, teams).filter((b) => !have.has(b.id) && !haveTeam.has(b.board.teamId ?? SHARED));
}

/**
 * Where a viewer should look when the facilitator shows `boardId`: a team member is taken to their
 * own team's copy of the same stage board, everyone else to the board itself.
 */
export function boardForViewer(boards: readonly BoardInfo[], boardId: BoardId | null, viewerTeamId: TeamId | null): BoardId | null {
  if (boardId === null) return null;
  const shown = boards.find((b) => b.id === boardId);
  if (!shown || shown.stageId === null || viewerTeamId === null || shown.teamId === viewerTeamId) return boardId;
  const own = boards.find((b) => b.stageId === shown.stageId && b.teamId === viewerTeamId);
  return own?.id ?? boardId;
}

/** A stage's boards in plan order, for the facilitator's gallery of all teams' work. */
export const stageGallery = (boards: readonly BoardInfo[], stageId: string): BoardInfo[] => boards.filter((b) => b.stageId === stageId);
