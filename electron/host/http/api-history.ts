import * as Y from 'yjs';
import { readCards } from '@shared/doc/board';
import { readBoard } from '@shared/doc/plan';
import { readNodes } from '@shared/doc/tree';
import { AppError } from '@shared/errors';
import type { HostedEvent } from '../events/hosted-event';
import { z } from 'zod';
import { listPoints, pointDoc, readAudit, restorePoint, takePoint } from '../history/history';
import { undoPerson } from '../history/undo';
import { writersOf, writesCompleteSince } from '../history/writes';
import type { Route } from './route';
import { ID, requireFacilitator } from './route';
import { readJson, sendJson } from './respond';

/** `POST …/history/undo-person`: whose writes (a person id, or "facilitator") since when (ms since 1970). */
const UndoPersonBody = z.object({ person: z.string().min(1).max(64), since: z.number().int().min(0).max(8.64e15) }).strict();

/** Board history, preview, restore and the audit log: facilitators of the event only. */
function boardOf(event: HostedEvent, boardId: string): string {
  if (!readBoard(event.doc('plan'), boardId)) throw new AppError('not_found', `no board ${boardId}`);
  return `board/${boardId}`;
}

const BOARD = `^/api/events/${ID}/boards/${ID}/history`;

export const historyRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`${BOARD}$`),
    handler: (ctx, req, res, [id, boardId]) => {
      requireFacilitator(ctx, req, id);
      const event = ctx.library.get(id!);
      const rel = boardOf(event, boardId!);
      sendJson(res, 200, { points: listPoints(event, rel), writers: writersOf(event, rel), attributionSince: writesCompleteSince(event) });
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${BOARD}$`),
    handler: (ctx, req, res, [id, boardId]) => {
      const who = requireFacilitator(ctx, req, id);
      const event = ctx.library.get(id!);
      sendJson(res, 201, takePoint(event, boardOf(event, boardId!), 'manual', who.name));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${BOARD}/${ID}$`),
    handler: (ctx, req, res, [id, boardId, pointId]) => {
      requireFacilitator(ctx, req, id);
      const event = ctx.library.get(id!);
      const rel = boardOf(event, boardId!);
      const point = listPoints(event, rel).find((p) => p.id === pointId);
      const doc = point && pointDoc(event, pointId!);
      if (!point || !doc) throw new AppError('not_found', `no point ${pointId} on this board`);
      const names = new Map(event.people.map((p) => [p.id as string, p.name]));
      const nodes = readNodes(doc)
        .filter((n) => !n.deleted)
        .map((n) => ({ ...n, authorName: (n.authorId && names.get(n.authorId)) ?? '' }));
      // `update`: the whole board at that point as one Yjs update (base64), for the console to draw it read-only.
      sendJson(res, 200, { point, cards: readCards(doc), nodes, update: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64') });
      doc.destroy();
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${BOARD}/${ID}/restore$`),
    handler: (ctx, req, res, [id, boardId, pointId]) => {
      const who = requireFacilitator(ctx, req, id);
      const event = ctx.library.get(id!);
      const rel = boardOf(event, boardId!);
      if (!listPoints(event, rel).some((p) => p.id === pointId)) throw new AppError('not_found', `no point ${pointId} on this board`);
      const done = restorePoint(event, pointId!, who)!;
      sendJson(res, 200, { restored: pointId, changed: done.changed, undoPoint: done.before.id });
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`${BOARD}/undo-person$`),
    handler: async (ctx, req, res, [id, boardId]) => {
      const who = requireFacilitator(ctx, req, id);
      const event = ctx.library.get(id!);
      const rel = boardOf(event, boardId!);
      const body = await readJson(req, UndoPersonBody);
      sendJson(res, 200, undoPerson(event, rel, body.person, body.since, who));
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/events/${ID}/audit$`),
    handler: (ctx, req, res, [id]) => {
      requireFacilitator(ctx, req, id);
      sendJson(res, 200, { entries: readAudit(ctx.library.get(id!)) });
    },
  },
];
