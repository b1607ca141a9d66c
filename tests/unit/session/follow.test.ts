import { describe, expect, it } from 'vitest';
import type { BoardInfo } from '@shared/doc/plan';
import type { SessionState } from '@shared/doc/session';
import type { BoardId, TeamId } from '@shared/ids';
import { followedBoard, pickHolds } from '@shared/session/follow';

const board = (id: string, stageId: string | null, teamId: string | null): BoardInfo => ({
  id: id as BoardId,
  title: id,
  kind: 'cards',
  order: 'a0',
  template: null,
  sourceBoardId: null,
  stageId,
  teamId: teamId as TeamId | null,
  visibility: 'all',
  writers: 'team',
  locked: false,
});
const boards = [board('s1_a', 's1', 'a'), board('s1_b', 's1', 'b'), board('s2_all', 's2', null), board('free', null, null)];
const session = (patch: Partial<SessionState>): SessionState => ({
  activeStageId: null,
  followMe: true,
  shownBoardId: null,
  projector: { boardId: null, mode: 'qr', voteId: null, page: null },
  ...patch,
});

describe('follow me', () => {
  it('does nothing while follow me is off', () => {
    expect(followedBoard(session({ followMe: false, shownBoardId: 'free' as BoardId }), boards, null)).toBeNull();
  });

  it('takes each team to its own copy of the board the facilitator shows', () => {
    const s = session({ shownBoardId: 's1_a' as BoardId });
    expect(followedBoard(s, boards, 'b' as TeamId)).toBe('s1_b');
    expect(followedBoard(s, boards, 'a' as TeamId)).toBe('s1_a');
    expect(followedBoard(s, boards, null)).toBe('s1_a');
    expect(followedBoard(session({ shownBoardId: 'free' as BoardId }), boards, 'b' as TeamId)).toBe('free');
  });

  it("with nothing shown, goes to the active stage's board for the viewer", () => {
    expect(followedBoard(session({ activeStageId: 's1' }), boards, 'b' as TeamId)).toBe('s1_b');
    expect(followedBoard(session({ activeStageId: 's2' }), boards, 'b' as TeamId)).toBe('s2_all');
    expect(followedBoard(session({ activeStageId: 's3' }), boards, 'b' as TeamId)).toBeNull();
    expect(followedBoard(session({ shownBoardId: 'deleted' as BoardId }), boards, null)).toBeNull();
  });
});

describe('a board picked by hand', () => {
  it('holds while its stage runs and gives way when another stage starts', () => {
    const pick = { boardId: 'b2' as BoardId, stageId: 's1' };
    expect(pickHolds(pick, 's1')).toBe(true);
    expect(pickHolds(pick, 's2')).toBe(false);
    expect(pickHolds(pick, null)).toBe(false);
    expect(pickHolds({ boardId: 'b2' as BoardId, stageId: null }, null)).toBe(true);
    expect(pickHolds(null, 's1')).toBe(false);
  });
});
