import { AppError } from '../../../shared/errors';
import { SetupPostersBody } from '../../../shared/posters/api';
import { readPosterSession } from '../../../shared/posters/session-doc';
import { setupPosters } from '../posters/setup';
import type { Route } from './route';
import { ID, requireFacilitator, requireIdentity } from './route';
import { readJson, sendJson } from './respond';

/** The poster session (issue 7): setup by the facilitator; visitors' comments and offers; the team's decisions. */
export const posterRoutes: Route[] = [
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/posters$`),
    handler: async (ctx, req, res, [eventId]) => {
      requireFacilitator(ctx, req, eventId);
      const body = await readJson(req, SetupPostersBody);
      sendJson(res, 200, setupPosters(ctx.library.get(eventId!), body.editingClosesAt));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/events/${ID}/posters$`),
    handler: (ctx, req, res, [eventId]) => {
      const who = requireIdentity(ctx, req);
      if (who.eventId !== null && who.eventId !== eventId) throw new AppError('forbidden', 'not your event');
      sendJson(res, 200, readPosterSession(ctx.library.get(eventId!).doc('plan')));
    },
  },
];
