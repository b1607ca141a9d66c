import type { NodeId } from '@shared/tree/types';

/**
 * Presence on a tree: what each person points at. Sent through the room's awareness under `tree`;
 * the host adds `user` (name, role, personId) from the connection's token, so a name shown here
 * cannot be forged by another client.
 */
export const PRESENCE_ACTIONS = ['select', 'edit', 'drag'] as const;
export type PresenceAction = (typeof PRESENCE_ACTIONS)[number];
export type TreePresence = { node: NodeId | null; action: PresenceAction };
export type PeerMark = { clientId: number; name: string; color: string; action: PresenceAction };

const PALETTE = ['#1a5fb4', '#26a269', '#c64600', '#813d9c', '#a51d2d', '#0b7285', '#986a44', '#5e5c64'] as const;

export function colorOf(clientId: number): string {
  return PALETTE[Math.abs(clientId) % PALETTE.length]!;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Other people's marks by node, from raw awareness states (anything malformed is ignored). */
export function peersByNode(states: ReadonlyMap<number, unknown>, self: number): Map<NodeId, PeerMark[]> {
  const out = new Map<NodeId, PeerMark[]>();
  for (const [clientId, state] of states) {
    if (clientId === self || !isObj(state) || !isObj(state.tree)) continue;
    const { node, action } = state.tree;
    if (typeof node !== 'string' || !PRESENCE_ACTIONS.includes(action as PresenceAction)) continue;
    const name = isObj(state.user) && typeof state.user.name === 'string' ? state.user.name : '?';
    const list = out.get(node as NodeId) ?? [];
    list.push({ clientId, name, color: colorOf(clientId), action: action as PresenceAction });
    out.set(node as NodeId, list);
  }
  return out;
}

type Timers = { now(): number; setTimeout(fn: () => void, ms: number): unknown; clearTimeout(h: unknown): void };
const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Sends presence at most once per `intervalMs` and only when it changed: arrow keys held down or a
 * long drag produce many local changes, the network sees the latest one at ≤ 1000/intervalMs per second.
 */
export function throttledPresence(send: (p: TreePresence | null) => void, intervalMs = 200, timers: Timers = realTimers) {
  let sent: string | undefined;
  let lastAt = -Infinity;
  let pending: TreePresence | null | undefined;
  let handle: unknown = null;
  const flush = () => {
    handle = null;
    if (pending === undefined) return;
    const key = JSON.stringify(pending);
    const value = pending;
    pending = undefined;
    if (key === sent) return;
    sent = key;
    lastAt = timers.now();
    send(value);
  };
  return {
    set(p: TreePresence | null) {
      pending = p;
      if (handle !== null) return;
      const wait = lastAt + intervalMs - timers.now();
      if (wait <= 0) flush();
      else handle = timers.setTimeout(flush, wait);
    },
    dispose() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
  };
}
