import { describe, expect, it } from 'vitest';
import type { Stage, StageId } from '@shared/doc/agenda';
import type { BoardInfo, TeamInfo } from '@shared/doc/plan';
import type { BoardId, TeamId } from '@shared/ids';
import { ID_PATTERN } from '@shared/ids';
import { boardForViewer, boardsForStage, missingStageBoards, stageBoardId, stageGallery } from '@shared/session/stage-boards';

const stage: Stage = {
  id: 'st1' as StageId,
  title: 'Образ будущего',
  method: { kind: 'board', boardKind: 'grid', template: 'future-by-sphere', perTeam: true },
  durationMin: 30,
  order: 'a0',
  status: 'pending',
};
const teams: TeamInfo[] = [
  { id: 't1' as TeamId, name: 'A', color: '#111', order: 'a0' },
  { id: 't2' as TeamId, name: 'B', color: '#222', order: 'a1' },
];
const board = (id: string, stageId: string | null, teamId: string | null): BoardInfo => ({
  id: id as BoardId,
  title: id,
  kind: 'grid',
  order: 'a0',
  template: null,
  sourceBoardId: null,
  stageId,
  teamId: teamId as TeamId | null,
  visibility: 'all',
  writers: 'team',
  locked: false,
});

describe('boardsForStage', () => {
  it('derives stable, valid ids, hashing ids too long to join', () => {
    expect(stageBoardId('st1', 't1' as TeamId)).toBe('st1_t1');
    expect(stageBoardId('st1', null)).toBe('st1_all');
    const long = stageBoardId('x'.repeat(60), 'y'.repeat(60) as TeamId);
    expect(long).toMatch(ID_PATTERN);
    expect(long).toBe(stageBoardId('x'.repeat(60), 'y'.repeat(60) as TeamId));
    expect(long).not.toBe(stageBoardId('x'.repeat(60), 'z'.repeat(60) as TeamId));
  });

  it('plans one board per team with the stage kind and template', () => {
    expect(boardsForStage(stage, teams)).toEqual([
      {
        id: 'st1_t1',
        board: { kind: 'grid', template: 'future-by-sphere', stageId: 'st1', visibility: 'all', title: 'Образ будущего — A', teamId: 't1', writers: 'team' },
      },
      {
        id: 'st1_t2',
        board: { kind: 'grid', template: 'future-by-sphere', stageId: 'st1', visibility: 'all', title: 'Образ будущего — B', teamId: 't2', writers: 'team' },
      },
    ]);
  });

  it('skips teams that already have a board for the stage, however it was made', () => {
    const missing = missingStageBoards(stage, teams, [board('handmade', 'st1', 't1')]);
    expect(missing.map((m) => m.id)).toEqual(['st1_t2']);
  });
});

describe('boardForViewer', () => {
  const boards = [board('st1_t1', 'st1', 't1'), board('st1_t2', 'st1', 't2'), board('general', null, null)];
  it('takes a team member to their own copy of the shown stage board', () => {
    expect(boardForViewer(boards, 'st1_t1' as BoardId, 't2' as TeamId)).toBe('st1_t2');
    expect(boardForViewer(boards, 'st1_t1' as BoardId, 't1' as TeamId)).toBe('st1_t1');
  });
  it('shows the board itself to people without a team, and for boards outside any stage', () => {
    expect(boardForViewer(boards, 'st1_t1' as BoardId, null)).toBe('st1_t1');
    expect(boardForViewer(boards, 'general' as BoardId, 't2' as TeamId)).toBe('general');
    expect(boardForViewer(boards, null, 't2' as TeamId)).toBeNull();
    expect(stageGallery(boards, 'st1').map((b) => b.id)).toEqual(['st1_t1', 'st1_t2']);
  });
});
