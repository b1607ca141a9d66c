import { useMemo } from 'react';
import type { EventId, PersonId } from '@shared/ids';
import { getIdentity } from '../../collab/identity';
import type { Session } from '../../collab/rooms';
import { facilitatorSession, sessionOf } from '../../collab/session';
import type { TreeBoardMode } from './TreeBoard';

export type TreeSession = { session: Session | null; personId: PersonId | null; facilitator: boolean };

/**
 * Who opens the board. The same session (identity + token) as the page around it, so the room
 * the dispatcher already holds is shared, not opened twice.
 */
export function useTreeSession(eventId: EventId, mode: TreeBoardMode): TreeSession {
  return useMemo(() => {
    if (mode !== 'participant') {
      const co = getIdentity(eventId, 'cofacilitator');
      return { session: facilitatorSession(eventId), personId: co?.personId ?? null, facilitator: true };
    }
    const id = getIdentity(eventId, 'participant') ?? getIdentity(eventId, 'juror');
    return { session: id ? sessionOf(id) : null, personId: id?.personId ?? null, facilitator: false };
  }, [eventId, mode]);
}
