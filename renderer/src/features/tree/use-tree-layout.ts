import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import type { TreeLayout } from '@shared/tree/layout';
import { layoutTree } from '@shared/tree/layout';
import type { ResolvedTree } from '@shared/tree/types';
import { shownText } from './display';
import { NODE_METRICS, boxSize, canvasTextWidth } from './measure';
import type { Editing } from './TreeCanvas';

/**
 * The tidy layout with boxes sized from the text they show (measured on a canvas in the node font).
 * Measured again once the bundled font has loaded: fallback-font widths would leave boxes too small.
 */
/** The projector shows the whole tree at once: narrower, taller boxes and tighter gaps buy a larger scale. */
const COMPACT = { ...NODE_METRICS, maxTextWidth: 150 };

/** Cyrillic and Latin are separate subsets of the node font (unicode-range): both must be there. */
const SAMPLE = 'Яя Zz';
const fontLoaded = () => !document.fonts || document.fonts.check(NODE_METRICS.font, SAMPLE);

export function useTreeLayout(tree: ResolvedTree, editing: Editing | null, t: TFunction, compact = false): TreeLayout {
  // Bumped only when the font arrives after a measurement made without it. Bumping whenever a load
  // settled (it always does, even for a font the page already had) measured and laid out 500 nodes twice.
  const [fontEpoch, setFontEpoch] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `fontEpoch` stands for the font's arrival, which useMemo cannot see
  const measure = useMemo(() => ({ width: canvasTextWidth(), withFont: fontLoaded() }), [fontEpoch]);
  const { width } = measure;
  useEffect(() => {
    const fonts = document.fonts;
    if (!fonts || measure.withFont) return;
    let live = true;
    const bump = () => {
      if (!live || !fontLoaded()) return;
      live = false;
      setFontEpoch((n) => n + 1);
    };
    // Ask for the face explicitly: `fonts.ready` is already resolved before the first text asks for it.
    void fonts.load(NODE_METRICS.font, SAMPLE).then(bump, bump);
    fonts.addEventListener('loadingdone', bump);
    return () => {
      live = false;
      fonts.removeEventListener('loadingdone', bump);
    };
  }, [measure]);
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
