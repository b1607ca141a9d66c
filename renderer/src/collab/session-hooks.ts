import type { Stage } from '@shared/doc/agenda';
import { readStages } from '@shared/doc/agenda';
import type { SessionState, TimerState } from '@shared/doc/session';
import { readSession, readTimer } from '@shared/doc/session';
import { useDocValue, useRoomState } from './hooks';
import type { Room } from './rooms';

/** Hooks on the plan room's session parts: agenda, what is shown, the timer. */

const NO_STAGES: Stage[] = [];
const NO_SESSION: SessionState = {
  activeStageId: null,
  followMe: false,
  shownBoardId: null,
  projector: { boardId: null, mode: 'qr', voteId: null, page: null },
};
const NO_TIMER: TimerState = { stageId: null, state: 'idle', endsAt: null, remainingMs: null, durationMs: 0 };

export function useStages(plan: Room | null): Stage[] {
  const { ready } = useRoomState(plan);
  return useDocValue(ready && plan ? plan.doc : null, readStages, NO_STAGES);
}

export function useSession(plan: Room | null): SessionState {
  const { ready } = useRoomState(plan);
  return useDocValue(ready && plan ? plan.doc : null, readSession, NO_SESSION);
}

export function useTimer(plan: Room | null): TimerState {
  const { ready } = useRoomState(plan);
  return useDocValue(ready && plan ? plan.doc : null, readTimer, NO_TIMER);
}
