import { CheckInBody, PersonActionBody } from '@shared/session/roster';
import { missingReport } from '../session/missing';
import { actOnPerson, rosterOf, setCheckIn } from '../session/roster';
import type { Route } from './route';
import { ID, requireFacilitator } from './route';
import { readJson, sendJson } from './respond';

/** The facilitator's roster: who joined from where, check-in, and merge / remove / void with the change logged. */
export const peopleRoutes: Route[] = [
  {
    // Who has not yet written in an open private round or voted: names for the facilitator's console only.
    method: 'GET',
    pattern: new RegExp(`^/api/events/${ID}/missing$`),
    handler: (ctx, req, res, [id]) => {
      requireFacilitator(ctx, req, id);
      sendJson(res, 200, missingReport(ctx.library.get(id!)));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/events/${ID}/people$`),
    handler: (ctx, req, res, [id]) => {
      requireFacilitator(ctx, req, id);
      sendJson(res, 200, rosterOf(ctx.library.get(id!)));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/people/${ID}$`),
    handler: async (ctx, req, res, [id, personId]) => {
      const who = requireFacilitator(ctx, req, id);
      const body = await readJson(req, PersonActionBody);
      sendJson(res, 200, actOnPerson(ctx.library.get(id!), personId!, body.action, body.into ?? null, who.name));
    },
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/api/events/${ID}/check-in$`),
    handler: async (ctx, req, res, [id]) => {
      const who = requireFacilitator(ctx, req, id);
      const body = await readJson(req, CheckInBody);
      sendJson(res, 200, setCheckIn(ctx.library.get(id!), body.on, who.name));
    },
  },
];
