import { useTranslation } from 'react-i18next';
import type { NodeId, ResolvedTree } from '@shared/tree/types';
import type { Undo } from './use-tree';

export type AddWhere = 'below' | 'above' | 'sibling';
const short = (tree: ResolvedTree) => (tree.treeKind === 'goal-tree' ? 'goal' : 'problem');

type EditProps = {
  tree: ResolvedTree;
  selected: NodeId | null;
  undo: Undo;
  onAdd(where: AddWhere): void;
  onEdit(): void;
  onDelete(): void;
};

/**
 * Actions on the selected node. Under the central node both sides can grow; elsewhere a child
 * continues its parent's side, so only that side's button is on.
 */
export function TreeEditTools({ tree, selected, undo, onAdd, onEdit, onDelete }: EditProps) {
  const { t } = useTranslation();
  const node = selected ? tree.nodes.get(selected) : undefined;
  const k = short(tree);
  return (
    <div className="tree-tools" role="toolbar" aria-label={t('tree.toolsLabel')}>
      <button
        type="button"
        className="button button--small"
        disabled={!node || node.side === 'above'}
        onClick={() => onAdd('below')}
        data-testid="tree.add-cause"
      >
        {t(`tree.addBelow.${k}`)}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!node || node.side === 'below'}
        onClick={() => onAdd('above')}
        data-testid="tree.add-consequence"
      >
        {t(`tree.addAbove.${k}`)}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!node || node.side === 'root'}
        onClick={() => onAdd('sibling')}
        data-testid="tree.add-sibling"
      >
        {t('tree.addSibling')}
      </button>
      <button type="button" className="button button--small" disabled={!node} onClick={onEdit} data-testid="tree.edit">
        {t('tree.edit')}
      </button>
      <button
        type="button"
        className="button button--small button--danger"
        disabled={!node || node.side === 'root'}
        onClick={onDelete}
        data-testid="tree.delete"
      >
        {t('tree.delete')}
      </button>
      <span className="tree-tools__sep" />
      <button type="button" className="button button--small" disabled={!undo.canUndo} onClick={undo.undo} title={t('tree.undoKeys')} data-testid="tree.undo">
        {t('tree.undo')}
      </button>
      <button type="button" className="button button--small" disabled={!undo.canRedo} onClick={undo.redo} title={t('tree.redoKeys')} data-testid="tree.redo">
        {t('tree.redo')}
      </button>
    </div>
  );
}

type ViewProps = { scale: number; onZoom(factor: number): void; onFit(): void };

export function TreeViewTools({ scale, onZoom, onFit }: ViewProps) {
  const { t } = useTranslation();
  return (
    <div className="tree-tools tree-tools--view" role="toolbar" aria-label={t('tree.viewLabel')}>
      <button type="button" className="button button--small" onClick={() => onZoom(1 / 1.25)} aria-label={t('tree.zoomOut')} data-testid="tree.zoom-out">
        −
      </button>
      <span className="tree-tools__scale" data-testid="tree.zoom-level">
        {Math.round(scale * 100)}%
      </span>
      <button type="button" className="button button--small" onClick={() => onZoom(1.25)} aria-label={t('tree.zoomIn')} data-testid="tree.zoom-in">
        +
      </button>
      <button type="button" className="button button--small" onClick={onFit} data-testid="tree.zoom-fit">
        {t('tree.zoomFit')}
      </button>
    </div>
  );
}

type ConfirmProps = { text: string; count: number; onConfirm(): void; onCancel(): void };

/** Deleting a node with children takes the whole branch: ask first (undo can still bring it back). */
export function DeleteConfirm({ text, count, onConfirm, onCancel }: ConfirmProps) {
  const { t } = useTranslation();
  return (
    <div className="notice tree-confirm" role="alertdialog" aria-label={t('tree.confirmTitle')} data-testid="tree.confirm">
      <span>{t('tree.confirmDelete', { text, count })}</span>
      <button type="button" className="button button--small button--danger" onClick={onConfirm} data-testid="tree.confirm-delete" autoFocus>
        {t('tree.delete')}
      </button>
      <button type="button" className="button button--small" onClick={onCancel} data-testid="tree.confirm-cancel">
        {t('tree.cancel')}
      </button>
    </div>
  );
}
