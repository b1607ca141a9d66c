import { contextBridge, ipcRenderer } from 'electron';
import type { EventChannel, IpcEvents, VecheBridge } from '@shared/ipc';
import { EVENT_CHANNELS, isEventChannel, isInvokeChannel } from '@shared/ipc';

/**
 * The typed bridge and nothing else: `window.veche.invoke` for the contract's channels and
 * `window.veche.on` for main's events. No Node, no ipcRenderer, no event objects reach the page.
 *
 * Main may send before React has subscribed (a file opened at launch), so each event channel
 * keeps a short backlog that the first listener receives.
 */

type Listener = (...payload: unknown[]) => void;
const MAX_BACKLOG = 16;
const listeners = new Map<EventChannel, Set<Listener>>();
const backlog = new Map<EventChannel, unknown[][]>();

for (const channel of EVENT_CHANNELS) {
  ipcRenderer.on(channel, (_event, ...payload: unknown[]) => {
    const set = listeners.get(channel);
    if (set && set.size > 0) {
      for (const listener of set) listener(...payload);
      return;
    }
    const queue = backlog.get(channel) ?? [];
    queue.push(payload);
    backlog.set(channel, queue.slice(-MAX_BACKLOG));
  });
}

const bridge: VecheBridge = {
  invoke(channel, ...args) {
    if (!isInvokeChannel(channel)) return Promise.reject(new Error(`unknown IPC channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, ...args);
  },
  on<C extends EventChannel>(channel: C, listener: (...payload: IpcEvents[C]) => void) {
    if (!isEventChannel(channel)) throw new Error(`unknown IPC event ${String(channel)}`);
    const set = listeners.get(channel) ?? new Set<Listener>();
    listeners.set(channel, set);
    const wrapped: Listener = (...payload) => listener(...(payload as IpcEvents[C]));
    set.add(wrapped);
    const queued = backlog.get(channel) ?? [];
    backlog.delete(channel);
    for (const payload of queued) queueMicrotask(() => wrapped(...payload));
    return () => {
      set.delete(wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('veche', bridge);
