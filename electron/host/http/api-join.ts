import type { IncomingMessage, ServerResponse } from 'node:http';
import { readPlan, upsertPerson } from '@shared/doc/plan';
import { HOST_ORIGIN, initMeta } from '@shared/doc/schema';
import { AppError } from '@shared/errors';
import type { PersonId, TeamId } from '@shared/ids';
import { newId } from '@shared/ids';
import type { JoinInfo, JoinResponse, JoinStatusResponse } from '@shared/protocol/api';
import { JoinBody } from '@shared/protocol/api';
import { hashToken, newToken } from '../auth/tokens';
import { HOST_ROOM, writeHostPerson } from '../events/host-doc';
import type { HostedEvent } from '../events/hosted-event';
import { bearerToken } from './guards';
import type { ApiContext } from './route';
import { readJson, sendJson } from './respond';

/** One phone, one laptop, one retry: more people than this from one address is one person voting many times. */
export const DEFAULT_IDENTITIES_PER_ADDRESS = 3;

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The facilitator's own computer (the host) may open as many participant views as it likes. */
function capIdentities(ctx: ApiContext, event: HostedEvent, address: string): void {
  if (!ctx.capLoopback && LOOPBACK.has(address)) return;
  const mine = event.people.filter((p) => p.address === address && p.status !== 'removed').length;
  if (mine >= ctx.identitiesPerAddress) {
    throw new AppError('rate_limited', 'this device has already joined the event as many people as it may; ask the facilitator');
  }
}

const deviceOf = (req: IncomingMessage): string | null => {
  const ua = req.headers['user-agent'];
  return typeof ua === 'string' && ua.length > 0 ? ua.slice(0, 160) : null;
};

function limit(ctx: ApiContext, req: IncomingMessage): void {
  if (!ctx.allowJoinAttempt(req)) throw new AppError('rate_limited', 'too many join attempts from this address; wait a minute');
}

function lookup(ctx: ApiContext, code: string) {
  const found = ctx.library.findCode(code);
  if (!found) throw new AppError('not_found', 'no event with this code');
  return found;
}

/** What the join page shows before anyone types a name: the event, its groups and teams. */
export function joinInfo(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, [code]: string[]): void {
  limit(ctx, req);
  const { event, role } = lookup(ctx, code!);
  const plan = readPlan(event.doc('plan'));
  const body: JoinInfo = {
    eventId: event.id,
    title: plan.title,
    format: plan.format,
    role,
    groups: plan.groups,
    teams: plan.teams.map((t) => ({ id: t.id, name: t.name })),
  };
  sendJson(res, 200, body);
}

export async function joinEvent(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  limit(ctx, req);
  const body = await readJson(req, JoinBody);
  const { event, role } = lookup(ctx, body.code);
  const plan = readPlan(event.doc('plan'));
  const group = body.group || null;
  if (group !== null && !plan.groups.some((g) => g.id === group)) throw new AppError('bad_request', `unknown group ${group}`);
  // The form's team is only a request the facilitator may accept: a claim never opens team-only boards.
  const requestedTeamId = (body.team || null) as TeamId | null;
  if (requestedTeamId !== null && !plan.teams.some((t) => t.id === requestedTeamId)) throw new AppError('bad_request', `unknown team ${requestedTeamId}`);
  const address = ctx.clientAddress(req);
  capIdentities(ctx, event, address);

  const token = newToken();
  const personId = newId<PersonId>();
  const status = role === 'participant' && event.meta.checkIn ? 'pending' : 'active';
  const person = { id: personId, name: body.name, group, teamId: null, role, joinedAt: Date.now() };
  const extra = { status, mergedInto: null, requestedTeamId, address, device: deviceOf(req) } as const;
  writeHostPerson(event.doc(HOST_ROOM), { ...person, ...extra, tokenHash: hashToken(token) });
  // A person waiting for check-in is not on the roster everyone sees until the facilitator lets them in.
  if (status === 'active') upsertPerson(event.doc('plan'), person, HOST_ORIGIN);
  initMeta(event.doc(`person/${personId}`), 'person', HOST_ORIGIN, { personId });
  const out: JoinResponse = { token, personId, eventId: event.id, role, status };
  sendJson(res, 201, out);
}

/** The join page, while it waits for check-in: has the facilitator let this token in yet? */
export function joinStatus(ctx: ApiContext, req: IncomingMessage, res: ServerResponse): void {
  const token = bearerToken(req);
  const found = token && token.length >= 16 && token.length <= 128 ? ctx.library.personByToken(hashToken(token)) : null;
  if (!found) throw new AppError('unauthorized', 'a valid token is required');
  const body: JoinStatusResponse = { status: found.person.status ?? 'active' };
  sendJson(res, 200, body);
}
