import { useTranslation } from 'react-i18next';
import { childrenOnSide, subtreeIds } from '@shared/tree/resolve';
import type { StaleNode } from '@shared/tree/goal-tree';
import type { Branch, NodeId, ResolvedTree } from '@shared/tree/types';
import { subtreeSize } from './edit-ops';
import { OutlineRow } from './OutlineRow';
import { DeleteConfirm } from './TreeToolbar';
import type { Undo } from './use-tree';
import type { TreeEditing } from './use-tree-editing';

type Props = { tree: ResolvedTree; ed: TreeEditing; undo: Undo; writable: boolean; stale: ReadonlyMap<NodeId, StaleNode> };

/**
 * The phone's tree: a canvas cannot be worked with a thumb at 360 px, so the same tree is an
 * indented list: consequences first (they are above the problem), then the problem, then causes.
 * The selected row carries the same actions as the canvas, moves included, as buttons.
 */
export function TreeOutline({ tree, ed, undo, writable, stale }: Props) {
  const { t } = useTranslation();
  const root = tree.rootId;
  if (root === null) return null;
  const section = (side: Branch) => childrenOnSide(tree, root, side).flatMap((id) => subtreeIds(tree, id));
  const k = tree.treeKind === 'goal-tree' ? 'goal' : 'problem';
  const row = (id: NodeId) => <OutlineRow key={id} tree={tree} id={id} ed={ed} writable={writable} stale={stale.get(id)} />;
  const above = section('above');
  const below = section('below');
  const confirmNode = ed.confirm ? tree.nodes.get(ed.confirm) : undefined;
  return (
    <div className="tree-outline" data-testid="tree.outline">
      {writable && (
        <div className="tree-outline__undo">
          <button type="button" className="button button--small" disabled={!undo.canUndo} onClick={undo.undo} data-testid="tree.undo">
            {t('tree.undo')}
          </button>
          <button type="button" className="button button--small" disabled={!undo.canRedo} onClick={undo.redo} data-testid="tree.redo">
            {t('tree.redo')}
          </button>
        </div>
      )}
      {confirmNode && (
        <DeleteConfirm
          text={confirmNode.text || t('tree.emptyNode')}
          count={subtreeSize(tree, confirmNode.id) - 1}
          onConfirm={ed.confirmDelete}
          onCancel={ed.cancelDelete}
        />
      )}
      <h3 className="tree-outline__head">{t(`tree.sections.above.${k}`)}</h3>
      {above.length === 0 && <p className="muted">{t('tree.sections.none')}</p>}
      <ul className="tree-outline__list" role="tree">
        {above.map(row)}
      </ul>
      <ul className="tree-outline__list tree-outline__list--root" role="tree">
        {row(root)}
      </ul>
      <h3 className="tree-outline__head">{t(`tree.sections.below.${k}`)}</h3>
      {below.length === 0 && <p className="muted">{t('tree.sections.none')}</p>}
      <ul className="tree-outline__list" role="tree">
        {below.map(row)}
      </ul>
    </div>
  );
}
