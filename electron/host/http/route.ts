import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Identity } from '@shared/access';
import { isFacilitatorRole } from '@shared/access';
import { AppError } from '@shared/errors';
import type { HostInfo } from '@shared/protocol/api';
import type { EventLibrary } from '../events/library';

/** What every endpoint gets. Feature route files import from here, not from api.ts (which imports them). */
export type ApiContext = {
  library: EventLibrary;
  identify(req: IncomingMessage): Identity | null;
  hostInfo(): HostInfo;
  allowJoinAttempt(req: IncomingMessage): boolean;
  /** The client's address: the socket peer, or the forwarded one behind a trusted proxy (client-address.ts). */
  clientAddress(req: IncomingMessage): string;
  /** How many people one address may join an event as (the host's own loopback is exempt unless capLoopback). */
  identitiesPerAddress: number;
  capLoopback: boolean;
};

export type Handler = (ctx: ApiContext, req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void> | void;
export type Route = { method: string; pattern: RegExp; handler: Handler };

export const ID = '([A-Za-z0-9_-]{1,64})';

export function requireIdentity(ctx: ApiContext, req: IncomingMessage): Identity {
  const who = ctx.identify(req);
  if (!who) throw new AppError('unauthorized', 'a valid token is required (Authorization: Bearer <token>)');
  return who;
}

/** The library endpoints are for the host's facilitator; a co-facilitator sees only their own event. */
export function requireFacilitator(ctx: ApiContext, req: IncomingMessage, eventId?: string): Identity {
  const who = requireIdentity(ctx, req);
  if (!isFacilitatorRole(who.role)) throw new AppError('forbidden', 'facilitators only');
  if (who.eventId !== null && who.eventId !== eventId) throw new AppError('forbidden', 'not your event');
  return who;
}
