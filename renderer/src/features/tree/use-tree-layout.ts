import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import type { TreeLayout } from '../../../../shared/tree/layout';
import { layoutTree } from '../../../../shared/tree/layout';
import type { ResolvedTree } from '../../../../shared/tree/types';
import { shownText } from './display';
import { NODE_METRICS, boxSize, canvasTextWidth } from './measure';
import type { Editing } from './TreeCanvas';

/**
 * The tidy layout with boxes sized from the text they show (measured on a canvas in the node font).
 * Measured again once the bundled font has loaded: fallback-font widths would leave boxes too small.
 */
/** The projector shows the whole tree at once: narrower, taller boxes and tighter gaps buy a larger scale. */
const COMPACT = { ...NODE_METRICS, maxTextWidth: 150 };

export function useTreeLayout(tree: ResolvedTree, editing: Editing | null, t: TFunction, compact = false): TreeLayout {
  const [fontEpoch, setFontEpoch] = useState(0);
  useEffect(() => {
    const fonts = document.fonts;
    if (!fonts) return;
    let live = true;
    const bump = () => live && setFontEpoch((n) => n + 1);
    // Ask for the face explicitly: `fonts.ready` is already resolved before the first text asks for it.
    // Cyrillic and Latin are separate subsets (unicode-range): ask for both.
    void fonts.load(NODE_METRICS.font, 'Яя Zz').then(bump, bump);
    fonts.addEventListener('loadingdone', bump);
    return () => {
      live = false;
      fonts.removeEventListener('loadingdone', bump);
    };
  }, []);
  const width = useMemo(() => canvasTextWidth(), [fontEpoch]);
  const editId = editing?.id ?? null;
  const draft = editing?.draft ?? null;
  return useMemo(
    () =>
      layoutTree(
        tree,
        (node) => boxSize(node.id === editId && draft !== null ? draft : shownText(node, t).text, width, compact ? COMPACT : NODE_METRICS),
        compact ? { gapX: 14, gapY: 36 } : {},
      ),
    [tree, editId, draft, width, t, compact],
  );
}
