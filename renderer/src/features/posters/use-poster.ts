import type { Poster } from '@shared/doc/poster';
import { readPoster } from '@shared/doc/poster';
import { readRound } from '@shared/doc/championship';
import type { EventId, PersonId } from '@shared/ids';
import type { Offer, TeamOffer } from '@shared/posters/offers';
import { myOffers, readInbox } from '@shared/posters/offers';
import type { PosterSession } from '@shared/posters/session-doc';
import { readPosterSession } from '@shared/posters/session-doc';
import type { PosterThread } from '@shared/posters/threads';
import { readComments, readThreads } from '@shared/posters/threads';
import { personRoom, resultsRoom } from '@shared/protocol/rooms';
import type { Gallery } from '@shared/posters/gallery';
import { DEFAULT_CAROUSEL_MS, DEFAULT_STAND_MS, readGallery } from '@shared/posters/gallery';
import type { Room, Session } from '../../collab/rooms';
import { useDocValue, useRoom, useRoomState } from '../../collab/hooks';

export const EMPTY_POSTER: Poster = { name: '', who: '', problem: '', doing: '', results: '', contacts: '', image: null, needs: {} };
const NO_SESSION: PosterSession = { roundId: null, slots: [] };
const NO_GALLERY: Gallery = {
  order: [],
  standMs: DEFAULT_STAND_MS,
  startedAt: null,
  pausedAt: null,
  view: 'carousel',
  posterId: null,
  carouselMs: DEFAULT_CAROUSEL_MS,
};
const NONE: never[] = [];

/** A room's doc once its cache is applied (null before): what every reader here starts from. */
function useReadyDoc(room: Room | null) {
  const { ready } = useRoomState(room);
  return ready && room ? room.doc : null;
}

/** The poster in a board room; empty until the room's cache has been applied. */
export function usePoster(room: Room | null): Poster {
  return useDocValue(useReadyDoc(room), readPoster, EMPTY_POSTER);
}

export function usePosterSession(plan: Room | null): PosterSession {
  return useDocValue(useReadyDoc(plan), readPosterSession, NO_SESSION);
}

export function useGallery(plan: Room | null): Gallery {
  return useDocValue(useReadyDoc(plan), readGallery, NO_GALLERY);
}

export type EditingWindow = { closesAt: number | null; closedAt: number | null };

/** When editing the posters closes: the deadline of the posters' championship round, and when the host locked it. */
export function useEditingWindow(plan: Room | null): EditingWindow {
  return useDocValue(
    useReadyDoc(plan),
    (doc) => {
      const { roundId } = readPosterSession(doc);
      const round = roundId ? readRound(doc, roundId) : null;
      return { closesAt: round?.deadline ?? null, closedAt: round?.lockedAt ?? null };
    },
    { closesAt: null, closedAt: null },
  );
}

/** The results room (threads live there, host-written). */
export const useResults = (session: Session, eventId: EventId) => useRoom(session, resultsRoom(eventId));

export function useThreads(results: Room | null, posterId: string): PosterThread[] {
  return useDocValue(useReadyDoc(results), (d) => readThreads(d, posterId), NONE as PosterThread[], posterId);
}

export function useCommentCount(results: Room | null, posterId: string): number {
  return useDocValue(useReadyDoc(results), (d) => readComments(d, posterId).length, 0, posterId);
}

/** The person's own offers (their room), for "my offers". */
export function useMyOffers(session: Session, eventId: EventId, personId: PersonId | null): Offer[] {
  const room = useRoom(session, personId ? personRoom(eventId, personId) : null);
  return useDocValue(useReadyDoc(room), myOffers, NONE as Offer[]);
}

export function useInbox(room: Room | null): TeamOffer[] {
  return useDocValue(useReadyDoc(room), readInbox, NONE as TeamOffer[]);
}
