import { useTranslation } from 'react-i18next';
import type { StaleNode } from '@shared/tree/goal-tree';
import type { NodeId, ResolvedTree } from '@shared/tree/types';
import { shownText } from './display';
import type { OutlineMove } from './edit-ops';
import { planOutlineMove } from './edit-ops';
import { NodeTextEditor } from './NodeTextEditor';
import type { TreeEditing } from './use-tree-editing';

type Props = { tree: ResolvedTree; id: NodeId; ed: TreeEditing; writable: boolean; stale: StaleNode | undefined };

const MOVES: { move: OutlineMove; icon: string }[] = [
  { move: 'up', icon: '↑' },
  { move: 'down', icon: '↓' },
  { move: 'out', icon: '⇤' },
  { move: 'in', icon: '⇥' },
];

/** One node of the phone outline, indented by depth; when selected, its actions as thumb-sized buttons. */
export function OutlineRow({ tree, id, ed, writable, stale }: Props) {
  const { t } = useTranslation();
  const node = tree.nodes.get(id)!;
  const selected = ed.selected === id;
  const editing = ed.editing?.id === id;
  const shown = shownText(node, t);
  const k = tree.treeKind === 'goal-tree' ? 'goal' : 'problem';
  return (
    <li
      className="tree-row"
      style={{ paddingLeft: `${Math.max(0, node.depth - 1) * 14}px` }}
      role="treeitem"
      aria-selected={selected}
      data-testid="tree.node"
      data-node-id={id}
      data-kind={node.kind}
      data-parent-id={node.parentId ?? undefined}
      data-depth={node.depth}
      data-selected={selected || undefined}
      data-shown={shown.as}
    >
      <div className={`tree-row__box tree-row__box--${node.side}`} onClick={() => ed.select(id)}>
        <span className="tree-node__kind">
          {t(`tree.kind.${node.kind}`)}
          {node.reattached && (
            <span className="tree-node__mark" title={t('tree.reattached')} data-testid="tree.reattached">
              ↺
            </span>
          )}
          {stale && (
            <span className="tree-node__stale" data-testid="tree.stale-badge">
              {t('tree.stale.badge')}
            </span>
          )}
        </span>
        {editing ? (
          <NodeTextEditor value={ed.editing!.draft} label={t(`tree.kind.${node.kind}`)} onChange={ed.setDraft} onCommit={ed.commit} onCancel={ed.cancel} />
        ) : (
          <span className="tree-node__text" data-testid="tree.node-text">
            {shown.text}
          </span>
        )}
      </div>
      {selected && writable && !editing && (
        <div className="tree-row__actions" role="toolbar" aria-label={t('tree.toolsLabel')}>
          {node.side !== 'above' && (
            <button type="button" className="button button--small" onClick={() => ed.add('below')} data-testid="tree.add-cause">
              {t(`tree.addBelow.${k}`)}
            </button>
          )}
          {node.side !== 'below' && (
            <button type="button" className="button button--small" onClick={() => ed.add('above')} data-testid="tree.add-consequence">
              {t(`tree.addAbove.${k}`)}
            </button>
          )}
          {node.side !== 'root' && (
            <button type="button" className="button button--small" onClick={() => ed.add('sibling')} data-testid="tree.add-sibling">
              {t('tree.addSibling')}
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => ed.startEdit(id)} data-testid="tree.edit">
            {t('tree.edit')}
          </button>
          {node.side !== 'root' && (
            <>
              {MOVES.map(({ move, icon }) => {
                const target = planOutlineMove(tree, id, move);
                return (
                  <button
                    key={move}
                    type="button"
                    className="button button--small"
                    disabled={!target}
                    onClick={() => target && ed.move(id, target)}
                    aria-label={t(`tree.move.${move}`)}
                    title={t(`tree.move.${move}`)}
                    data-testid={`tree.move-${move}`}
                  >
                    {icon}
                  </button>
                );
              })}
              <button type="button" className="button button--small button--danger" onClick={() => ed.requestDelete(id)} data-testid="tree.delete">
                {t('tree.delete')}
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
