import { AppError } from '@shared/errors';
import { CommentBody, DecisionBody, OfferBody, SetupPostersBody } from '@shared/posters/api';
import { readPosterSession } from '@shared/posters/session-doc';
import { setupPosters } from '../posters/setup';
import { addComment, addOffer, decide } from '../posters/visitors';
import type { Route } from './route';
import type { ApiContext } from './route';
import { ID, requireFacilitator, requireIdentity } from './route';
import type { IncomingMessage } from 'node:http';

function member(ctx: ApiContext, req: IncomingMessage, eventId: string) {
  const who = requireIdentity(ctx, req);
  if (who.eventId !== null && who.eventId !== eventId) throw new AppError('forbidden', 'not your event');
  return { who, event: ctx.library.get(eventId) };
}
import { readJson, sendJson } from './respond';

/** The poster session (issue 7): setup by the facilitator; visitors' comments and offers; the team's decisions. */
export const posterRoutes: Route[] = [
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/posters$`),
    handler: async (ctx, req, res, [eventId]) => {
      requireFacilitator(ctx, req, eventId);
      const body = await readJson(req, SetupPostersBody);
      sendJson(res, 200, setupPosters(ctx.library.get(eventId!), body.editingClosesAt, body.lang));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/events/${ID}/posters$`),
    handler: (ctx, req, res, [eventId]) => {
      sendJson(res, 200, readPosterSession(member(ctx, req, eventId!).event.doc('plan')));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/posters/${ID}/comments$`),
    handler: async (ctx, req, res, [eventId, posterId]) => {
      const { who, event } = member(ctx, req, eventId!);
      sendJson(res, 201, addComment(event, who, posterId!, await readJson(req, CommentBody)));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/posters/${ID}/offers$`),
    handler: async (ctx, req, res, [eventId, posterId]) => {
      const { who, event } = member(ctx, req, eventId!);
      sendJson(res, 201, addOffer(event, who, posterId!, await readJson(req, OfferBody)));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/posters/offers/${ID}/decision$`),
    handler: async (ctx, req, res, [eventId, offerId]) => {
      const { who, event } = member(ctx, req, eventId!);
      sendJson(res, 200, decide(event, who, offerId!, await readJson(req, DecisionBody)));
    },
  },
];
