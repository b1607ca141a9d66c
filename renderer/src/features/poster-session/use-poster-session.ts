import { useEffect, useState } from 'react';
import type { Gallery } from '@shared/posters/gallery';
import { DEFAULT_CAROUSEL_MS, DEFAULT_STAND_MS, readGallery } from '@shared/posters/gallery';
import type { TeamOffer } from '@shared/posters/offers';
import { readInbox } from '@shared/posters/offers';
import type { PosterSession } from '@shared/posters/session-doc';
import { readPosterSession } from '@shared/posters/session-doc';
import { readComments } from '@shared/posters/threads';
import type { BoardId, EventId } from '@shared/ids';
import { boardRoom } from '@shared/protocol/rooms';
import { useDocValue, useRoom } from '../../collab/hooks';
import { hostNow, useClockOffset } from '../../collab/host-clock';
import type { Room, Session } from '../../collab/rooms';
import { useDocRead, useReadyDoc } from '../voting/use-voting';

/** React reads of the poster session: its wiring and gallery in the plan, comments in the results room, offers in the inboxes. */

const NO_GALLERY: Gallery = {
  order: [],
  standMs: DEFAULT_STAND_MS,
  startedAt: null,
  pausedAt: null,
  view: 'carousel',
  posterId: null,
  carouselMs: DEFAULT_CAROUSEL_MS,
};
const NO_SESSION: PosterSession = { roundId: null, slots: [] };
const NO_OFFERS: TeamOffer[] = [];

export const useGallery = (plan: Room | null): Gallery => useDocValue(useReadyDoc(plan), readGallery, NO_GALLERY);
export const usePosterSession = (plan: Room | null): PosterSession => useDocValue(useReadyDoc(plan), readPosterSession, NO_SESSION);

export const useCommentCount = (results: Room | null, posterId: string): number =>
  useDocRead(useReadyDoc(results), posterId, (d) => readComments(d, posterId).length, 0);

/** The offers that reached one initiative; the facilitator may sync every team's inbox. */
export function useInbox(session: Session, eventId: EventId, inboxId: BoardId): TeamOffer[] {
  const room = useRoom(session, boardRoom(eventId, inboxId));
  return useDocValue(useReadyDoc(room), readInbox, NO_OFFERS);
}

/**
 * Host time, re-rendered when the caller's display next changes: `delay(now)` says in how many ms
 * (null: nothing moves, e.g. a paused walk). Screens compute the same values from host time, so
 * nothing is ticked in a shared doc.
 */
export function useHostClock(delay: (now: number) => number | null): number {
  useClockOffset();
  const [, tick] = useState(0);
  const now = hostNow();
  const d = delay(now);
  useEffect(() => {
    if (d === null) return;
    // A few ms past the boundary, so the next render is on the new side of it.
    const id = setTimeout(() => tick((n) => n + 1), Math.max(0, d) + 5);
    return () => clearTimeout(id);
  });
  return now;
}
