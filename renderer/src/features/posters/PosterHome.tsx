import './posters.css';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '@shared/doc/plan';
import type { BoardId, EventId } from '@shared/ids';
import { walkOrder } from '@shared/posters/gallery';
import { boardRoom } from '@shared/protocol/rooms';
import { useRoom } from '../../collab/hooks';
import type { Room, Session } from '../../collab/rooms';
import type { Viewer } from '../board/board-access';
import { canWriteBoard } from '../board/board-access';
import { galleryEntries } from './gallery-list';
import { GalleryList } from './GalleryList';
import { OfferInbox } from './OfferInbox';
import { PosterBoard } from './PosterBoard';
import { useGallery, useInbox, usePosterSession, useResults } from './use-poster';
import { WalkBanner } from './WalkBanner';

type View = { kind: 'list' } | { kind: 'poster'; id: string } | { kind: 'inbox' };

type Props = {
  eventId: EventId;
  session: Session;
  viewer: Viewer;
  planRoom: Room;
  plan: PlanSnapshot;
  /** The poster the facilitator shows everyone (follow me), if any: it is opened and stays open. */
  followed: BoardId | null;
  /** The event's panels (the audience vote…): above the list, but below an open poster so it is not pushed off the screen. */
  panels?: ReactNode;
};

/**
 * A participant's poster session on the phone: the gallery (list → one poster → back), the walk's
 * current stand, and for a team member their own poster (editable until the deadline) and the
 * offers their initiative received. One poster on screen at a time.
 */
export function PosterHome({ eventId, session, viewer, planRoom, plan, followed, panels }: Props) {
  const { t } = useTranslation();
  const posters = usePosterSession(planRoom);
  const gallery = useGallery(planRoom);
  const results = useResults(session, eventId);
  const [view, setView] = useState<View>({ kind: 'list' });
  const stands = walkOrder(
    gallery,
    plan.teams.map((tm) => tm.id),
  );
  const entries = galleryEntries(posters.slots, plan.boards, plan.teams, stands, viewer.teamId);
  const mySlot = posters.slots.find((s) => s.teamId === viewer.teamId) ?? null;
  const inboxBoard = plan.boards.find((b) => b.id === mySlot?.inbox) ?? null;
  const shown: View = followed ? { kind: 'poster', id: followed } : view;
  const posterBoard = shown.kind === 'poster' ? (plan.boards.find((b) => b.id === shown.id) ?? null) : null;

  const shownKey = shown.kind === 'poster' ? shown.id : shown.kind;
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [shownKey]);

  const openTeam = (teamId: string) => {
    const slot = posters.slots.find((s) => s.teamId === teamId);
    if (slot) setView({ kind: 'poster', id: slot.poster });
  };
  const back = !followed && shown.kind !== 'list' && (
    <button type="button" className="button poster-back" onClick={() => setView({ kind: 'list' })} data-testid="gallery.back">
      {t('posters.gallery.back')}
    </button>
  );
  return (
    <div className="poster-home" data-testid="gallery.home" data-view={shown.kind}>
      <WalkBanner planRoom={planRoom} plan={plan} onOpen={openTeam} />
      {inboxBoard && shown.kind !== 'inbox' && (
        <InboxButton eventId={eventId} session={session} inboxId={inboxBoard.id} onOpen={() => setView({ kind: 'inbox' })} />
      )}
      {back}
      {shown.kind === 'list' && (
        <>
          {panels}
          <h2 className="poster-home__title">{t('posters.gallery.title')}</h2>
          <GalleryList eventId={eventId} session={session} results={results} entries={entries} onOpen={(id) => setView({ kind: 'poster', id })} />
        </>
      )}
      {shown.kind === 'inbox' && inboxBoard && <OfferInbox eventId={eventId} session={session} board={inboxBoard} />}
      {shown.kind === 'poster' &&
        (posterBoard ? (
          <PosterBoard
            eventId={eventId}
            session={session}
            board={posterBoard}
            viewer={viewer}
            mode="participant"
            writable={canWriteBoard(posterBoard, viewer)}
          />
        ) : (
          <p className="muted">{t('posters.gallery.gone')}</p>
        ))}
      {shown.kind !== 'list' && panels}
    </div>
  );
}

/** The team's way to its offers, with how many are new: visible on every gallery screen. */
function InboxButton({ eventId, session, inboxId, onOpen }: { eventId: EventId; session: Session; inboxId: BoardId; onOpen: () => void }) {
  const { t } = useTranslation();
  const offers = useInbox(useRoom(session, boardRoom(eventId, inboxId)));
  const fresh = offers.filter((o) => o.status === 'new').length;
  return (
    <button
      type="button"
      className={`button poster-inbox-button${fresh > 0 ? ' poster-inbox-button--new' : ''}`}
      onClick={onOpen}
      data-testid="offers.inbox-open"
      data-new={fresh}
    >
      {t('posters.inbox.open')}
      {fresh > 0 && (
        <span className="poster-inbox-button__count" data-testid="offers.new-count">
          {t('posters.inbox.newCount', { count: fresh })}
        </span>
      )}
    </button>
  );
}
