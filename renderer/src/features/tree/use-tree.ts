import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { BoardKind } from '@shared/doc/plan';
import { createTreeUndoManager, initTree, readTree } from '@shared/doc/tree';
import type { ResolvedTree } from '@shared/tree/types';
import { useDocValue, useRoomState } from '../../collab/hooks';
import type { Room } from '../../collab/rooms';

/** Creating the root is not an edit of one's own: an undo must never take the central problem away. */
const INIT_ORIGIN = 'tree-init';

const EMPTY_TREE: ResolvedTree = { treeKind: 'problem-tree', rootId: null, nodes: new Map(), children: new Map(), flat: [] };

/** The resolved tree of a board room, recomputed on every change of the doc. */
export function useTree(room: Room | null): ResolvedTree {
  const { ready } = useRoomState(room);
  return useDocValue(ready && room ? room.doc : null, readTree, EMPTY_TREE);
}

/**
 * A new problem tree gets its central node from the first writer who opens it, after the host has
 * answered (else an offline client would add a root the host already has). The fixed root id makes
 * two clients doing this at once converge on one root. Goal trees are built by the mirror instead.
 */
export function useTreeInit(room: Room | null, kind: BoardKind, writable: boolean, hasRoot: boolean): void {
  const { ready, synced } = useRoomState(room);
  useEffect(() => {
    if (!room || !ready || !synced || !writable || hasRoot || kind !== 'problem-tree') return;
    initTree(room.doc, 'problem-tree', INIT_ORIGIN, { text: '' });
  }, [room, ready, synced, writable, hasRoot, kind]);
}

export type Undo = { undo(): void; redo(): void; canUndo: boolean; canRedo: boolean };

/** Undo/redo of this person's own edits on this board (LOCAL_ORIGIN only, see createTreeUndoManager). */
export function useUndo(doc: Y.Doc | null): Undo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [, bump] = useState(0);
  useEffect(() => {
    if (!doc) return;
    // Every tree edit is a whole command (add, commit a text, move, delete): one Ctrl+Z undoes one of
    // them. With Yjs's default 500 ms capture window a quick run of commands merged into one step.
    const m = createTreeUndoManager(doc, { captureTimeout: 0 });
    const onChange = () => bump((n) => n + 1);
    m.on('stack-item-added', onChange);
    m.on('stack-item-popped', onChange);
    m.on('stack-cleared', onChange);
    setManager(m);
    return () => {
      setManager(null);
      m.destroy();
    };
  }, [doc]);
  return {
    undo: () => void manager?.undo(),
    redo: () => void manager?.redo(),
    canUndo: (manager?.undoStack.length ?? 0) > 0,
    canRedo: (manager?.redoStack.length ?? 0) > 0,
  };
}

/** A value derived from two docs (goal tree + its problem tree), recomputed when either changes. */
export function useTwoDocValue<T>(a: Y.Doc | null, b: Y.Doc | null, read: (a: Y.Doc, b: Y.Doc) => T, fallback: T): T {
  const store = useMemo(() => {
    if (!a || !b) return null;
    let value = read(a, b);
    return {
      get: () => value,
      subscribe(fn: () => void) {
        const onUpdate = () => {
          value = read(a, b);
          fn();
        };
        a.on('update', onUpdate);
        b.on('update', onUpdate);
        onUpdate();
        return () => {
          a.off('update', onUpdate);
          b.off('update', onUpdate);
        };
      },
    };
    // `read` is a module-level function: keyed on the docs alone on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the docs alone, as said above
  }, [a, b]);
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.get ?? (() => fallback));
}
const noSubscribe = () => () => {};

/** True below `px` wide: phones get the outline instead of the canvas. */
export function useNarrow(px = 700): boolean {
  const query = `(max-width: ${px}px)`;
  const store = useMemo(() => {
    const mq = typeof window === 'undefined' ? null : window.matchMedia(query);
    return {
      get: () => mq?.matches ?? false,
      subscribe(fn: () => void) {
        mq?.addEventListener('change', fn);
        return () => mq?.removeEventListener('change', fn);
      },
    };
  }, [query]);
  return useSyncExternalStore(store.subscribe, store.get);
}
