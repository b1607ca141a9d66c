import { useMemo, useState } from 'react';

/** True when both records hold the same keys with `===` values (nodes and boxes are flat records). */
function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => ra[k] === rb[k]);
}

/**
 * The map with each value replaced by the previous render's object when its fields are equal.
 * Every doc change resolves and lays out the whole tree afresh (new objects for all 500 nodes), so
 * without this every memoised node box re-renders on every change; with it only the changed ones do.
 */
export function useSharedValues<K, V extends object>(map: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  // A cache object held in state, not a ref: it is read and written only while computing the memo.
  const [cache] = useState(() => ({ prev: new Map<K, V>() as ReadonlyMap<K, V> }));
  return useMemo(() => {
    const out = new Map<K, V>();
    for (const [k, v] of map) {
      const old = cache.prev.get(k);
      out.set(k, old && shallowEqual(old, v) ? old : v);
    }
    cache.prev = out;
    return out;
  }, [map, cache]);
}
