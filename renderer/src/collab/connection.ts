import { create } from 'zustand';
import type { Notice, Refusal } from '@shared/protocol/notice';
import { isRefusal } from '@shared/protocol/notice';

/** What the indicator shows. `reconnecting` also covers the first connect: to the user it is the same wait. */
export type ConnectionState = 'connected' | 'reconnecting' | 'offline';
export type SocketStatus = 'connected' | 'connecting' | 'disconnected';

type ConnectionSlice = {
  online: boolean;
  /** Status of each open room's socket, by room name. */
  sockets: Record<string, SocketStatus>;
  /** Last reason the host refused a write (y-websocket permission-denied), for the indicator. */
  denied: string | null;
  /** The host closed a socket because this page is another version than the host (CLOSE_RELOAD). */
  reloadNeeded: boolean;
  setReloadNeeded(needed: boolean): void;
  /** The host's last word on a refused change (budget, rate, full backlog), shown until the next one. */
  refused: Refusal | null;
  /** The host said it cannot save right now (and has not said since that it can). */
  notSaving: boolean;
  setOnline(online: boolean): void;
  setNotice(notice: Notice): void;
  setSocket(room: string, status: SocketStatus | null): void;
  setDenied(reason: string | null): void;
};

export const useConnection = create<ConnectionSlice>()((set) => ({
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  sockets: {},
  denied: null,
  reloadNeeded: false,
  setReloadNeeded: (reloadNeeded) => set({ reloadNeeded }),
  refused: null,
  notSaving: false,
  setOnline: (online) => set({ online }),
  setNotice: (notice) =>
    set(isRefusal(notice) ? { refused: notice } : notice === 'storage-failing' ? { notSaving: true } : { notSaving: false, refused: null }),
  setSocket: (room, status) =>
    set((s) => {
      const sockets = { ...s.sockets };
      if (status === null) delete sockets[room];
      else sockets[room] = status;
      return { sockets };
    }),
  setDenied: (denied) => set({ denied }),
}));

/** Offline wins (the OS says so); then any room not connected means we are waiting for the host. */
export function connectionState(s: Pick<ConnectionSlice, 'online' | 'sockets'>): ConnectionState {
  if (!s.online) return 'offline';
  return Object.values(s.sockets).every((st) => st === 'connected') ? 'connected' : 'reconnecting';
}

export function watchOnline(): () => void {
  const update = () => useConnection.getState().setOnline(navigator.onLine);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  return () => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  };
}
