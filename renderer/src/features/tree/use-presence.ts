import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { NodeId } from '@shared/tree/types';
import type { PeerMark, TreePresence } from './presence';
import { peersByNode, throttledPresence } from './presence';

const NO_PEERS: ReadonlyMap<NodeId, PeerMark[]> = new Map();

/** Other people's marks on this board's nodes; recomputed on awareness 'change' (not on its heartbeats). */
export function usePeers(awareness: Awareness | null): ReadonlyMap<NodeId, PeerMark[]> {
  const store = useMemo(() => {
    if (!awareness) return null;
    let value = peersByNode(awareness.getStates(), awareness.clientID);
    return {
      get: () => value,
      subscribe(fn: () => void) {
        const onChange = () => {
          value = peersByNode(awareness.getStates(), awareness.clientID);
          fn();
        };
        awareness.on('change', onChange);
        return () => awareness.off('change', onChange);
      },
    };
  }, [awareness]);
  return useSyncExternalStore(store?.subscribe ?? (() => () => {}), store?.get ?? (() => NO_PEERS));
}

/** Publishes what I point at, throttled; cleared when the board closes so nobody sees a stale mark. */
export function usePublishPresence(awareness: Awareness | null, presence: TreePresence | null): void {
  const sender = useMemo(() => {
    if (!awareness) return null;
    return throttledPresence((p) => awareness.setLocalStateField('tree', p));
  }, [awareness]);
  // Compared by value: a new object with the same node and action is no change.
  const node = presence?.node ?? null;
  const action = presence?.action ?? null;
  useEffect(() => {
    sender?.set(node === null || action === null ? null : { node, action });
  }, [sender, node, action]);
  useEffect(() => {
    if (!awareness || !sender) return;
    return () => {
      sender.dispose();
      awareness.setLocalStateField('tree', null);
    };
  }, [awareness, sender]);
}
