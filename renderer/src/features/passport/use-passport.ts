import { useEffect, useMemo } from 'react';
import type * as Y from 'yjs';
import { initPassport, isPassportDoc, readPassport } from '@shared/doc/passport';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventId, PersonId } from '@shared/ids';
import type { PassportSnapshot } from '@shared/passport/model';
import { emptyPassport } from '@shared/passport/model';
import type { FieldProblem } from '@shared/passport/validate';
import { validatePassport } from '@shared/passport/validate';
import { useDocValue, useRoomState } from '../../collab/hooks';
import { getIdentity } from '../../collab/identity';
import type { Room, Session } from '../../collab/rooms';
import { facilitatorSession, sessionOf } from '../../collab/session';
import type { PassportBoardMode } from './PassportBoard';

export type PassportSession = { session: Session | null; personId: PersonId | null };

/**
 * Who opens the passport: the same session (identity + token) as the page around it, so the board
 * room the page may already hold is shared rather than opened twice.
 */
export function usePassportSession(eventId: EventId, mode: PassportBoardMode): PassportSession {
  return useMemo(() => {
    if (mode !== 'participant') {
      const co = getIdentity(eventId, 'cofacilitator');
      return { session: facilitatorSession(eventId), personId: co?.personId ?? null };
    }
    const id = getIdentity(eventId, 'participant') ?? getIdentity(eventId, 'juror');
    return { session: id ? sessionOf(id) : null, personId: id?.personId ?? null };
  }, [eventId, mode]);
}

const EMPTY = emptyPassport();

export function usePassport(room: Room | null): PassportSnapshot {
  const { ready } = useRoomState(room);
  return useDocValue(ready && room ? room.doc : null, readPassport, EMPTY);
}

/** Validation problems, recomputed only when the passport changes. */
export function useProblems(p: PassportSnapshot): FieldProblem[] {
  return useMemo(() => validatePassport(p), [p]);
}

/**
 * Writes the passport's meta once the room is synced (or, offline, once its cache is loaded and the
 * doc still has no meta): initMeta only fills missing keys, so two writers initialising converge.
 */
export function usePassportInit(room: Room | null, writable: boolean): void {
  const state = useRoomState(room);
  const doc: Y.Doc | null = room?.doc ?? null;
  useEffect(() => {
    if (!doc || !writable || !state.ready || (!state.synced && state.status === 'connecting')) return;
    if (!isPassportDoc(doc)) initPassport(doc, LOCAL_ORIGIN);
  }, [doc, writable, state.ready, state.synced, state.status]);
}
