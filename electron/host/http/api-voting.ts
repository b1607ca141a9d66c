import type { IncomingMessage } from 'node:http';
import type { BoardId } from '@shared/ids';
import { readVote } from '@shared/doc/voting';
import { AppError } from '@shared/errors';
import type { OpenVoteResponse } from '@shared/voting/api';
import { EmptyBody, OpenVoteBody } from '@shared/voting/api';
import type { HostedEvent } from '../events/hosted-event';
import { revealRound } from '../session/reveal';
import { closeVote, openVoteOnHost } from '../session/voting';
import { attachVotingProgress } from '../session/voting-progress';
import type { ApiContext, Route } from './route';
import { ID, requireFacilitator } from './route';
import { readJson, sendJson } from './respond';

/** An empty POST carries no Content-Type; a body, when sent, must be `{}`. */
async function readEmpty(req: IncomingMessage): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > 0 || req.headers['transfer-encoding']) await readJson(req, EmptyBody);
}

/** The facilitator's event, with live vote progress running for it (idempotent). */
function facilitatedEvent(ctx: ApiContext, req: IncomingMessage, eventId: string): HostedEvent {
  requireFacilitator(ctx, req, eventId);
  const event = ctx.library.get(eventId);
  attachVotingProgress(event);
  return event;
}

export const votingRoutes: Route[] = [
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/boards/${ID}/reveal$`),
    handler: async (ctx, req, res, [eventId, boardId]) => {
      const event = facilitatedEvent(ctx, req, eventId!);
      await readEmpty(req);
      sendJson(res, 200, revealRound(event, boardId as BoardId));
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/votes$`),
    handler: async (ctx, req, res, [eventId]) => {
      const event = facilitatedEvent(ctx, req, eventId!);
      const body = await readJson(req, OpenVoteBody);
      const out: OpenVoteResponse = { voteId: openVoteOnHost(event, body) };
      sendJson(res, 201, out);
    },
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/api/events/${ID}/votes/${ID}/close$`),
    handler: async (ctx, req, res, [eventId, voteId]) => {
      const event = facilitatedEvent(ctx, req, eventId!);
      await readEmpty(req);
      if (!readVote(event.doc('plan'), voteId!)) throw new AppError('not_found', `no vote ${voteId}`);
      sendJson(res, 200, closeVote(event, voteId!));
    },
  },
];
