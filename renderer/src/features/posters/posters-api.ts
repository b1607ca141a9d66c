import type { ApiError, ApiResult } from '../../collab/api';
import type { EventId } from '@shared/ids';
import type { CommentBody, DecisionBody, OfferBody } from '@shared/posters/api';
import { postJson } from '../voting/voting-api';

/**
 * The visitors' endpoints (docs/protocol.md, "Poster session"). What they publish comes back through
 * the rooms (results room, person room, the team's inbox), so only success or a reason is read here.
 */
const ev = (id: EventId) => `/api/events/${encodeURIComponent(id)}/posters`;

export const postComment = (token: string, eventId: EventId, posterId: string, body: CommentBody): Promise<ApiResult<unknown>> =>
  postJson(token, `${ev(eventId)}/${encodeURIComponent(posterId)}/comments`, body);

export const postOffer = (token: string, eventId: EventId, posterId: string, body: OfferBody): Promise<ApiResult<unknown>> =>
  postJson(token, `${ev(eventId)}/${encodeURIComponent(posterId)}/offers`, body);

export const postDecision = (token: string, eventId: EventId, offerId: string, body: DecisionBody): Promise<ApiResult<unknown>> =>
  postJson(token, `${ev(eventId)}/offers/${encodeURIComponent(offerId)}/decision`, body);

/** The i18n key (under `posters.errors`) that tells a person why a post did not go through. */
export type PostErrorKey = 'rateLimited' | 'network' | 'forbidden' | 'ownTeam' | 'notFound' | 'invalid' | 'other';

export function postErrorKey(e: ApiError): PostErrorKey {
  switch (e.code) {
    case 'rate_limited':
      return 'rateLimited';
    case 'network':
      return 'network';
    case 'forbidden':
    case 'unauthorized':
      return 'forbidden';
    case 'conflict':
      return 'ownTeam';
    case 'not_found':
      return 'notFound';
    case 'bad_request':
    case 'payload_too_large':
      return 'invalid';
    default:
      return 'other';
  }
}
