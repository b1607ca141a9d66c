import { generateKeyBetween } from 'fractional-indexing';
import type { NodeId, Placement } from './types';

type Sibling = { id: NodeId; order: string };

/**
 * The fractional key that puts a node at `placement` among `siblings` (sorted by (order, id), the
 * node itself excluded). Concurrent inserts at the same spot produce equal keys (the generator is
 * deterministic), so a gap between two equal keys is widened to the next strictly greater key.
 * A sibling that is no longer there (moved or deleted meanwhile) means "last".
 */
export function orderFor(siblings: readonly Sibling[], placement: Placement): string {
  const gap = gapIndex(siblings, placement);
  const lo = gap > 0 ? siblings[gap - 1]!.order : null;
  let hi: string | null = siblings[gap]?.order ?? null;
  if (lo !== null && hi !== null && lo >= hi) hi = siblings.slice(gap).find((s) => s.order > lo)?.order ?? null;
  return safeKeyBetween(lo, hi);
}

function gapIndex(siblings: readonly Sibling[], placement: Placement): number {
  switch (placement.at) {
    case 'first':
      return 0;
    case 'last':
      return siblings.length;
    case 'index':
      return Math.max(0, Math.min(siblings.length, Math.trunc(placement.index) || 0));
    case 'before':
    case 'after': {
      const i = siblings.findIndex((s) => s.id === placement.sibling);
      if (i < 0) return siblings.length;
      return placement.at === 'before' ? i : i + 1;
    }
  }
}

/** Keys written by a hostile or buggy client may not be valid fractional keys; never let that throw. */
function safeKeyBetween(lo: string | null, hi: string | null): string {
  for (const [a, b] of [
    [lo, hi],
    [lo, null],
    [null, hi],
  ] as const) {
    try {
      return generateKeyBetween(a, b);
    } catch {
      // try a looser gap
    }
  }
  return generateKeyBetween(null, null);
}
