import type { Identity } from '@shared/access';
import { isFacilitatorRole } from '@shared/access';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import { newId } from '@shared/ids';
import type { CommentBody, DecisionBody, OfferBody } from '@shared/posters/api';
import type { PosterComment } from '@shared/posters/threads';
import { publishComment, readComments } from '@shared/posters/threads';
import type { Offer, TeamOffer } from '@shared/posters/offers';
import { decideOffer, inboxOffer, publishOffer } from '@shared/posters/offers';
import type { PosterSlot } from '@shared/posters/session-doc';
import { readPosterSession, slotOfPoster } from '@shared/posters/session-doc';
import type { HostPerson } from '../events/host-doc';
import type { HostedEvent } from '../events/hosted-event';

/**
 * The host's side of the gallery walk: it writes comments and offers on a visitor's behalf, so
 * the author, their team and what a team may see are decided here from the host's roster and never
 * taken from a client (shared/posters/threads.ts and offers.ts say where each piece lives).
 */

function personOf(event: HostedEvent, who: Identity): HostPerson {
  const p = who.personId === null ? undefined : event.people.find((x) => x.id === who.personId);
  if (!p) throw new AppError('forbidden', 'only people who joined the event comment and offer help');
  return p;
}

/**
 * What one person may post, so a single phone cannot flood a poster's thread or a team's inbox:
 * caps counted from the person's own room (they survive a restart), and a short burst window.
 */
export const VISITOR_LIMITS = {
  commentsPerPoster: 30,
  comments: 200,
  offersPerPoster: 5,
  offers: 40,
  /** At most `burst` posts (comments and offers together) in `burstMs`. */
  burst: 8,
  burstMs: 60_000,
} as const;

const recent = new WeakMap<HostedEvent, Map<string, number[]>>();

function checkBurst(event: HostedEvent, personId: string, now: number): void {
  const byPerson = recent.get(event) ?? recent.set(event, new Map()).get(event)!;
  const times = (byPerson.get(personId) ?? []).filter((t) => now - t < VISITOR_LIMITS.burstMs);
  if (times.length >= VISITOR_LIMITS.burst) throw new AppError('rate_limited', 'too many posts in a minute; wait a little');
  byPerson.set(personId, [...times, now]);
}

function checkCap(event: HostedEvent, personId: string, map: 'posterComments' | 'posterOffers', posterId: string): void {
  const [perPoster, total] =
    map === 'posterComments' ? [VISITOR_LIMITS.commentsPerPoster, VISITOR_LIMITS.comments] : [VISITOR_LIMITS.offersPerPoster, VISITOR_LIMITS.offers];
  let all = 0;
  let here = 0;
  event
    .doc(`person/${personId}`)
    .getMap<unknown>(map)
    .forEach((v) => {
      all++;
      if (v && typeof v === 'object' && (v as { posterId?: unknown }).posterId === posterId) here++;
    });
  if (here >= perPoster || all >= total)
    throw new AppError('rate_limited', `a person may post at most ${perPoster} of these on one poster and ${total} in all`);
}

function posterSlot(event: HostedEvent, posterId: string): PosterSlot {
  const slot = slotOfPoster(event.doc('plan'), posterId);
  if (!slot) throw new AppError('not_found', `no poster ${posterId}`);
  return slot;
}

export function addComment(event: HostedEvent, who: Identity, posterId: string, body: CommentBody, now = Date.now()): PosterComment {
  const slot = posterSlot(event, posterId);
  const author = personOf(event, who);
  checkCap(event, author.id, 'posterComments', posterId);
  const results = event.doc('results');
  if (body.replyTo !== undefined) {
    const root = readComments(results, posterId).find((c) => c.id === body.replyTo);
    if (!root || root.replyTo !== null) throw new AppError('not_found', `no thread ${body.replyTo} on this poster`);
  }
  const c: PosterComment = {
    id: newId(),
    posterId,
    replyTo: body.replyTo ?? null,
    authorId: author.id,
    authorName: author.name,
    text: body.text,
    at: now,
    answer: author.teamId === slot.teamId,
  };
  checkBurst(event, author.id, now);
  publishComment(results, event.doc(`person/${author.id}`), c, HOST_ORIGIN);
  return c;
}

export function addOffer(event: HostedEvent, who: Identity, posterId: string, body: OfferBody, now = Date.now()): TeamOffer {
  const slot = posterSlot(event, posterId);
  const from = personOf(event, who);
  if (from.teamId === slot.teamId) throw new AppError('conflict', 'a team does not offer help to itself');
  checkCap(event, from.id, 'posterOffers', posterId);
  checkBurst(event, from.id, now);
  const offer: Offer = { id: newId(), posterId, teamId: slot.teamId, ...body, at: now, status: 'new' };
  publishOffer(event.doc(`person/${from.id}`), event.doc(`board/${slot.inbox}`), offer, { id: from.id, name: from.name }, HOST_ORIGIN);
  return inboxOffer(event.doc(`board/${slot.inbox}`), offer.id)!;
}

/** A member of the offer's team (or a facilitator) accepts or declines it. */
export function decide(event: HostedEvent, who: Identity, offerId: string, body: DecisionBody): TeamOffer {
  const facilitator = isFacilitatorRole(who.role);
  const teamId = facilitator ? null : personOf(event, who).teamId;
  for (const slot of readPosterSession(event.doc('plan')).slots) {
    const inbox = event.doc(`board/${slot.inbox}`);
    const offer = inboxOffer(inbox, offerId);
    if (!offer) continue;
    if (!facilitator && teamId !== slot.teamId) throw new AppError('forbidden', "only the initiative's team decides on its offers");
    const person = event.people.some((p) => p.id === offer.fromId) ? event.doc(`person/${offer.fromId}`) : null;
    decideOffer(person, inbox, offerId, body.decision, HOST_ORIGIN);
    return inboxOffer(inbox, offerId)!;
  }
  throw new AppError('not_found', `no offer ${offerId}`);
}
