import type { BoardInfo, PlanSnapshot } from '@shared/doc/plan';

/**
 * "The shared board" until the strategy-session boards arrive: the host creates one per event
 * (visible to all, written by all). Fall back to the first board so a renamed one still shows.
 */
export function pickSharedBoard(plan: PlanSnapshot): BoardInfo | null {
  return plan.boards.find((b) => b.visibility === 'all' && b.teamId === null && b.writers === 'all') ?? plan.boards[0] ?? null;
}
