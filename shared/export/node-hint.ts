import type { Lang } from './labels';
import { labelsFor } from './labels';
import type { TreeExportNode } from './tree-data';

/**
 * What a text format prints for a tree node. A goal node nobody has written yet shows the
 * problem-tree text it was mirrored from as a hint, "(подсказка: «…»)", as the editor and the
 * picture do; an empty node without one says "(не заполнено)". Never a blank bullet.
 * `shown` is plain text: each format escapes it and may set it in italic grey when `muted`.
 */
export type NodeShown = { shown: string; muted: boolean };

export function nodeShown(n: Pick<TreeExportNode, 'text' | 'sourceText'>, lang: Lang): NodeShown {
  if (n.text.trim()) return { shown: n.text, muted: false };
  const L = labelsFor(lang);
  const source = n.sourceText?.trim();
  return { shown: source ? `(${L.nodeHint}: «${source}»)` : `(${L.nodeNotFilled})`, muted: true };
}
