import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '@shared/doc/plan';
import type { ProjectorMode, SessionState } from '@shared/doc/session';
import { setFollowMe, setProjector } from '@shared/doc/session';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { EventId } from '@shared/ids';
import type { Room } from '../../collab/rooms';
import { CONSOLE_TOOLBAR } from './slots';

type Props = { eventId: EventId; plan: Room; session: SessionState; board: BoardInfo | null };

const MODES: readonly ProjectorMode[] = ['board', 'qr', 'timer', 'results'];

/**
 * Turns the projector's pages when what it shows needs more than one screen at a readable size.
 * Only the projector knows how many pages there are; it shows the chosen one modulo that count.
 * From paging by itself, "previous" takes over at the first page and "next" at the second.
 */
function ProjectorPager({ doc, page }: { doc: Room['doc']; page: number | null }) {
  const { t } = useTranslation();
  const go = (p: number | null) => setProjector(doc, { page: p }, LOCAL_ORIGIN);
  return (
    <span className="toolbar__group" role="group" aria-label={t('console.pageAuto')}>
      <button
        type="button"
        className="seg"
        onClick={() => go(Math.max(0, (page ?? 0) - 1))}
        data-testid="console.projector-page-prev"
        aria-label={t('console.pagePrev')}
      >
        ‹
      </button>
      {page !== null && (
        <span className="toolbar__label" data-testid="console.projector-page">
          {t('console.pageShown', { n: page + 1 })}
        </span>
      )}
      <button type="button" className="seg" onClick={() => go((page ?? 0) + 1)} data-testid="console.projector-page-next" aria-label={t('console.pageNext')}>
        ›
      </button>
      <button type="button" className="seg" aria-pressed={page === null} onClick={() => go(null)} data-testid="console.projector-page-auto">
        {t('console.pageAuto')}
      </button>
    </span>
  );
}

/** Follow me and what the projector shows. The projector only reads session.projector; it has no buttons of its own. */
export function ConsoleToolbar({ eventId, plan, session, board }: Props) {
  const { t } = useTranslation();
  const doc = plan.doc;
  const shownOnProjector = session.projector.mode === 'board' && board !== null && session.projector.boardId === board.id;
  return (
    <div className="toolbar" role="toolbar" aria-label={t('console.toolbar')}>
      <label className={`toggle${session.followMe ? ' toggle--on' : ''}`}>
        <input type="checkbox" checked={session.followMe} onChange={(e) => setFollowMe(doc, e.target.checked, LOCAL_ORIGIN)} data-testid="console.follow" />
        {t('console.followMe')}
      </label>
      <button
        type="button"
        className="button button--small"
        disabled={!board || shownOnProjector}
        onClick={() => board && setProjector(doc, { boardId: board.id, mode: 'board' }, LOCAL_ORIGIN)}
        data-testid="console.project-board"
      >
        {shownOnProjector ? t('console.onProjector') : t('console.projectBoard')}
      </button>
      <span className="toolbar__group" role="group" aria-label={t('console.projectorMode')}>
        <span className="toolbar__label">{t('console.projectorMode')}</span>
        {MODES.map((m) => (
          <button
            key={m}
            type="button"
            className="seg"
            aria-pressed={session.projector.mode === m}
            onClick={() => setProjector(doc, { mode: m }, LOCAL_ORIGIN)}
            data-testid={`console.projector-${m}`}
          >
            {t(`console.mode.${m}`)}
          </button>
        ))}
      </span>
      <ProjectorPager doc={doc} page={session.projector.page} />
      {CONSOLE_TOOLBAR.map((Slot, i) => (
        <Slot key={i} eventId={eventId} plan={plan} board={board} />
      ))}
    </div>
  );
}
