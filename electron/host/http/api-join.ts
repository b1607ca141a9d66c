import type { IncomingMessage, ServerResponse } from 'node:http';
import { readPlan, upsertPerson } from '../../../shared/doc/plan';
import { HOST_ORIGIN, initMeta } from '../../../shared/doc/schema';
import { AppError } from '../../../shared/errors';
import type { PersonId, TeamId } from '../../../shared/ids';
import { newId } from '../../../shared/ids';
import type { JoinInfo, JoinResponse } from '../../../shared/protocol/api';
import { JoinBody } from '../../../shared/protocol/api';
import { hashToken, newToken } from '../auth/tokens';
import { HOST_ROOM, writeHostPerson } from '../events/host-doc';
import type { ApiContext } from './route';
import { readJson, sendJson } from './respond';

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
  const teamId = (body.team || null) as TeamId | null;
  if (teamId !== null && !plan.teams.some((t) => t.id === teamId)) throw new AppError('bad_request', `unknown team ${teamId}`);

  const token = newToken();
  const personId = newId<PersonId>();
  const person = { id: personId, name: body.name, group, teamId, role, joinedAt: Date.now() };
  writeHostPerson(event.doc(HOST_ROOM), { ...person, tokenHash: hashToken(token) });
  upsertPerson(event.doc('plan'), person, HOST_ORIGIN);
  initMeta(event.doc(`person/${personId}`), 'person', HOST_ORIGIN, { personId });
  const out: JoinResponse = { token, personId, eventId: event.id, role };
  sendJson(res, 201, out);
}
