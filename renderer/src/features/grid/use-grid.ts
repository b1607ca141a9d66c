import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { GridCells, GridLayout } from '@shared/doc/grid';
import { gridCells, readGridCards, readGridLayout } from '@shared/doc/grid';
import type { Lang } from '@shared/session/grid-templates';
import { useRoomState } from '../../collab/hooks';
import type { Room } from '../../collab/rooms';

const noSubscribe = () => () => {};

/** A counter bumped on every change of the doc: derived values are recomputed from it with useMemo. */
function useDocVersion(doc: Y.Doc | null): number {
  const store = useMemo(() => {
    if (!doc) return null;
    let version = 0;
    return {
      get: () => version,
      subscribe(fn: () => void) {
        const bump = () => {
          version += 1;
          fn();
        };
        doc.on('update', bump);
        return () => doc.off('update', bump);
      },
    };
  }, [doc]);
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.get ?? (() => -1));
}

export type GridData = { layout: GridLayout; grid: GridCells };

/** The layout (template + the board's own rows and columns) and the cards by cell, in the UI language. */
export function useGrid(room: Room | null, templateId: string | null, lang: Lang): GridData | null {
  const { ready } = useRoomState(room);
  const doc = ready && room ? room.doc : null;
  const version = useDocVersion(doc);
  return useMemo(() => {
    if (!doc) return null;
    const layout = readGridLayout(doc, templateId, lang);
    return { layout, grid: gridCells(layout, readGridCards(doc)) };
    // `version` stands for the doc's content, which useMemo cannot see.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is the doc's content
  }, [doc, version, templateId, lang]);
}

/** True below the width where a grid stops fitting: phones get one cell at a time. */
export function useNarrow(query = '(max-width: 700px)'): boolean {
  return useSyncExternalStore(
    (fn) => {
      const m = window.matchMedia(query);
      m.addEventListener('change', fn);
      return () => m.removeEventListener('change', fn);
    },
    () => window.matchMedia(query).matches,
  );
}
