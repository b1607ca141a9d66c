import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import type { TreeLayout } from '../../../../shared/tree/layout';
import { layoutTree } from '../../../../shared/tree/layout';
import type { ResolvedTree } from '../../../../shared/tree/types';
import { shownText } from './display';
import { boxSize, canvasTextWidth } from './measure';
import type { Editing } from './TreeCanvas';

/**
 * The tidy layout with boxes sized from the text they show (measured on a canvas in the node font).
 * Measured again once the bundled font has loaded: fallback-font widths would leave boxes too small.
 */
export function useTreeLayout(tree: ResolvedTree, editing: Editing | null, t: TFunction): TreeLayout {
  const [fontEpoch, setFontEpoch] = useState(0);
  useEffect(() => {
    let live = true;
    void document.fonts?.ready.then(() => live && setFontEpoch((n) => n + 1));
    return () => {
      live = false;
    };
  }, []);
  // A new measurer per font epoch: its cache holds widths in the font that was loaded when it was made.
  const width = useMemo(() => canvasTextWidth(), [fontEpoch]);
  const editId = editing?.id ?? null;
  const draft = editing?.draft ?? null;
  return useMemo(
    () => layoutTree(tree, (node) => boxSize(node.id === editId && draft !== null ? draft : shownText(node, t).text, width)),
    [tree, editId, draft, width, t],
  );
}
