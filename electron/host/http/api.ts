import type { IncomingMessage, ServerResponse } from 'node:http';
import { isFacilitatorRole } from '@shared/access';
import { AppError } from '@shared/errors';
import { writeEventMeta } from '@shared/doc/event-meta';
import { HOST_ORIGIN } from '@shared/doc/schema';
import { CreateEventBody, DuplicateEventBody, PatchEventBody } from '@shared/protocol/api';
import type { HealthResponse, MeResponse } from '@shared/protocol/api';
import { APP_VERSION } from '@shared/version';
import { agendaRoutes } from './api-agenda';
import { championshipRoutes } from './api-championship';
import { exportRoutes } from './api-export';
import { historyRoutes } from './api-history';
import { joinEvent, joinInfo, joinStatus } from './api-join';
import { peopleRoutes } from './api-people';
import type { ApiContext, Route } from './route';
import { ID, requireFacilitator, requireIdentity } from './route';
import { votingRoutes } from './api-voting';
import { posterRoutes } from './api-posters';
import { audienceRoutes } from './api-audience';
import { decodePathPart } from './request-path';
import { MAX_FILE_BODY, readBody, readJson, sendBytes, sendJson } from './respond';

const libraryRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/health$/,
    handler: (ctx, _req, res) => {
      const problems = ctx.library
        .list()
        .flatMap((e) => (e.storage.ok ? [] : [{ eventId: e.id, message: e.storage.error ?? 'storage error', since: Date.now() }]));
      const body: HealthResponse = { ok: true, version: APP_VERSION, storage: { ok: problems.length === 0, problems } };
      sendJson(res, 200, body);
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/host$/,
    handler: (ctx, req, res) => {
      // Co-facilitators need the LAN address too, to show the join QR code.
      const who = requireIdentity(ctx, req);
      if (!isFacilitatorRole(who.role)) throw new AppError('forbidden', 'facilitators only');
      sendJson(res, 200, ctx.hostInfo());
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/me$/,
    handler: (ctx, req, res) => {
      const who = requireIdentity(ctx, req);
      const person = who.eventId ? ctx.library.get(who.eventId).people.find((p) => p.id === who.personId) : undefined;
      const body: MeResponse = { ...who, group: person?.group ?? null };
      sendJson(res, 200, body);
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/events$/,
    handler: (ctx, req, res) => {
      requireFacilitator(ctx, req);
      sendJson(res, 200, { events: ctx.library.list() });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/events$/,
    handler: async (ctx, req, res) => {
      requireFacilitator(ctx, req);
      const body = await readJson(req, CreateEventBody);
      sendJson(res, 201, await ctx.library.create(body.title, body.format, undefined, body.lang));
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/events\/import$/,
    handler: async (ctx, req, res) => {
      requireFacilitator(ctx, req);
      const bytes = await readBody(req, MAX_FILE_BODY);
      sendJson(res, 201, await ctx.library.importFile(new Uint8Array(bytes)));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/events/${ID}$`),
    handler: (ctx, req, res, [id]) => {
      requireFacilitator(ctx, req, id);
      sendJson(res, 200, ctx.library.get(id!).summary());
    },
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`^/api/events/${ID}$`),
    handler: async (ctx, req, res, [id]) => {
      requireFacilitator(ctx, req, id);
      const body = await readJson(req, PatchEventBody);
      if (body.title !== undefined) ctx.library.rename(id!, body.title);
      if (body.archived !== undefined) ctx.library.setArchived(id!, body.archived);
      if (body.meta !== undefined) writeEventMeta(ctx.library.get(id!).doc('plan'), body.meta, HOST_ORIGIN);
      sendJson(res, 200, ctx.library.get(id!).summary());
    },
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/api/events/${ID}$`),
    handler: async (ctx, req, res, [id]) => {
      const who = requireFacilitator(ctx, req, id);
      if (who.role !== 'facilitator') throw new AppError('forbidden', 'only the host facilitator deletes events');
      await ctx.library.remove(id!);
      sendJson(res, 200, { ok: true });
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/duplicate$`),
    handler: async (ctx, req, res, [id]) => {
      requireFacilitator(ctx, req);
      const body = await readJson(req, DuplicateEventBody);
      sendJson(res, 201, await ctx.library.duplicate(id!, body.title));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/events/${ID}/rooms$`),
    handler: (ctx, req, res, [id]) => {
      requireFacilitator(ctx, req, id);
      sendJson(res, 200, { rooms: ctx.library.get(id!).describeRooms() });
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/events/${ID}/file$`),
    handler: async (ctx, req, res, [id]) => {
      requireFacilitator(ctx, req, id);
      const bytes = await ctx.library.exportFile(id!);
      sendBytes(res, bytes, 'application/x-veche', `${id}.veche`);
    },
  },
  { method: 'GET', pattern: /^\/api\/join\/([A-Za-z0-9 -]{1,32})$/, handler: joinInfo },
  { method: 'POST', pattern: /^\/api\/join$/, handler: joinEvent },
  { method: 'GET', pattern: /^\/api\/checkin$/, handler: joinStatus },
];

// Feature endpoints live beside their feature; each file exports its routes.
const routes: Route[] = [
  ...libraryRoutes,
  ...agendaRoutes,
  ...votingRoutes,
  ...exportRoutes,
  ...championshipRoutes,
  ...posterRoutes,
  ...historyRoutes,
  ...peopleRoutes,
  ...audienceRoutes,
];

/** Dispatches an /api request. Returns false if no route matched the path at all. */
export async function handleApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
  let pathMatched = false;
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== req.method) continue;
    await route.handler(
      ctx,
      req,
      res,
      m.slice(1).map((s) => decodePathPart(s)),
    );
    return true;
  }
  if (pathMatched) throw new AppError('bad_request', `method ${req.method} not allowed here`);
  return false;
}
