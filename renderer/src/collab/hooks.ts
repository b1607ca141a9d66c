import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { Card } from '@shared/doc/board';
import { readCards } from '@shared/doc/board';
import type { PlanSnapshot } from '@shared/doc/plan';
import { readPlan } from '@shared/doc/plan';
import type { Room, RoomState, Session } from './rooms';
import { acquireRoom } from './rooms';

/** The room for `name` while the component is mounted (null until a session and name are known). */
export function useRoom(session: Session | null, name: string | null): Room | null {
  const [room, setRoom] = useState<Room | null>(null);
  const token = session?.token;
  const identity = session?.identity;
  useEffect(() => {
    if (!token || !identity || !name) return;
    const { room: r, release } = acquireRoom({ token, identity }, name);
    setRoom(r);
    return () => {
      setRoom(null);
      release();
    };
  }, [token, identity, name]);
  return room;
}

const NOT_READY: RoomState = { ready: false, status: 'connecting', synced: false, denied: null };
const noSubscribe = () => () => {};

export function useRoomState(room: Room | null): RoomState {
  return useSyncExternalStore(room?.subscribe ?? noSubscribe, room?.getState ?? (() => NOT_READY));
}

/**
 * A derived value of a doc, recomputed after each change (not on each render). The snapshot object
 * is stable between changes, which useSyncExternalStore requires.
 */
export function useDocValue<T>(doc: Y.Doc | null, read: (doc: Y.Doc) => T, fallback: T, key = ''): T {
  const store = useMemo(() => {
    if (!doc) return null;
    let value = read(doc);
    return {
      get: () => value,
      subscribe(fn: () => void) {
        const onUpdate = () => {
          value = read(doc);
          fn();
        };
        doc.on('update', onUpdate);
        // The doc may have changed between render and subscribe.
        onUpdate();
        return () => doc.off('update', onUpdate);
      },
    };
    // `read` is a module-level accessor or closes over what `key` names (a vote id, a board id):
    // keying the store on doc + key, not on `read`, is intended.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on doc + key, as said above
  }, [doc, key]);
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.get ?? (() => fallback));
}

const EMPTY_PLAN: PlanSnapshot = { title: '', format: 'strategy', groups: [], showAuthors: true, teams: [], boards: [], people: [] };
const NO_CARDS: Card[] = [];

/** The plan of an event; empty until the room's cache has been applied. */
export function usePlan(room: Room | null): PlanSnapshot {
  const { ready } = useRoomState(room);
  return useDocValue(ready && room ? room.doc : null, readPlan, EMPTY_PLAN);
}

export function useCards(room: Room | null): Card[] {
  const { ready } = useRoomState(room);
  return useDocValue(ready && room ? room.doc : null, readCards, NO_CARDS);
}
