import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import type { Preview } from './history-api';

// The tree and grid views are their own chunks: loaded when a facilitator first previews a point.
const PointBoard = lazy(() => import('./PointBoard').then((m) => ({ default: m.PointBoard })));
/** Board kinds the preview draws as the board itself; the others (posters, passports, audience boards) as lists. */
const DRAWN_KINDS: ReadonlySet<BoardInfo['kind']> = new Set(['cards', 'grid', 'problem-tree', 'goal-tree']);

/** A point's time as the timeline and the preview show it. */
export const formatWhen = (at: number, lang: string) =>
  new Date(at).toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * The board at a point, read-only, in a modal over the console: drawn as the board itself (cards in their
 * columns, the grid, the tree's canvas) from the point's state, or for other kinds (and a host that does
 * not send the state) as lists: cards with their authors, the tree as nested lists.
 */
export function PreviewDialog({ preview, board, lang, onClose }: { preview: Preview; board: BoardInfo; lang: string; onClose(): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const children = useMemo(() => {
    const by = new Map<string | null, Preview['nodes']>();
    for (const n of preview.nodes) by.set(n.parentId, [...(by.get(n.parentId) ?? []), n]);
    return by;
  }, [preview.nodes]);
  const ids = new Set(preview.nodes.map((n) => n.id));
  // Roots: no parent, or a parent not in the point (it was deleted): shown at the top level, never lost.
  const roots = preview.nodes.filter((n) => n.parentId === null || !ids.has(n.parentId));
  const drawn = preview.update !== '' && DRAWN_KINDS.has(board.kind);
  const tree = (nodes: Preview['nodes'], depth: number) => (
    <ul className="history-preview__tree">
      {nodes.map((n) => (
        <li key={n.id} data-testid="history.preview-node">
          <span className="history-preview__text">{n.text}</span>
          {n.authorName && <span className="muted"> — {n.authorName}</span>}
          {depth < 40 && (children.get(n.id)?.length ?? 0) > 0 && tree(children.get(n.id)!, depth + 1)}
        </li>
      ))}
    </ul>
  );
  return (
    <dialog ref={ref} className="history-preview" aria-labelledby="history-preview-title" onClose={onClose} data-testid="history.preview-dialog">
      <header className="history-preview__header">
        <h2 id="history-preview-title">{t('history.previewTitle', { board: board.title, when: formatWhen(preview.point.at, lang) })}</h2>
        <button type="button" className="button button--small" onClick={() => ref.current?.close()} data-testid="history.preview-close">
          {t('history.close')}
        </button>
      </header>
      <div className="history-preview__body">
        <p className="muted">{t('history.previewNote')}</p>
        <p className="muted">
          {t('history.previewReason', { reason: t(`history.reason.${preview.point.reason}`, { defaultValue: preview.point.reason }) })} ·{' '}
          {t('history.totals', { cards: preview.point.cards, nodes: preview.point.nodes })}
        </p>
        {preview.cards.length === 0 && preview.nodes.length === 0 && <p>{t('history.noContent')}</p>}
        {drawn && (
          <div className="history-preview__board" data-testid="history.preview-board">
            <Suspense fallback={<p className="muted">{t('board.loading')}</p>}>
              <PointBoard board={board} update={preview.update} />
            </Suspense>
          </div>
        )}
        {!drawn && preview.cards.length > 0 && (
          <>
            <h3>{t('history.cards')}</h3>
            <ul className="history-preview__cards">
              {preview.cards.map((c) => (
                <li key={c.id} className="history-preview__card" data-testid="history.preview-card">
                  <span className="history-preview__text">{c.text}</span>
                  <span className="muted history-preview__author">{c.authorName || t('history.noAuthor')}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {!drawn && roots.length > 0 && (
          <>
            <h3>{t('history.nodes')}</h3>
            {tree(roots, 0)}
          </>
        )}
      </div>
    </dialog>
  );
}
