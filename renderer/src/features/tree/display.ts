import type { TFunction } from 'i18next';
import type { ResolvedNode } from '@shared/tree/types';

export type Shown = { text: string; as: 'text' | 'hint' | 'placeholder' };

/**
 * What a node's box says: its text; for an empty goal node the source it mirrors, greyed, as a
 * hint; else a placeholder. Always plain text, rendered by React (never as HTML).
 */
export function shownText(node: ResolvedNode, t: TFunction): Shown {
  if (node.text.trim() !== '') return { text: node.text, as: 'text' };
  if (node.sourceText) return { text: t('tree.hint', { text: node.sourceText }), as: 'hint' };
  return { text: node.side === 'root' ? t(`tree.rootPlaceholder.${node.kind === 'goal' ? 'goal' : 'problem'}`) : t('tree.emptyNode'), as: 'placeholder' };
}
