import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { StaleNode } from '@shared/tree/goal-tree';
import { acknowledgeSource, pullNewNodes } from '@shared/tree/goal-tree';

/** Mirror writes are not anyone's own edit: undo must not take pulled nodes away again. */
export const MIRROR_ORIGIN = 'tree-mirror';

/** Facilitator: bring problem nodes added since the mirror into the goal tree. */
export function PullNewNodesButton({ problemDoc, goalDoc, pending }: { problemDoc: Y.Doc; goalDoc: Y.Doc; pending: number }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--small"
      disabled={pending === 0}
      onClick={() => pullNewNodes(problemDoc, goalDoc, MIRROR_ORIGIN)}
      data-testid="tree.pull"
      data-count={pending}
    >
      {t('tree.pull', { count: pending })}
    </button>
  );
}

/**
 * For the selected goal node whose source moved on: what changed, and one action. A changed source
 * becomes the new hint; a deleted one unlinks the node, which stays as the team's own.
 */
export function StaleBar({ stale, problemDoc, goalDoc, writable }: { stale: StaleNode; problemDoc: Y.Doc; goalDoc: Y.Doc; writable: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="notice tree-stale" role="status" data-testid="tree.stale">
      <span>{stale.reason === 'changed' ? t('tree.stale.changedTo', { text: stale.currentText ?? '' }) : t('tree.stale.deleted')}</span>
      {writable && (
        <button
          type="button"
          className="button button--small"
          onClick={() => acknowledgeSource(problemDoc, goalDoc, stale.id, LOCAL_ORIGIN)}
          data-testid={stale.reason === 'changed' ? 'tree.stale-update' : 'tree.stale-ack'}
        >
          {t(stale.reason === 'changed' ? 'tree.stale.update' : 'tree.stale.ack')}
        </button>
      )}
    </div>
  );
}
