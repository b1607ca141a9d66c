import { describe, expect, it } from 'vitest';
import type { StageMethod } from '@shared/doc/agenda';
import type { BoardInfo, PlanSnapshot } from '@shared/doc/plan';
import type { SessionState } from '@shared/doc/session';
import type { BoardId, TeamId } from '@shared/ids';
import { METHOD_VALUES, methodToValue, valueToMethod } from '../../../renderer/src/features/agenda/method-options';
import { canWriteBoard, visibleBoards } from '../../../renderer/src/features/board/board-access';
import { defaultBoard } from '../../../renderer/src/features/participant/default-board';

const board = (id: string, patch: Partial<BoardInfo> = {}): BoardInfo => ({
  id: id as BoardId,
  title: id,
  kind: 'cards',
  order: 'a0',
  template: null,
  sourceBoardId: null,
  stageId: null,
  teamId: null,
  visibility: 'all',
  writers: 'all',
  locked: false,
  ...patch,
});
const T1 = 't1' as TeamId;
const T2 = 't2' as TeamId;
const participant = (teamId: TeamId | null) => ({ personId: null, name: 'A', facilitator: false, teamId });
const facilitator = { personId: null, name: 'F', facilitator: true, teamId: null };

describe('stage method select values', () => {
  it('every value offered round-trips to the same value', () => {
    for (const v of METHOD_VALUES) expect(methodToValue(valueToMethod(v, true))).toBe(v);
  });

  it('keeps the per-team choice on board methods and drops it on activities', () => {
    expect(valueToMethod('grid:swot', false)).toEqual({ kind: 'board', boardKind: 'grid', template: 'swot', perTeam: false });
    expect(valueToMethod('activity:break', true)).toEqual({ kind: 'activity', activity: 'break' });
  });

  it('an unknown value becomes a plain card board instead of breaking the form', () => {
    expect(valueToMethod('grid:nonsense', true)).toEqual({ kind: 'board', boardKind: 'cards', template: null, perTeam: true });
    const m: StageMethod = { kind: 'board', boardKind: 'grid', template: null, perTeam: true };
    expect(methodToValue(m)).toBe(`grid:${METHOD_VALUES[0]!.slice('grid:'.length)}`);
  });
});

describe('what the UI offers on a board', () => {
  it('a locked board is read-only for participants and still writable for facilitators', () => {
    const b = board('b', { locked: true });
    expect(canWriteBoard(b, participant(null))).toBe(false);
    expect(canWriteBoard(b, facilitator)).toBe(true);
  });

  it('a team board is written by its team only; other teams read it', () => {
    const b = board('b', { teamId: T1, writers: 'team' });
    expect(canWriteBoard(b, participant(T1))).toBe(true);
    expect(canWriteBoard(b, participant(T2))).toBe(false);
    expect(canWriteBoard(board('f', { writers: 'facilitators' }), participant(T1))).toBe(false);
  });

  it("participants do not see other teams' team-only boards", () => {
    const boards = [board('a'), board('mine', { teamId: T1, visibility: 'team' }), board('theirs', { teamId: T2, visibility: 'team' })];
    expect(visibleBoards(boards, participant(T1)).map((b) => b.id)).toEqual(['a', 'mine']);
    expect(visibleBoards(boards, facilitator)).toHaveLength(3);
  });
});

describe("a participant's board when follow me is off", () => {
  const live: SessionState = { activeStageId: 's1', followMe: false, shownBoardId: null, projector: { boardId: null, mode: 'qr', voteId: null, page: null } };
  const plan = (boards: BoardInfo[]): PlanSnapshot => ({ title: '', format: 'strategy', groups: [], showAuthors: true, teams: [], boards, people: [] });

  it("is their team's copy of the running stage", () => {
    const boards = [board('shared'), board('s1_t1', { stageId: 's1', teamId: T1 }), board('s1_t2', { stageId: 's1', teamId: T2 })];
    expect(defaultBoard(plan(boards), live, T2)).toBe('s1_t2');
  });

  it('falls back to the shared board when the stage has none', () => {
    expect(defaultBoard(plan([board('shared')]), live, T1)).toBe('shared');
    expect(defaultBoard(plan([]), { ...live, activeStageId: null }, null)).toBeNull();
  });
});
